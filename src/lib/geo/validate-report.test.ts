/** Each error as the one line the build prints, with the parts it lacks left out. */
import { describe, expect, it } from 'vitest';
import { formatError } from './validate-report';

describe('formatError', () => {
	it.each([
		[{ file: 'a.geojson', reason: 'not valid JSON' }, 'a.geojson: not valid JSON'],
		[
			{ file: 'l.geojson', index: 3, id: 'osce-kulyab', property: 'start', reason: 'bad' },
			'l.geojson: feature 3 (osce-kulyab): property "start": bad'
		],
		[{ file: 'l.geojson', index: 0, reason: 'bad' }, 'l.geojson: feature 0: bad']
	])('%j', (error, line) => {
		expect(formatError(error)).toBe(line);
	});
	it('names the id where there is no feature index', () => {
		expect(formatError({ file: 'a.geojson', id: 'x', reason: 'bad' })).toBe('a.geojson: x: bad');
	});
});
