/**
 * Time as the atlas filters by it: ranges of whole years, and whether an event's
 * dates touch one. The map's filter, the lists, the timeline and the story's chapters all ask
 * `overlaps`, so an event is shown or hidden by the same rule everywhere. Pure.
 */
import { WHOLE_STORY_WORDS, type Lang } from './lang';
import { dateBounds } from './dates';
import type { PartialDate } from './schema';

/** A range of whole years, both included: `{ from: 1994, to: 1997 }`; one year is from = to. */
export interface YearRange {
	from: number;
	to: number;
}

/**
 * The years the atlas covers: the source's story runs from 1994 to 2013, and the editorial notes
 * follow the OSCE's field offices to their closing in 2017.
 */
export const STORY_YEARS = { min: 1994, max: 2017 } as const;

/** The whole story: what a reader sees without a range in the URL. */
export const WHOLE_STORY: YearRange = { from: STORY_YEARS.min, to: STORY_YEARS.max };

/** Whether a range is the whole story (no filter). */
export function isWholeStory(range: YearRange): boolean {
	return range.from <= STORY_YEARS.min && range.to >= STORY_YEARS.max;
}

/**
 * The years an event's dates span, first and last, as the map's filter reads them from the
 * event source's `y0` and `y1` properties. An event without an end counts as its start alone:
 * the data leaves out the end both for one-day events and for ones still going on, and only the
 * start is certain. Null when a date is invalid (the data's validation reports that).
 */
export function eventYears(
	start: PartialDate,
	end?: PartialDate
): { y0: number; y1: number } | null {
	const first = dateBounds(start);
	const last = dateBounds(end ?? start);
	if (!first || !last) return null;
	return {
		y0: new Date(first.earliest).getUTCFullYear(),
		y1: new Date(last.latest).getUTCFullYear()
	};
}

/**
 * Whether an event's time touches a range of whole years. An event spans from the first instant
 * of its start to the last of its end, so "2008" (known only to its year) touches any range that
 * includes 2008, and "1994-12 to 2000-05" touches 1997. An empty range (from after to) touches
 * nothing. Null when a date is invalid.
 */
export function overlaps(
	event: { start: PartialDate; end?: PartialDate },
	range: YearRange
): boolean | null {
	const years = eventYears(event.start, event.end);
	if (!years) return null;
	if (range.from > range.to) return false;
	return years.y0 <= range.to && years.y1 >= range.from;
}

/** A range in words for headings and announcements: "1997", "1994–1997", "the whole story". */
export function formatRange(range: YearRange, lang: Lang = 'en'): string {
	if (isWholeStory(range)) return WHOLE_STORY_WORDS[lang];
	return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
