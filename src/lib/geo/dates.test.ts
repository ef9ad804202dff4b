import { describe, expect, it } from 'vitest';
import {
	compareDates,
	dateBounds,
	datePrecision,
	formatDate,
	formatDateRange,
	isOnOrBefore,
	isValidRange,
	namedDate
} from './dates';

describe('datePrecision', () => {
	it.each([
		['1994', 'year'],
		['1997-06', 'month'],
		['1997-06-27', 'day'],
		['2000-02-29', 'day'], // divisible by 400: a leap year
		['2012-02-29', 'day'],
		['2003-12-31', 'day'],
		['0950', 'year']
	] as const)('%s is at %s precision', (input, expected) => {
		expect(datePrecision(input)).toBe(expected);
	});

	it.each([
		'2011-02-30', // no such day
		'2011-02-29', // not a leap year
		'1900-02-29', // divisible by 100, not by 400
		'2003-04-31',
		'1997-13',
		'1997-00',
		'1997-06-00',
		'1997-6',
		'1997-06-7',
		'97',
		'19970',
		'1997/06/27',
		'1997-06-27T00:00',
		' 1997',
		'June 1997',
		''
	])('%j is not a valid partial date', (input) => {
		expect(datePrecision(input)).toBeNull();
	});
});

describe('dateBounds', () => {
	it.each([
		['1997', '1997-01-01T00:00:00.000Z', '1997-12-31T23:59:59.999Z'],
		['2000-02', '2000-02-01T00:00:00.000Z', '2000-02-29T23:59:59.999Z'],
		['1997-06-27', '1997-06-27T00:00:00.000Z', '1997-06-27T23:59:59.999Z']
	])('%s spans %s to %s', (input, earliest, latest) => {
		const bounds = dateBounds(input);
		expect(bounds && new Date(bounds.earliest).toISOString()).toBe(earliest);
		expect(bounds && new Date(bounds.latest).toISOString()).toBe(latest);
	});

	it('keeps years below 100 literal, unlike Date.UTC', () => {
		const bounds = dateBounds('0050');
		expect(bounds && new Date(bounds.earliest).getUTCFullYear()).toBe(50);
	});

	it('is null for an invalid date', () => {
		expect(dateBounds('2011-02-30')).toBeNull();
	});
});

describe('compareDates', () => {
	it('sorts by first instant, the coarser date first on a tie', () => {
		const dates = ['1997-06-27', '1998', '1997-06', '1997', '1997-01-01', '1997-01', '1994-02'];
		expect([...dates].sort(compareDates)).toEqual([
			'1994-02',
			'1997',
			'1997-01',
			'1997-01-01',
			'1997-06',
			'1997-06-27',
			'1998'
		]);
	});

	it.each([
		['1997', '1997-06', -1],
		['1997-06', '1997', 1],
		['1997-06-27', '1997-06-27', 0],
		['1997-12-31', '1998', -1]
	])('compareDates(%s, %s) has sign %i', (a, b, sign) => {
		expect(Math.sign(compareDates(a, b))).toBe(sign);
	});

	it('puts invalid dates after valid ones', () => {
		expect(['bad', '1997'].sort(compareDates)).toEqual(['1997', 'bad']);
	});

	it.each([
		['1997', 'bad', -1],
		['bad', '1997', 1],
		['2011-02-30', '2011-02-28', 1],
		['a-bad', 'b-bad', -1],
		['b-bad', 'a-bad', 1],
		['bad', 'bad', 0]
	])('orders an invalid date: compareDates(%s, %s) has sign %i', (a, b, sign) => {
		expect(Math.sign(compareDates(a, b))).toBe(sign);
	});

	it('orders invalid dates among themselves in string order', () => {
		expect(['zz', '1997', 'bad', 'aa'].sort(compareDates)).toEqual(['1997', 'aa', 'bad', 'zz']);
	});
});

describe('isValidRange', () => {
	it.each([
		['1997', '1997-06', true],
		['1997-06', '1997', true], // June 1997 to some time in 1997: consistent
		['1997-06-27', '1997-06', true],
		['1997-06-27', '1997-06-27', true],
		['1994-02', '2013', true],
		['1998', '1997-06', false],
		['1997-07', '1997-06-30', false],
		['1997-06-28', '1997-06-27', false],
		['2011-02-30', '2012', false],
		['2011', '2012-13', false]
	])('%s to %s: %s', (start, end, expected) => {
		expect(isValidRange(start, end)).toBe(expected);
	});
});

describe('formatDate', () => {
	it.each([
		['2003-02-27', '27 February 2003'],
		['1997-06-01', '1 June 1997'],
		['1997-06', 'June 1997'],
		['1994', '1994'],
		['1992-12', 'December 1992'],
		['0950', '0950'],
		['2003-02-30', '2003-02-30'], // invalid: shown as written, never thrown
		['soon', 'soon']
	])('%s → %s', (input, expected) => {
		expect(formatDate(input)).toBe(expected);
	});
});

describe('formatDateRange', () => {
	it.each<[string, string | undefined, string]>([
		['2003-02-27', undefined, '27 February 2003'],
		['2003-02-27', '2003-02-27', '27 February 2003'],
		['1994-12', '2000-05', 'December 1994 – May 2000'],
		['1994-12', undefined, 'December 1994'],
		// A date known only to its year says so, so that 2011 is not read as 1 January.
		['2011', undefined, '2011 (year only)'],
		['2011', '2011', '2011 (year only)'],
		['1997', '1999-08', '1997 – August 1999 (year only)'],
		['1999-08', '2000', 'August 1999 – 2000 (year only)']
	])('%s to %s → %s', (start, end, shown) => {
		expect(formatDateRange(start, end)).toBe(shown);
	});
});

describe('a terminus ante quem, "[..2000]"', () => {
	it('is recognised, and names its date', () => {
		expect(isOnOrBefore('[..2000]')).toBe(true);
		expect(isOnOrBefore('2000')).toBe(false);
		expect(namedDate('[..2000-02]')).toBe('2000-02');
		expect(namedDate('2000-02')).toBe('2000-02');
	});

	it("is valid only around a valid date, at that date's precision and span", () => {
		expect(datePrecision('[..2000]')).toBe('year');
		expect(datePrecision('[..2000-02-27]')).toBe('day');
		for (const bad of ['[..]', '[..2011-02-30]', '[2000]', '..2000', '[..2000', '[..[..2000]]'])
			expect(datePrecision(bad), bad).toBeNull();
		expect(dateBounds('[..2000]')).toEqual(dateBounds('2000'));
	});

	it('reads "by 2000", without "(year only)", which it already implies', () => {
		expect(formatDate('[..2000]')).toBe('by 2000');
		expect(formatDate('[..2003-02-27]')).toBe('by 27 February 2003');
		expect(formatDateRange('[..2000]', '2017-07')).toBe('by 2000 – July 2017');
		expect(formatDateRange('[..2000]', '2017')).toBe('by 2000 – 2017 (year only)');
	});

	it('sorts at its date, before the same date stated plainly', () => {
		const dates = ['2001', '2000', '[..2000]', '1999'];
		expect(dates.sort(compareDates)).toEqual(['1999', '[..2000]', '2000', '2001']);
		expect(isValidRange('[..2000]', '2017-07')).toBe(true);
	});
});
