import { json } from '@sveltejs/kit';
import { regionCircle } from '$lib/geo/location';
import { placeSummaries } from '$lib/geo/summary';
import { getAtlas } from '$lib/server/atlas';

export const prerender = true;

/**
 * The areas of the places known only to a region, as circles of their radius on the sphere:
 * made once at build time, fetched by the map like any other data file.
 */
export function GET() {
	const features = placeSummaries(getAtlas())
		.filter((p) => p.precision === 'region' && p.radiusKm)
		.map((p) => ({
			type: 'Feature' as const,
			id: p.slug,
			properties: { slug: p.slug, radiusKm: p.radiusKm! },
			geometry: regionCircle(p.lng, p.lat, p.radiusKm!)
		}));
	return json({ type: 'FeatureCollection', features });
}
