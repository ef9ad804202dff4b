/**
 * The map view in the URL hash, `#map=zoom/lat/lng`, as openstreetmap.org and MapLibre's own
 * `hash` option write it. Pure, so it is table-tested (hash.test.ts beside it); the URL's schema
 * (url.ts) uses it.
 */
// Relative, not $lib: a plain module that Node imports without Vite's aliases (tsx, Playwright).
import { MAX_LAT, MAX_ZOOM, MIN_ZOOM, type MapView } from '../geo/camera';

export type { MapView };

/** The hash parameter that holds the view; other `&`-separated parameters are left alone. */
export const HASH_KEY = 'map';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function parseNumber(text: string): number | null {
	// Number('') is 0 and Number('1e3') is 1000: accept plain decimals only.
	return NUMBER.test(text) ? Number(text) : null;
}

/**
 * Reads the view from a location hash (`#map=7/38.5/68.8`, with or without the `#`, possibly among
 * other `&`-separated parameters). Returns null when the part is absent or malformed, including
 * out-of-range values: a malformed hash is ignored, never clamped into a view nobody sent.
 */
export function parseHash(hash: string): MapView | null {
	const params = hash.replace(/^#/, '').split('&');
	const entry = params.find((p) => p.startsWith(`${HASH_KEY}=`));
	if (!entry) return null;
	let value: string;
	try {
		value = decodeURIComponent(entry.slice(HASH_KEY.length + 1));
	} catch {
		return null;
	}
	const parts = value.split('/');
	if (parts.length !== 3) return null;
	const [zoom, lat, lng] = parts.map(parseNumber);
	if (zoom === null || lat === null || lng === null) return null;
	if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
	if (Math.abs(lat) > MAX_LAT || Math.abs(lng) > 180) return null;
	return { zoom, lat, lng };
}

/**
 * Decimals for the centre at a zoom: enough to place the view to about a pixel, as in
 * maplibre-gl-js `src/ui/hash.ts` (a 512 px world at zoom 0, so ½° per pixel there).
 */
export function precisionForZoom(zoom: number): number {
	return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

function fixed(value: number, decimals: number): string {
	const f = 10 ** decimals;
	// `+ 0` so that a rounded -0 prints as 0.
	return String(Math.round(value * f) / f + 0);
}

/** Writes a view as the hash parameter's value, e.g. `7/38.5/68.8`. */
export function formatView(view: MapView): string {
	const p = precisionForZoom(view.zoom);
	return `${fixed(view.zoom, 2)}/${fixed(view.lat, p)}/${fixed(view.lng, p)}`;
}

/**
 * Returns `hash` with the view set, keeping any other parameters in it and their order.
 * The result starts with `#`.
 */
export function writeHash(hash: string, view: MapView): string {
	const params = hash
		.replace(/^#/, '')
		.split('&')
		.filter((p) => p !== '');
	const entry = `${HASH_KEY}=${formatView(view)}`;
	const i = params.findIndex((p) => p.startsWith(`${HASH_KEY}=`));
	if (i === -1) params.push(entry);
	else params[i] = entry;
	return `#${params.join('&')}`;
}
