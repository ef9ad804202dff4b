import { describe, expect, it } from 'vitest';
import { format } from './format';

const events = [
	{
		declarations: ['input count', 'input form'],
		selectors: ['form'],
		match: {
			'form=one': '{count} событие',
			'form=few': '{count} события',
			'form=*': '{count} событий'
		}
	}
];

describe('format', () => {
	it('fills placeholders by name and leaves unknown ones as written', () => {
		expect(format('{n} км от {place}', { n: '111', place: 'Душанбе' })).toBe('111 км от Душанбе');
		expect(format('{missing} left', {})).toBe('{missing} left');
	});

	it.each([
		['one', '1 событие'],
		['few', '3 события'],
		['many', '5 событий']
	])('chooses the %s variant, the wildcard last', (form, want) => {
		const count = want.split(' ')[0];
		expect(format(events, { count, form })).toBe(want);
	});

	it('gives nothing, not a key, for a message it does not have', () => {
		expect(format(undefined)).toBe('');
	});
});
