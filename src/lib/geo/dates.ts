/**
 * Partial dates: ISO 8601 reduced precision, "YYYY", "YYYY-MM" or "YYYY-MM-DD".
 * The source often knows only the month or the year of an event, so a date's precision is part of
 * its value: "1997" means "some time in 1997", not 1 January 1997. Pure, no DOM.
 *
 * A date known only as a terminus ante quem, "on or before 2000", is written as ISO 8601-2 and
 * EDTF write it, "[..2000]": a reference attests the thing by then and none says when it began.
 * It is read as "by 2000", and placed and sorted at the date it names, the only one known.
 */
import { writeDate, YEAR_ONLY, type Lang } from './lang';
/**
 * A date at day, month or year precision, ISO 8601 reduced: "1997-06-27", "1997-06" or "1997".
 * The string's form is its precision; see `datePrecision`. Defined here rather than in
 * schema-rules.ts, which checks dates with this module: each importing the other made a cycle.
 */
export type PartialDate = string;
/** How much of a `PartialDate` is known. */
export type DatePrecision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** ISO 8601-2 "one of a set, on or before": "[..2000]". */
const ON_OR_BEFORE = /^\[\.\.([^\]]*)\]$/;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const DAY_MS = 86_400_000;

interface DateParts {
	year: number;
	/** 1–12, absent at year precision. */
	month?: number;
	/** 1–31, absent at year and month precision. */
	day?: number;
}

/** Gregorian leap rule, applied proleptically like ISO 8601 does. */
function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a date is a terminus ante quem, "[..2000]" (on or before 2000), rather than a date
 * the thing is known to have happened in.
 */
export function isOnOrBefore(d: PartialDate): boolean {
	return ON_OR_BEFORE.test(d);
}

/**
 * The plain date a partial date names: "2000" for "[..2000]", the date itself otherwise. It is
 * what a machine-readable `<time datetime>` can carry.
 */
export function namedDate(d: PartialDate): string {
	return ON_OR_BEFORE.exec(d)?.[1] ?? d;
}

/** Splits a partial date into numbers, or null when it is malformed or not a calendar date. */
function parse(d: string): DateParts | null {
	const match = PARTIAL_DATE.exec(namedDate(d));
	if (!match) return null;
	const year = Number(match[1]);
	if (match[2] === undefined) return { year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	if (match[3] === undefined) return { year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/**
 * Milliseconds since the epoch at UTC midnight of a day. `Date.UTC` maps years 0–99 to 1900–1999,
 * so the year is set separately to keep every four-digit year literal.
 */
function utcMidnight(year: number, month: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getTime();
}

/**
 * The precision a partial date is written at.
 * @param d a date such as "1997-06-27", "1997-06" or "1997"
 * @returns `day`, `month` or `year`; null when `d` is malformed or names no real calendar day
 *   (e.g. "2011-02-30", "1997-13", "97")
 */
export function datePrecision(d: string): DatePrecision | null {
	const parts = parse(d);
	if (!parts) return null;
	if (parts.day !== undefined) return 'day';
	return parts.month !== undefined ? 'month' : 'year';
}

/**
 * The span of time a partial date covers, as UTC milliseconds; for "[..2000]", the span of the
 * date it names, where the map and the timeline place it.
 * @returns `earliest`: midnight at the start of its first day; `latest`: the last millisecond of
 *   its last day ("1997" → 1 January 1997 00:00 to 31 December 1997 23:59:59.999); null when the
 *   date is not valid
 */
export function dateBounds(d: PartialDate): { earliest: number; latest: number } | null {
	const parts = parse(d);
	if (!parts) return null;
	const { year, month, day } = parts;
	const firstMonth = month ?? 1;
	const lastMonth = month ?? 12;
	const earliest = utcMidnight(year, firstMonth, day ?? 1);
	const lastDay = day ?? daysInMonth(year, lastMonth);
	return { earliest, latest: utcMidnight(year, lastMonth, lastDay) + DAY_MS - 1 };
}

/**
 * Orders partial dates for sorting: by the earliest instant each covers, and where that is equal,
 * the coarser date first ("1997" < "1997-01" < "1997-01-01" < "1997-06"). This is a total order,
 * fit for `Array.prototype.sort`; to ask whether an end may follow a start, use `isValidRange`,
 * which is more lenient. Invalid dates sort after every valid one, in string order.
 * @returns negative when `a` comes first, positive when `b` does, 0 when they are the same string
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
	const boundsA = dateBounds(a);
	const boundsB = dateBounds(b);
	if (!boundsA || !boundsB) {
		if (boundsA) return -1;
		if (boundsB) return 1;
		return a < b ? -1 : a > b ? 1 : 0;
	}
	if (boundsA.earliest !== boundsB.earliest) return boundsA.earliest - boundsB.earliest;
	// Same first day: the longer span (coarser precision) first, so "1997" heads its year; then
	// "by 1997" before "1997", since it may be earlier.
	return boundsB.latest - boundsA.latest || Number(isOnOrBefore(b)) - Number(isOnOrBefore(a));
}

/**
 * Whether `end` can follow `start`: the earliest instant of `start` is not after the latest
 * instant of `end`. Partial dates overlap, so "1997-06" to "1997" passes (June 1997 to some time
 * in 1997 is consistent) while "1998" to "1997-06" does not.
 * @returns false when either date is invalid
 */
export function isValidRange(start: PartialDate, end: PartialDate): boolean {
	const from = dateBounds(start);
	const to = dateBounds(end);
	return from !== null && to !== null && from.earliest <= to.latest;
}

/**
 * A partial date for display, in British English order: "27 February 2003", "June 1997", "1994";
 * a terminus ante quem as "by 2000".
 * @returns the input unchanged when it is not a valid partial date, so display never throws
 *   (the build's validation keeps such dates out of the data)
 */
export function formatDate(d: PartialDate, lang: Lang = 'en'): string {
	const parts = parse(d);
	if (!parts) return d;
	if (lang !== 'en') {
		const named = namedDate(d);
		const written = { year: named.slice(0, 4), month: parse(named)?.month, day: parse(named)?.day };
		return writeDate(lang, written, isOnOrBefore(d));
	}
	if (isOnOrBefore(d)) return `by ${formatDate(namedDate(d))}`;
	// The written year, not String(parts.year), so that "0950" keeps its four digits.
	const year = d.slice(0, 4);
	if (parts.month === undefined) return year;
	const month = MONTHS[parts.month - 1];
	return parts.day === undefined ? `${month} ${year}` : `${parts.day} ${month} ${year}`;
}

/**
 * A feature's dates for display: "27 February 2003", "December 1994 – May 2000",
 * "by 2000 – July 2017", and "2011 (year only)" where a date is known only to its year, so that
 * a reader does not take "2011" for 1 January.
 */
export function formatDateRange(start: PartialDate, end?: PartialDate, lang: Lang = 'en'): string {
	const range =
		end && end !== start
			? `${formatDate(start, lang)} – ${formatDate(end, lang)}`
			: formatDate(start, lang);
	// "by 2000" already says it is no day's date.
	const loose = [start, end].some((d) => d && !isOnOrBefore(d) && datePrecision(d) === 'year');
	return loose ? `${range} ${YEAR_ONLY[lang]}` : range;
}
