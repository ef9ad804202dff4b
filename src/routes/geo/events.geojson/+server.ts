import { json } from '@sveltejs/kit';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { getAtlas } from '$lib/server/atlas';
import { eventYears } from '$lib/geo/time';

export const prerender = true;

/**
 * Every event of every layer in one collection, each tagged with its `layer`: the live map's one
 * event source: one source instead of one per layer, so MapLibre fetches, parses and tiles the
 * events once. The layer files under `/geo/layers/` stay the data's source of truth.
 * Each feature also carries `y0` and `y1`, the first and last year its dates touch, which the
 * map's time filter compares with the range.
 */
export function GET() {
	const atlas = getAtlas();
	return json({
		type: 'FeatureCollection',
		features: EVENT_LAYERS.flatMap((l) =>
			atlas.layers[l.id].map((f) => ({
				...f,
				properties: {
					...f.properties,
					layer: l.id,
					...eventYears(f.properties.start, f.properties.end)
				}
			}))
		)
	});
}
