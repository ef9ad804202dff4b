/**
 * The atlas's recurring phrases in the page's language, built from messages: a place's kind, a
 * distance, how loosely a feature is placed, how a region is drawn, how precisely an event is
 * dated, a count of events. The geography's own functions (src/lib/geo) decide which phrase; the
 * words are here.
 */
import { datePrecision, formatDate, isOnOrBefore, type PartialDate } from '../geo/dates';
import { formatNumber, pluralForm, type Lang } from '../geo/lang';
import type { LocationPrecision, Outline, PlaceProperties } from '../geo/schema';
import { m } from './messages.svelte';

type Words = Record<string, ((inputs?: Record<string, unknown>) => string) | undefined>;
const say = (key: string, inputs?: Record<string, unknown>) =>
	(m as unknown as Words)[key]?.(inputs) ?? '';

/** A place's kind as the lists write it ("capital", "town", …). */
export function kindWord(kind: PlaceProperties['kind']): string {
	return say(`kind_${kind.replace('-', '_')}`);
}

/** A distance: "111 km", "6.5 km", "1,344 km" as the language writes numbers. */
export function km(lang: Lang, value: number): string {
	const n =
		value < 100
			? formatNumber(lang, Math.round(value * 10) / 10, value % 1 ? 1 : 0)
			: formatNumber(lang, Math.round(value));
	return m.distance_km({ n: n.replace(/[.,]0$/, '') });
}

/** "3 events", with the noun's form for the number. */
export function eventCount(lang: Lang, n: number): string {
	return m.event_count({ count: formatNumber(lang, n), form: pluralForm(lang, n) });
}

/** What a reader should know about how loosely a feature is placed, or null for an exact site. */
export function locationWords(
	lang: Lang,
	p: { precision: LocationPrecision; radiusKm?: number }
): string | null {
	if (p.precision === 'region')
		return p.radiusKm
			? m.location_region_within({ km: km(lang, p.radiusKm) })
			: m.location_region();
	if (p.precision === 'centre') return m.location_centre();
	return null;
}

/** How a region is drawn, or null for a place that is not a region. The river's note is English. */
export function extentWords(
	lang: Lang,
	p: { precision: LocationPrecision; radiusKm?: number; outline?: Outline }
): string | null {
	if (p.precision !== 'region') return null;
	if (p.outline?.basemap === 'country') return m.extent_country();
	if (p.outline?.basemap === 'river') return lang === 'en' ? p.outline.note : m.extent_river();
	return p.radiusKm ? m.extent_circle({ km: km(lang, p.radiusKm) }) : m.extent_unknown();
}

/**
 * How precisely an event is dated, in words: "Known to the day.", "Start not known: first
 * attested by 2000." (see `precisionInWords` in src/lib/geo/chronology.ts, the English).
 */
export function precisionWords(lang: Lang, start: PartialDate, end?: PartialDate): string {
	const first = datePrecision(start);
	const last = end && end !== start ? datePrecision(end) : first;
	if (!first || !last) return '';
	const to = (p: string) => say(`precision_to_${p}`);
	if (isOnOrBefore(start)) {
		const since = m.precision_attested({ date: formatDate(start, lang) });
		return end && end !== start ? `${since} ${m.precision_end({ to: to(last) })}` : since;
	}
	if (!end || end === start) return m.precision_known({ to: to(first) });
	if (first === last) return m.precision_both({ to: to(first) });
	return m.precision_start_end({ start: to(first), end: to(last) });
}
