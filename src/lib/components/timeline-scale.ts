/**
 * The timeline's arithmetic, pure: the track's measures (one row per event layer of the
 * registry), where a year or a date sits along the axis (as a percentage of its width, so the
 * SVG needs no measuring), how an event is drawn (a bar for an event with an end, a band as wide
 * as its precision for one known only to the year or month), how many events touch each year,
 * and what a key does to a handle.
 */
import { dateBounds, datePrecision } from '$lib/geo/dates';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { eventYears, STORY_YEARS, type YearRange } from '$lib/geo/time';

const FIRST = STORY_YEARS.min;
/** The axis ends at the end of the last year. */
const SPAN = STORY_YEARS.max + 1 - FIRST;
const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/** The track's measures in pixels: wide under the map, compact atop the phone's sheet. */
const SIZES = {
	wide: { density: 16, lane: 12, r: 5, labels: 14, handle: 28 },
	compact: { density: 10, lane: 9, r: 4, labels: 12, handle: 44 }
} as const;

/** Where the parts of the track sit, top to bottom, in pixels. */
export interface TrackGeometry {
	/** The height of the density row (events per year), at the top. */
	density: number;
	/** The height of one event layer's row of marks. */
	lane: number;
	/** A mark's radius. */
	r: number;
	/** The room under the axis for the years' labels. */
	labels: number;
	/** The width of a handle's hit area. */
	handle: number;
	/** The top of the first row. */
	lanesTop: number;
	/** The axis, under the last row. */
	axisY: number;
	/** The whole track, which the page reserves before the timeline is drawn. */
	height: number;
}

/**
 * The track's measures, for `rows` event layers (the registry's, unless a test gives another
 * count): one row of marks each, so the track grows with the layers. The timeline draws with
 * them and the page reserves its box with them (TimelineBox.svelte).
 */
export function trackGeometry(compact: boolean, rows = EVENT_LAYERS.length): TrackGeometry {
	const g = SIZES[compact ? 'compact' : 'wide'];
	const lanesTop = g.density + 3;
	const axisY = lanesTop + rows * g.lane + 1;
	return { ...g, lanesTop, axisY, height: axisY + g.labels + 2 };
}

/** Position of an instant (ms since the epoch) along the axis, 0–100, clamped. */
export function instantPct(ms: number): number {
	const year = 1970 + ms / YEAR_MS;
	return clamp(((year - FIRST) / SPAN) * 100, 0, 100);
}

/** Position of the start of a year along the axis, 0–100 (the end of the last year is 100). */
export function yearPct(year: number): number {
	return clamp(((year - FIRST) / SPAN) * 100, 0, 100);
}

/** The year under a position along the axis (0–1 of its width), within the story's years. */
export function yearAt(fraction: number): number {
	const year = Math.floor(FIRST + clamp(fraction, 0, 1) * SPAN);
	return clamp(year, STORY_YEARS.min, STORY_YEARS.max);
}

/** How one event is drawn: where its mark sits, and the band or bar behind it. */
export interface EventMark {
	/** The mark's centre, 0–100. */
	at: number;
	/** The band or bar, 0–100: from its start's first instant to its end's (or start's) last. */
	x0: number;
	x1: number;
	/** `bar`: an event with an end; `year`/`month`: known only so far; `day`: a tick. */
	kind: 'bar' | 'year' | 'month' | 'day';
}

/** The mark of an event; null when a date is invalid. */
export function eventMark(start: string, end?: string): EventMark | null {
	const first = dateBounds(start);
	const last = dateBounds(end ?? start);
	const precision = datePrecision(start);
	if (!first || !last || !precision) return null;
	const x0 = instantPct(first.earliest);
	const x1 = instantPct(last.latest);
	if (end) return { at: x0, x0, x1, kind: 'bar' };
	return { at: (x0 + x1) / 2, x0, x1, kind: precision };
}

/** The story's years, first to last. */
export const YEARS: readonly number[] = Array.from({ length: SPAN }, (_, i) => FIRST + i);

/** How many of the events touch each of the story's years (the density row). */
export function perYear(events: readonly { start: string; end?: string }[]): number[] {
	const counts = YEARS.map(() => 0);
	for (const e of events) {
		const years = eventYears(e.start, e.end);
		if (!years) continue;
		const { y0, y1 } = years;
		for (let y = Math.max(y0, FIRST); y <= Math.min(y1, STORY_YEARS.max); y++) counts[y - FIRST]++;
	}
	return counts;
}

/**
 * The year a slider key moves a handle to, or null for a key sliders do not use: arrows one year,
 * Page Up and Down five, Home and End the ends of what the handle may reach.
 */
export function keyedYear(key: string, value: number, min: number, max: number): number | null {
	const step: Record<string, number> = {
		ArrowLeft: -1,
		ArrowDown: -1,
		ArrowRight: 1,
		ArrowUp: 1,
		PageDown: -5,
		PageUp: 5
	};
	if (key === 'Home') return min;
	if (key === 'End') return max;
	if (!(key in step)) return null;
	return clamp(value + step[key], min, max);
}

/**
 * The range after one handle moved to a year: the other handle stays, and a handle pushed past
 * the other takes it along (a range of one year at least, never an empty one).
 */
export function moveHandle(range: YearRange, handle: 'from' | 'to', year: number): YearRange {
	const y = clamp(year, STORY_YEARS.min, STORY_YEARS.max);
	if (handle === 'from') return { from: y, to: Math.max(y, range.to) };
	return { from: Math.min(y, range.from), to: y };
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}
