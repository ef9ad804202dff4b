import { error } from '@sveltejs/kit';
import { getAtlasFor } from '$lib/server/atlas';
import { translatedNarrative } from '$lib/content/translations';
import { langOf } from '$lib/state/url';
import type { Atlas } from '$lib/content/atlas';
import { eventPageView } from '$lib/server/views';
import { neighbours } from '$lib/geo/chronology';
import { anchorOf } from '$lib/geo/summary';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { eventNarrativeOf } from '$lib/content/narratives';
import { citedReferences } from '$lib/content/references';
import type { NarrativeParagraph } from '$lib/content/narrative';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event of every layer, with its layer, in file order. */
function allEvents(atlas: Atlas) {
	return EVENT_LAYERS.flatMap((l) =>
		atlas.layers[l.id].map((f) => ({ ...f.properties, layer: l.id }))
	);
}

/** Every event gets a page. */
export const entries: EntryGenerator = () =>
	allEvents(getAtlasFor(new URL('http://x/'))).map((e) => ({ id: e.id }));

/** The narrative's words without its citations: the page's description for link previews. */
function plainText(paragraphs: NarrativeParagraph[], max = 220): string {
	const first = paragraphs.find((p) => p.kind !== 'note');
	const text = (first?.inlines ?? [])
		.map((i) => (i.kind === 'text' ? i.text : i.kind === 'quote' ? `“${i.text}”` : ''))
		.join('')
		.replace(/\s+([.,;:])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export const load: PageServerLoad = ({ params, url }) => {
	const atlas = getAtlasFor(url);
	const events = allEvents(atlas);
	const event = events.find((e) => e.id === params.id);
	const view = event && eventPageView(event.id);
	if (!event || !view) {
		error(404, { message: `No event has the id “${params.id.slice(0, 80)}”.` });
	}
	const feature = atlas.places.find((p) => p.properties.slug === event.place)!;
	const place = feature.properties;
	const narrative =
		translatedNarrative(langOf(url.pathname), 'events', event.id) ?? eventNarrativeOf(event.id);
	const brief = (e: (typeof events)[number] | null) =>
		e && { id: e.id, title: e.title, start: e.start, ...(e.end ? { end: e.end } : {}) };
	const { previous, next } = neighbours(events, event.id);
	// The event's own references (its data's `refs` and `dateRef`), numbered as everywhere.
	const own = new Set([...(event.refs ?? []), ...(event.dateRef ? [event.dateRef] : [])]);
	const refs = atlas.references.flatMap((r, i) => (own.has(r.id) ? [{ ...r, n: i + 1 }] : []));
	return {
		view,
		event,
		place: {
			slug: place.slug,
			name: place.name,
			coordinates: anchorOf(feature)
		},
		narrative,
		description: plainText(narrative),
		references: citedReferences(narrative, atlas.references),
		refs,
		previous: brief(previous),
		next: brief(next)
	};
};
