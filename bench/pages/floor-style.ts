/**
 * The style of the bench's own pages: the atlas's style (`atlasStyle`) with its events taken
 * out, so that the floor and the scale page draw the same basemap, places and fonts as the atlas
 * and differ from it only in what they measure. Taken out of the atlas's style rather than built
 * apart, so that a change to the atlas's style reaches the floor too.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { geographyStyle } from '$lib/map/basemap-layers';
import { EVENT_SOURCE } from '$lib/map/sources';
import { atlasStyle } from '$lib/map/style';

/**
 * The atlas's style without the event source and the layers that draw it, nor the story's
 * marks (`base`: the site's root URL). Without `geography`, without the basemap's rivers, lakes
 * and towns too, to tell what they cost.
 */
export function floorStyle(base: string, { geography = true } = {}): StyleSpecification {
	const style = atlasStyle(base, { featured: false });
	const dropped = new Set([EVENT_SOURCE]);
	if (!geography) for (const id of Object.keys(geographyStyle(base).sources)) dropped.add(id);
	return {
		...style,
		sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => !dropped.has(id))),
		layers: style.layers.filter((l) => !('source' in l && dropped.has(String(l.source))))
	};
}
