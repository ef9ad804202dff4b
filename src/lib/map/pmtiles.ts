/**
 * A thematic layer from a PMTiles archive of vector tiles instead of one GeoJSON file (issue #6).
 * For layers of tens of thousands of features a GeoJSON source must be downloaded, parsed and
 * clustered whole before its first tile draws; an archive is read a few tiles at a time with
 * HTTP range requests (the host must answer `Range`), its clusters made once when it was built.
 * The markers look exactly as `addEventLayer`'s: same colours, icons, offsets and cluster circles.
 */
import { addProtocol, type Map as MapLibreMap } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { EventLayerId } from '$lib/geo/layers';
import { addEventStyleLayers } from './layers';

let protocol: Protocol | null = null;

/**
 * Registers the `pmtiles://` protocol with MapLibre, once per page. Returns the protocol, which
 * caches each archive's header and directories across sources and maps.
 */
export function registerPMTiles(): Protocol {
	if (!protocol) {
		protocol = new Protocol();
		addProtocol('pmtiles', protocol.tile);
	}
	return protocol;
}

/**
 * Adds one thematic layer from a PMTiles archive at `url` (absolute, http(s)). The archive holds
 * one MVT layer named `id`; at the zooms where it was clustered its features carry
 * `point_count` (and `point_count_abbreviated`), as MapLibre's own GeoJSON clusters do, and are
 * drawn as the same circles with counts. Style layer ids are those of `addEventLayer`, so
 * `setLayerVisible` and the pointer code work unchanged.
 */
export function addEventLayerFromPMTiles(map: MapLibreMap, id: EventLayerId, url: string): void {
	registerPMTiles();
	map.addSource(`events-${id}`, { type: 'vector', url: `pmtiles://${url}`, promoteId: 'id' });
	addEventStyleLayers(map, id, { clustered: true, sourceLayer: id });
}
