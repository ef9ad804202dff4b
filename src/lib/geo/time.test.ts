import { describe, expect, it } from 'vitest';
import { eventYears, formatRange, isWholeStory, overlaps, STORY_YEARS, WHOLE_STORY } from './time';

describe('eventYears', () => {
	it.each([
		['1997-06-27', undefined, 1997, 1997],
		['1997', undefined, 1997, 1997],
		['1994-12', '2000-05', 1994, 2000],
		['2008', '2017-07-01', 2008, 2017],
		['1999-12-31', '2000-01-01', 1999, 2000]
	])('%s to %s spans %i–%i', (start, end, y0, y1) => {
		expect(eventYears(start, end)).toEqual({ y0, y1 });
	});

	it('is null for an invalid date', () => {
		expect(eventYears('1997-13')).toBeNull();
		expect(eventYears('1997', '2000-02-30')).toBeNull();
	});
});

describe('overlaps', () => {
	it.each([
		// precision: a year-only date touches any range including that year
		[{ start: '2008' }, 2008, 2008, true],
		[{ start: '2008' }, 2007, 2007, false],
		[{ start: '2008' }, 2009, 2013, false],
		[{ start: '2008-12' }, 2008, 2008, true],
		[{ start: '2008-12-31' }, 2009, 2009, false],
		// intervals: touching either end counts, inside counts, enclosing counts
		[{ start: '1994-12', end: '2000-05' }, 1997, 1997, true],
		[{ start: '1994-12', end: '2000-05' }, 2000, 2005, true],
		[{ start: '1994-12', end: '2000-05' }, 1990, 1994, true],
		[{ start: '1994-12', end: '2000-05' }, 2001, 2013, false],
		[{ start: '1996', end: '1997' }, 1994, 2017, true],
		// open end: an event without an end is its start alone
		[{ start: '2004-10-16' }, 2005, 2017, false],
		// an empty range (from after to) shows nothing
		[{ start: '1997', end: '1999' }, 1998, 1997, false]
	])('%o in %i–%i: %s', (event, from, to, expected) => {
		expect(overlaps(event, { from, to })).toBe(expected);
	});

	it('is null for an invalid date', () => {
		expect(overlaps({ start: 'soon' }, WHOLE_STORY)).toBeNull();
	});
});

describe('ranges', () => {
	it('knows the whole story', () => {
		expect(isWholeStory(WHOLE_STORY)).toBe(true);
		expect(isWholeStory({ from: STORY_YEARS.min, to: STORY_YEARS.max - 1 })).toBe(false);
		expect(isWholeStory({ from: STORY_YEARS.min + 1, to: STORY_YEARS.max })).toBe(false);
	});

	it.each([
		[WHOLE_STORY, 'the whole story'],
		[{ from: 1997, to: 1997 }, '1997'],
		[{ from: 1994, to: 1997 }, '1994–1997']
	])('formats %o as %s', (range, text) => {
		expect(formatRange(range)).toBe(text);
	});
});
