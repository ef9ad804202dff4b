import { describe, expect, it } from 'vitest';
import { attestationProblems } from './attested';

describe('attestationProblems', () => {
	const by2000 = [{ date: '2000', ref: 'osce-overview' }];

	it.each(['1995', '2000', '2000-12-31', '[..2000]', '[..1999-05]'])(
		'accepts a start of %s for an event attested by 2000',
		(start) => {
			expect(attestationProblems(start, by2000)).toEqual([]);
		}
	);

	it.each(['2001', '2008', '2001-01-01', '[..2003]'])(
		'rejects a start of %s for an event attested by 2000',
		(start) => {
			expect(attestationProblems(start, by2000)).toHaveLength(1);
		}
	);

	it('names the attestation that fails and the start it allows', () => {
		const attested = [
			{ date: '2003-02', ref: 'late' },
			{ date: '1999-06-01', ref: 'early' }
		];
		expect(attestationProblems('2000', attested)).toEqual([
			'"2000" is later than "1999-06-01", by when reference "early" attests the event (attested[1]); start it no later, as "[..1999-06-01]" if nothing dates its beginning'
		]);
	});

	it('has nothing to check without attestations', () => {
		expect(attestationProblems('2008')).toEqual([]);
	});
});
