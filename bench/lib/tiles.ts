/**
 * Vector tiles of the synthetic events for the PMTiles path. MapLibre clusters a
 * GeoJSON source with supercluster in its worker (radius 40 px, up to zoom 9 in the atlas's
 * `addEventLayer`); here the same clustering runs once, at bench time, and each zoom's clusters
 * (zooms 0–9) or points (10 and up) become one MVT layer per tile, encoded with vt-pbf.
 */
import { gzipSync } from 'node:zlib';
import Supercluster from 'supercluster';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { GeoJSONVTTile } from '@maplibre/geojson-vt';
import type { FeatureCollection, Point } from 'geojson';
import type { EventProperties } from '../../src/lib/geo/schema';
import { writePMTiles, type TileInput } from './pmtiles-writer';

/** The atlas's clustering (`addEventLayer` with `cluster: true`): radius 40 px, up to zoom 9. */
export const CLUSTER = { radius: 40, maxZoom: 9 } as const;
/** Tiles stop here; MapLibre overzooms them beyond. */
export const TILE_MAX_ZOOM = 12;
const EXTENT = 4096;
/** MapLibre sizes tiles at 512 px, so a 40 px radius is 40/512 of a tile's extent. */
const RADIUS = (CLUSTER.radius * EXTENT) / 512;

function tileRange(z: number, [w, s, e, n]: [number, number, number, number]) {
	const scale = 2 ** z;
	const x = (lng: number) => Math.floor(((lng + 180) / 360) * scale);
	const y = (lat: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * scale);
	};
	return { x0: x(w), x1: x(e), y0: y(n), y1: y(s) };
}

/**
 * A PMTiles archive (MVT, gzipped tiles) of the events as layer `layer`, clustered like the
 * GeoJSON path. Returns the archive and how many tiles it holds.
 */
export function eventsArchive(
	events: FeatureCollection<Point, EventProperties>,
	layer: string
): { archive: Buffer; tiles: number } {
	const index = new Supercluster({
		radius: RADIUS,
		extent: EXTENT,
		maxZoom: CLUSTER.maxZoom
	}).load(events.features);
	let bounds: [number, number, number, number] = [180, 90, -180, -90];
	for (const f of events.features) {
		const [x, y] = f.geometry.coordinates;
		bounds = [
			Math.min(bounds[0], x),
			Math.min(bounds[1], y),
			Math.max(bounds[2], x),
			Math.max(bounds[3], y)
		];
	}
	const tiles: TileInput[] = [];
	for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
		const { x0, x1, y0, y1 } = tileRange(z, bounds);
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const tile = index.getTile(z, x, y);
				if (!tile || !tile.features.length) continue;
				// supercluster's tiles have geojson-vt's shape (type, geometry, tags, id).
				const pbf = fromGeojsonVt(
					{ [layer]: tile as unknown as GeoJSONVTTile },
					{
						version: 2,
						extent: EXTENT
					}
				);
				tiles.push({ z, x, y, data: gzipSync(pbf) });
			}
		}
	}
	const archive = writePMTiles(tiles, {
		tileType: 1,
		tileCompression: 2,
		minZoom: 0,
		maxZoom: TILE_MAX_ZOOM,
		bounds,
		center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 6],
		metadata: {
			name: `synthetic ${layer}`,
			description: `${events.features.length} synthetic events for the benchmark`,
			vector_layers: [
				{
					id: layer,
					minzoom: 0,
					maxzoom: TILE_MAX_ZOOM,
					fields: {
						id: 'String',
						title: 'String',
						place: 'String',
						start: 'String',
						precision: 'String',
						sources: 'String',
						cluster: 'Boolean',
						cluster_id: 'Number',
						point_count: 'Number',
						point_count_abbreviated: 'String'
					}
				}
			]
		}
	});
	return { archive, tiles: tiles.length };
}
