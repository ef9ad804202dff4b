/**
 * The content of the popup for a clicked layer feature, built as DOM nodes with `textContent`
 * only: data strings never become markup.
 */
import { formatDate, datePrecision } from '$lib/geo/dates';
import type { EventProperties } from '$lib/geo/types';

export interface PopupLinks {
	place: (slug: string) => string;
	source: (id: string) => string;
	placeName: (slug: string) => string;
}

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** "27 February 2003", "1997 – 2000", "2011 (year only)". */
export function dateRange(start: string, end?: string): string {
	const range =
		end && end !== start ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start);
	const loose = [start, end].some((d) => d && datePrecision(d) === 'year');
	return loose ? `${range} (year only)` : range;
}

/** What a reader should know about how loosely a feature is placed. */
export function locationNote(p: Pick<EventProperties, 'precision' | 'radiusKm'>): string | null {
	if (p.precision === 'region') {
		return `Location known only to a region${p.radiusKm ? ` (within about ${p.radiusKm} km)` : ''}.`;
	}
	if (p.precision === 'centre') return 'Shown at the town centre; the exact site is not given.';
	return null;
}

/** MapLibre hands nested properties back as JSON strings; this reads `sources` either way. */
export function readSources(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string') {
		try {
			const parsed = JSON.parse(value);
			if (Array.isArray(parsed)) return parsed.map(String);
		} catch {
			return [];
		}
	}
	return [];
}

/** Builds the popup for one or more features under the click (several share a town). */
export function eventPopup(features: EventProperties[], links: PopupLinks): HTMLElement {
	const root = el('div', undefined, 'event-popup');
	for (const p of features.slice(0, 6)) {
		const item = el('article');
		item.append(el('h3', p.title));
		item.append(el('p', dateRange(p.start, p.end), 'when'));
		const where = el('p', undefined, 'where');
		const a = el('a', links.placeName(p.place));
		a.href = links.place(p.place);
		where.append('At ', a);
		item.append(where);
		const loose = locationNote(p);
		if (loose) item.append(el('p', loose, 'loose'));
		if (p.note) item.append(el('p', p.note, 'note'));
		const cites = el('p', 'Source: ', 'cites');
		readSources(p.sources).forEach((id, i) => {
			if (i) cites.append(', ');
			const link = el('a');
			link.href = links.source(id);
			// The accessible name contains the visible text (WCAG 2.5.3): “source paragraph p14”.
			link.append(el('span', 'source paragraph ', 'visually-hidden'), id);
			cites.append(link);
		});
		item.append(cites);
		root.append(item);
	}
	if (features.length > 6) root.append(el('p', `and ${features.length - 6} more here`));
	return root;
}
