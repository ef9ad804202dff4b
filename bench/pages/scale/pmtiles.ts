/**
 * The scale page's events from a PMTiles archive of vector tiles instead of one GeoJSON file.
 * For layers of tens of thousands of features a GeoJSON source must be downloaded, parsed and
 * clustered whole before its first tile draws; an archive is read a few tiles at a time with
 * HTTP range requests (the host must answer `Range`), its clusters made once when it was built.
 * The markers look exactly as the GeoJSON ones: same dots and cluster circles (clustered.ts).
 */
import { addProtocol, type Map as MapLibreMap } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { addClusteredEvents } from './clustered';

let protocol: Protocol | null = null;

/** Registers the `pmtiles://` protocol with MapLibre, once per page. */
function registerPMTiles(): Protocol {
	if (!protocol) {
		protocol = new Protocol();
		addProtocol('pmtiles', protocol.tile);
	}
	return protocol;
}

/**
 * Adds the events from a PMTiles archive at `url` (absolute, http(s)). The archive holds one MVT
 * layer named `sourceLayer` whose features carry `layer` like the GeoJSON's; at the zooms where
 * it was clustered they carry `point_count` (and `point_count_abbreviated`), as MapLibre's own
 * GeoJSON clusters do, and are drawn as the same circles with counts.
 */
export function addEventsFromPMTiles(map: MapLibreMap, url: string, sourceLayer: string): void {
	registerPMTiles();
	addClusteredEvents(
		map,
		{ type: 'vector', url: `pmtiles://${url}`, promoteId: 'id' },
		sourceLayer
	);
}
