import { error } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { suggest } from '$lib/geo/gazetteer';
import { placeEvents, placeFacts } from '$lib/geo/summary';
import { narrativeOf } from '$lib/content/narratives';
import { citedReferences } from '$lib/content/references';
import { pageView, placeView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every name of every place gets a page: the canonical ones, and a redirect for each alias. */
export const entries: EntryGenerator = () =>
	[...getAtlas().aliases.keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = getAtlas();
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
	return {
		view: pageView(placeView(canonical)!),
		place: feature.properties,
		events: placeEvents(atlas, canonical),
		facts: placeFacts(atlas, canonical),
		narrative: narrativeOf(canonical),
		references: citedReferences(narrativeOf(canonical), atlas.references)
	};
};
