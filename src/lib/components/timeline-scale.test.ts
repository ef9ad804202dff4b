import { describe, expect, it } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import {
	eventMark,
	keyedYear,
	moveHandle,
	perYear,
	trackGeometry,
	yearAt,
	yearPct,
	YEARS
} from './timeline-scale';

describe('the axis', () => {
	it.each([
		[1994, 0],
		[2006, 50],
		[2018, 100],
		[1990, 0],
		[2030, 100]
	])('puts the start of %i at %f%%', (year, pct) => {
		expect(yearPct(year)).toBeCloseTo(pct, 6);
	});
	it.each([
		[0, 1994],
		[0.5, 2006],
		[0.999, 2017],
		[1, 2017],
		[-3, 1994],
		[7, 2017]
	])('reads the year at %f of its width as %i', (f, year) => {
		expect(yearAt(f)).toBe(year);
	});
	it('has every year of the story', () => {
		expect(YEARS[0]).toBe(1994);
		expect(YEARS.at(-1)).toBe(2017);
		expect(YEARS).toHaveLength(24);
	});
});

describe('eventMark', () => {
	const yearWidth = 100 / 24;
	it('draws an event known to the year as a band the width of the year', () => {
		const m = eventMark('2008')!;
		expect(m.kind).toBe('year');
		expect(m.x1 - m.x0).toBeCloseTo(yearWidth, 1);
		expect(m.at).toBeCloseTo((m.x0 + m.x1) / 2, 6);
	});
	it('draws an event known to the month as a narrower band', () => {
		const m = eventMark('1997-06')!;
		expect(m.kind).toBe('month');
		expect(m.x1 - m.x0).toBeCloseTo(yearWidth / 12, 1);
	});
	it('draws a dated day as a tick', () => {
		const m = eventMark('1997-06-27')!;
		expect(m.kind).toBe('day');
		expect(m.x1 - m.x0).toBeLessThan(0.02);
	});
	it('draws an event with an end as a bar from its start to the end of its end', () => {
		const m = eventMark('1994-12', '2000-05')!;
		expect(m.kind).toBe('bar');
		expect(m.at).toBe(m.x0);
		expect(m.x0).toBeCloseTo(yearPct(1994) + (yearWidth * 11) / 12, 1);
		expect(m.x1).toBeCloseTo(yearPct(2000) + (yearWidth * 5) / 12, 1);
	});
	it('clamps an open end beyond the story to the axis', () => {
		expect(eventMark('2015', '2030')!.x1).toBe(100);
	});
	it('has no mark for an invalid date', () => {
		expect(eventMark('1997-13')).toBeNull();
		expect(eventMark('1997', 'soon')).toBeNull();
	});
});

describe('perYear', () => {
	it('counts an event in every year it touches', () => {
		const counts = perYear([
			{ start: '1997' },
			{ start: '1996-12', end: '1998-01' },
			{ start: 'x' }
		]);
		expect(counts[1996 - 1994]).toBe(1);
		expect(counts[1997 - 1994]).toBe(2);
		expect(counts[1998 - 1994]).toBe(1);
		expect(counts.reduce((a, b) => a + b)).toBe(4);
	});
});

describe('keyedYear', () => {
	it.each([
		['ArrowRight', 2000, 2001],
		['ArrowUp', 2000, 2001],
		['ArrowLeft', 2000, 1999],
		['ArrowDown', 2000, 1999],
		['PageUp', 2000, 2005],
		['PageDown', 2000, 1995],
		['PageDown', 1996, 1994],
		['PageUp', 2015, 2017],
		['Home', 2000, 1994],
		['End', 2000, 2017],
		['ArrowRight', 2017, 2017]
	])('%s from %i goes to %i', (key, from, to) => {
		expect(keyedYear(key, from, 1994, 2017)).toBe(to);
	});
	it('ignores other keys', () => {
		expect(keyedYear('a', 2000, 1994, 2017)).toBeNull();
		expect(keyedYear('Enter', 2000, 1994, 2017)).toBeNull();
	});
});

describe('moveHandle', () => {
	it.each([
		[{ from: 1995, to: 2000 }, 'from', 1997, { from: 1997, to: 2000 }],
		[{ from: 1995, to: 2000 }, 'from', 2003, { from: 2003, to: 2003 }],
		[{ from: 1995, to: 2000 }, 'to', 1990, { from: 1994, to: 1994 }],
		[{ from: 1995, to: 2000 }, 'to', 2030, { from: 1995, to: 2017 }]
	] as const)('%o, %s to %i: %o', (range, handle, year, out) => {
		expect(moveHandle(range, handle, year)).toEqual(out);
	});
});

describe('trackGeometry', () => {
	it.each([
		[false, 4, 84],
		[true, 4, 64],
		[false, 5, 96],
		[true, 5, 73],
		[false, 1, 48]
	])('compact %s, %i rows: a track %i px high', (compact, rows, height) => {
		expect(trackGeometry(compact, rows).height).toBe(height);
	});
	it('gives every event layer of the registry its row between the density row and the axis', () => {
		for (const compact of [false, true]) {
			const g = trackGeometry(compact);
			expect(g.axisY - g.lanesTop).toBe(EVENT_LAYERS.length * g.lane + 1);
			expect(g.lanesTop).toBeGreaterThan(g.density);
			expect(g.height).toBe(g.axisY + g.labels + 2);
		}
	});
});

describe('the ends of the axis', () => {
	it('puts an event before the story at its start, and one after it at its end', () => {
		expect(eventMark('1990')).toEqual({ at: 0, x0: 0, x1: 0, kind: 'year' });
		expect(eventMark('2020-05-01')).toMatchObject({ at: 100, x0: 100, x1: 100, kind: 'day' });
	});

	it('counts an event longer than the story in each of its years, and nowhere else', () => {
		const counts = perYear([{ start: '1990', end: '2020' }]);
		expect(counts).toEqual(YEARS.map(() => 1));
		expect(perYear([{ start: '2017-12', end: '2019' }]).at(-1)).toBe(1);
		expect(perYear([{ start: '1993', end: '1994-01' }])[0]).toBe(1);
	});
});
