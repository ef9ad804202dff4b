/**
 * The time range shown, in the URL query as `?from=1994&to=1997`: years, both
 * included, a single year as from = to. Pure and table-tested (range.test.ts beside it), like the
 * layers codec; the URL's schema (url.ts) reads and writes the range through it.
 */
// Relative, not $lib: a plain module that Node imports without Vite's aliases (tsx, Playwright).
import { STORY_YEARS, WHOLE_STORY, isWholeStory, type YearRange } from '../geo/time';

export const FROM_KEY = 'from';
export const TO_KEY = 'to';

/** One parameter as a year of the story, or null when it is absent, repeated or malformed. */
function year(search: URLSearchParams, key: string): number | null | 'absent' {
	const values = search.getAll(key);
	if (values.length === 0) return 'absent';
	if (values.length > 1 || !/^\d{4}$/.test(values[0].trim())) return null;
	const y = Number(values[0].trim());
	return y >= STORY_YEARS.min && y <= STORY_YEARS.max ? y : null;
}

/**
 * The range a query asks for. A missing end is the story's own (`?from=2008` is 2008 onwards,
 * `?to=1997` up to 1997). Anything malformed (not a four-digit year, outside 1994–2017, repeated,
 * or from after to) falls back to the whole story, the nearest sensible view.
 */
export function parseRange(search: URLSearchParams): YearRange {
	const from = year(search, FROM_KEY);
	const to = year(search, TO_KEY);
	if (from === null || to === null) return { ...WHOLE_STORY };
	const range = {
		from: from === 'absent' ? STORY_YEARS.min : from,
		to: to === 'absent' ? STORY_YEARS.max : to
	};
	return range.from <= range.to ? range : { ...WHOLE_STORY };
}

/** `search` with the range's parameters set (removed when it is the whole story). */
export function writeRange(search: string, range: YearRange): string {
	const params = new URLSearchParams(search);
	params.delete(FROM_KEY);
	params.delete(TO_KEY);
	if (!isWholeStory(range)) {
		params.set(FROM_KEY, String(range.from));
		params.set(TO_KEY, String(range.to));
	}
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
