import { error } from '@sveltejs/kit';
import { getAtlasFor } from '$lib/server/atlas';
import { translatedNarrative } from '$lib/content/translations';
import { langOf } from '$lib/state/url';
import { suggest } from '$lib/geo/gazetteer';
import { anchorOf, placeEvents, placeFacts } from '$lib/geo/summary';
import { narrativeOf } from '$lib/content/narratives';
import { citedReferences } from '$lib/content/references';
import { pageView, placeView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every name of every place gets a page: the canonical ones, and a redirect for each alias. */
export const entries: EntryGenerator = () =>
	[...getAtlasFor(new URL('http://x/')).aliases.keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params, url }) => {
	const atlas = getAtlasFor(url);
	const lang = langOf(url.pathname);
	const canonical = atlas.aliases.get(params.slug) ?? atlas.aliases.get(params.slug.toLowerCase());
	if (!canonical) {
		error(404, {
			message: `No place is called “${params.slug.slice(0, 80)}”.`,
			suggestions: suggest(
				params.slug,
				atlas.places.map((p) => p.properties)
			)
		});
	}
	const feature = atlas.places.find((p) => p.properties.slug === canonical)!;
	if (canonical !== params.slug) {
		return { alias: { from: params.slug, to: canonical, name: feature.properties.name } };
	}
	// The place's own articles elsewhere (schema.org's `sameAs`): its Wikipedia references.
	const sameAs = atlas.references
		.filter((r) => feature.properties.refs?.includes(r.id) && r.url?.includes('.wikipedia.org/'))
		.map((r) => r.url!);
	const narrative = translatedNarrative(lang, 'narratives', canonical) ?? narrativeOf(canonical);
	return {
		view: pageView(placeView(canonical)!),
		place: feature.properties,
		coordinates: anchorOf(feature),
		sameAs,
		events: placeEvents(atlas, canonical),
		facts: placeFacts(atlas, canonical),
		narrative,
		references: citedReferences(narrative, atlas.references)
	};
};
