/**
 * The atlas's events in time: their order, the years the chronology groups them by,
 * each event's neighbours in that order, and how precisely its dates are known, in words. The
 * chronology page, the event pages and their tests read it. Pure.
 */
import { compareDates, datePrecision, formatDate, isOnOrBefore } from './dates';
import type { DatePrecision, PartialDate } from './schema';
import { eventYears } from './time';

/** As much of an event as its place in time needs. */
export interface Dated {
	id: string;
	start: PartialDate;
	end?: PartialDate;
}

/**
 * Chronological order: by start (`compareDates`: earliest first, and on the same first day the
 * coarser date first), then by end (an event without one ends at its start), then by id, so
 * that the order is total and the same at every build.
 */
export function byDate(a: Dated, b: Dated): number {
	return (
		compareDates(a.start, b.start) ||
		compareDates(a.end ?? a.start, b.end ?? b.start) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** The events in chronological order, as a new array. */
export function inOrder<T extends Dated>(events: readonly T[]): T[] {
	return [...events].sort(byDate);
}

/** One year of the chronology: the events that start in it, in order. */
export interface ChronologyYear<T> {
	year: number;
	events: T[];
}

/**
 * The events grouped by the year they start in, years in order, events in order within each.
 * An event that spans years is listed once, at its start. Events with invalid dates (which the
 * validation keeps out of the data) are left out rather than given a made-up year.
 */
export function chronology<T extends Dated>(events: readonly T[]): ChronologyYear<T>[] {
	const years: ChronologyYear<T>[] = [];
	for (const event of inOrder(events)) {
		const span = eventYears(event.start, event.end);
		if (!span) continue;
		const last = years.at(-1);
		if (last?.year === span.y0) last.events.push(event);
		else years.push({ year: span.y0, events: [event] });
	}
	return years;
}

/** The events before and after one in chronological order (null at either end, or if unknown). */
export function neighbours<T extends Dated>(
	events: readonly T[],
	id: string
): { previous: T | null; next: T | null } {
	const ordered = inOrder(events);
	const i = ordered.findIndex((e) => e.id === id);
	if (i < 0) return { previous: null, next: null };
	return { previous: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

const TO_THE: Record<DatePrecision, string> = {
	day: 'to the day',
	month: 'to the month',
	year: 'only to the year'
};

/**
 * How precisely an event's dates are known, as a sentence: "Known to the day.", "Known only to
 * the year.", "Start and end known to the month.", "Start known to the month, end only to the
 * year.", "Start not known: first attested by 2000. End known to the month." A reader then does
 * not take "2008" for 1 January 2008, nor "by 2000" for an opening. Empty for an invalid date.
 */
export function precisionInWords(start: PartialDate, end?: PartialDate): string {
	const first = datePrecision(start);
	const last = end && end !== start ? datePrecision(end) : first;
	if (!first || !last) return '';
	if (isOnOrBefore(start)) {
		const since = `Start not known: first attested ${formatDate(start)}.`;
		return end && end !== start ? `${since} End known ${TO_THE[last]}.` : since;
	}
	if (!end || end === start) return `Known ${TO_THE[first]}.`;
	if (first === last) return `Start and end known ${TO_THE[first]}.`;
	return `Start known ${TO_THE[first]}, end ${TO_THE[last]}.`;
}
