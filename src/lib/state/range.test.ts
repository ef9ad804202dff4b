import { describe, expect, it } from 'vitest';
import { parseRange, writeRange } from './range';

const parse = (query: string) => parseRange(new URLSearchParams(query));
const WHOLE = { from: 1994, to: 2017 };

describe('parseRange', () => {
	it.each([
		['', WHOLE],
		['from=1994&to=1997', { from: 1994, to: 1997 }],
		['from=1997&to=1997', { from: 1997, to: 1997 }],
		['to=1997&from=1994', { from: 1994, to: 1997 }],
		['from=2008', { from: 2008, to: 2017 }],
		['to=1997', { from: 1994, to: 1997 }],
		['from=%201997%20&to=1998', { from: 1997, to: 1998 }],
		['layers=bases&from=2010&to=2010', { from: 2010, to: 2010 }]
	])('?%s gives %o', (query, range) => {
		expect(parse(query)).toEqual(range);
	});

	it.each([
		'from=1997&to=1994', // reversed
		'from=1990&to=1997', // before the story
		'from=1994&to=2030', // after it
		'from=97&to=98', // two digits
		'from=1997.5', // not a whole year
		'from=1e3', // not written as a year
		'from=&to=', // empty
		'from=nineteen', // words
		'from=1997&from=1998', // repeated
		'from=<script>&to=1997', // markup
		'from=-1997', // sign
		'from=19970&to=1998' // too long
	])('?%s falls back to the whole story', (query) => {
		expect(parse(query)).toEqual(WHOLE);
	});
});

describe('writeRange', () => {
	it.each([
		['', { from: 1994, to: 1997 }, '?from=1994&to=1997'],
		['', { from: 1997, to: 1997 }, '?from=1997&to=1997'],
		['', WHOLE, ''],
		['?from=1994&to=1997', WHOLE, ''],
		['?layers=bases,osce', { from: 2010, to: 2011 }, '?layers=bases,osce&from=2010&to=2011'],
		['?layers=bases&from=1999&to=2000', { from: 2001, to: 2002 }, '?layers=bases&from=2001&to=2002']
	])('%s with %o gives %s', (search, range, expected) => {
		expect(writeRange(search, range)).toBe(expected);
	});

	it('round-trips every range of the story', () => {
		for (let from = 1994; from <= 2017; from++) {
			for (let to = from; to <= 2017; to++) {
				const search = writeRange('', { from, to });
				expect(parseRange(new URLSearchParams(search))).toEqual({ from, to });
			}
		}
	});
});
