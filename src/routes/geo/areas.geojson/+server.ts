import { json } from '@sveltejs/kit';
import { areas } from '$lib/server/views';

export const prerender = true;

/**
 * The areas of the places known only to a region, as circles of their radius on the sphere:
 * made once at build time, fetched by the map like any other data file, and drawn the same in
 * the static maps.
 */
export function GET() {
	return json(areas());
}
