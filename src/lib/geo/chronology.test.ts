import { describe, expect, it } from 'vitest';
import { byDate, chronology, inOrder, neighbours, precisionInWords } from './chronology';

const e = (id: string, start: string, end?: string) => ({ id, start, ...(end ? { end } : {}) });

describe('precisionInWords', () => {
	it.each([
		['1997-06-27', undefined, 'Known to the day.'],
		['1997-06', undefined, 'Known to the month.'],
		['2008', undefined, 'Known only to the year.'],
		['1997-06-27', '1997-06-27', 'Known to the day.'],
		['1994-12', '2000-05', 'Start and end known to the month.'],
		['1996-12-10', '1996-12-11', 'Start and end known to the day.'],
		['2008', '2017', 'Start and end known only to the year.'],
		['2002-10', '2017-07-01', 'Start known to the month, end to the day.'],
		['2008', '2017-07-01', 'Start known only to the year, end to the day.'],
		['1997-06-27', '1998', 'Start known to the day, end only to the year.'],
		['[..2000]', '2017-07', 'Start not known: first attested by 2000. End known to the month.'],
		['[..2000]', undefined, 'Start not known: first attested by 2000.']
	])('%s to %s: %s', (start, end, words) => {
		expect(precisionInWords(start, end)).toBe(words);
	});
	it('says nothing for a date that is not one', () => {
		expect(precisionInWords('97')).toBe('');
		expect(precisionInWords('1997', '2011-02-30')).toBe('');
	});
});

describe('chronological order', () => {
	it('orders by start, the coarser date first on the same day, then by end, then by id', () => {
		const events = [
			e('c', '1997-06-27'),
			e('b', '1997-06'),
			e('a', '1997'),
			e('long', '1994-12', '2000-05'),
			e('short', '1994-12', '1995'),
			e('y', '1994-12'),
			e('x', '1994-12')
		];
		expect(inOrder(events).map((x) => x.id)).toEqual(['x', 'y', 'short', 'long', 'a', 'b', 'c']);
	});
	it('is a total order: equal only for the same event', () => {
		expect(byDate(e('a', '1997'), e('a', '1997'))).toBe(0);
		expect(Math.sign(byDate(e('a', '1997'), e('b', '1997')))).toBe(-1);
		expect(Math.sign(byDate(e('b', '1997'), e('a', '1997')))).toBe(1);
	});
	it('does not reorder its input', () => {
		const events = [e('b', '1999'), e('a', '1994')];
		inOrder(events);
		expect(events.map((x) => x.id)).toEqual(['b', 'a']);
	});
});

describe('chronology', () => {
	it('groups events by the year they start in, an event spanning years at its start', () => {
		const groups = chronology([
			e('accord', '1997-06-27'),
			e('unmot', '1994-12', '2000-05'),
			e('ceasefire', '1994-09-17'),
			e('office', '2008'),
			e('talks', '1997-02')
		]);
		expect(groups.map((g) => [g.year, g.events.map((x) => x.id)])).toEqual([
			[1994, ['ceasefire', 'unmot']],
			[1997, ['talks', 'accord']],
			[2008, ['office']]
		]);
	});
	it('is empty for no events and leaves out invalid dates', () => {
		expect(chronology([])).toEqual([]);
		expect(chronology([e('bad', '97'), e('ok', '1999')])).toEqual([
			{ year: 1999, events: [e('ok', '1999')] }
		]);
	});
});

describe('neighbours', () => {
	const events = [e('b', '1997'), e('c', '2000'), e('a', '1994')];
	it.each([
		['a', null, 'b'],
		['b', 'a', 'c'],
		['c', 'b', null],
		['nope', null, null]
	])('%s: after %s, before %s', (id, previous, next) => {
		const n = neighbours(events, id);
		expect(n.previous?.id ?? null).toBe(previous);
		expect(n.next?.id ?? null).toBe(next);
	});
});
