import { getAtlas } from '$lib/server/atlas';
import { homeView, pageView } from '$lib/server/views';
import { eventSummaries, layerCounts, placeSummaries } from '$lib/geo/summary';

/**
 * Every page carries the places and events in brief (lists, static map markers), the layers'
 * counts (legend) and, unless the page has its own, the overview's view (camera, static map).
 */
export function load() {
	const atlas = getAtlas();
	return {
		places: placeSummaries(atlas),
		events: eventSummaries(atlas),
		counts: layerCounts(atlas),
		view: pageView(homeView())
	};
}
