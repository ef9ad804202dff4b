import { getAtlas } from '$lib/server/atlas';
import { atlasIn } from '$lib/content/translations';
import { homeView, pageView } from '$lib/server/views';
import { eventSummaries, layerCounts, placeSummaries } from '$lib/geo/summary';
import { langOf } from '$lib/state/url';

/**
 * Every page carries the places and events in brief (lists, static map markers), the layers'
 * counts (legend) and, unless the page has its own, the overview's view (camera, static map).
 */
export function load({ url, untrack }) {
	// A page's language never changes in place (switching is a full load): untracked, the layout's
	// data is not loaded again on every navigation.
	const lang = untrack(() => langOf(url.pathname));
	const atlas = atlasIn(getAtlas(), lang);
	return {
		places: placeSummaries(atlas),
		events: eventSummaries(atlas),
		counts: layerCounts(atlas),
		view: pageView(homeView())
	};
}
