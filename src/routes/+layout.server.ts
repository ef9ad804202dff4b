import { getAtlas } from '$lib/server/atlas';
import { layerCounts, placeSummaries } from '$lib/geo/summary';

/** Every page carries the places in brief (list, camera) and the layers' counts (legend). */
export function load() {
	const atlas = getAtlas();
	return { places: placeSummaries(atlas), counts: layerCounts(atlas) };
}
