/**
 * The layers shown, in the URL query as `?layers=bases,osce`. Pure and table-tested
 * (layers.test.ts beside it), like the hash codec; the URL's schema (url.ts) uses it.
 */
// Relative, not $lib: a plain module that Node imports without Vite's aliases (tsx, Playwright).
import { LAYER_IDS, type LayerId } from '../geo/layers';

export const LAYERS_KEY = 'layers';

/** What a reader sees without a `layers` parameter: every layer. */
export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS;

/** A parameter longer than every layer name together is not a list of layers. */
const MAX_PARAM = 200;

/**
 * The layers a query asks for, in the panel's order. Unknown names are ignored and the rest
 * apply; a parameter naming no known layer at all (or repeated, or absurdly long) is malformed
 * and gives the default. An empty parameter (`?layers=`) means no layer: that is what a reader
 * who switched them all off shares.
 */
export function parseLayers(search: URLSearchParams): LayerId[] {
	const values = search.getAll(LAYERS_KEY);
	if (values.length !== 1) return [...DEFAULT_LAYERS];
	const value = values[0];
	if (value.trim() === '') return [];
	if (value.length > MAX_PARAM) return [...DEFAULT_LAYERS];
	const asked = new Set(value.split(',').map((v) => v.trim().toLowerCase()));
	const known = LAYER_IDS.filter((id) => asked.has(id));
	return known.length ? known : [...DEFAULT_LAYERS];
}

/** The parameter's value for a set of layers, or null when it is the default (no parameter). */
export function formatLayers(layers: Iterable<LayerId>): string | null {
	const set = new Set(layers);
	const ordered = LAYER_IDS.filter((id) => set.has(id));
	if (ordered.length === DEFAULT_LAYERS.length) return null;
	return ordered.join(',');
}

/** `search` with the layers parameter set for `layers` (removed when they are the default). */
export function writeLayers(search: string, layers: Iterable<LayerId>): string {
	const params = new URLSearchParams(search);
	params.delete(LAYERS_KEY);
	const value = formatLayers(layers);
	if (value !== null) params.set(LAYERS_KEY, value);
	// Commas are safe in a query; keep them readable in shared links.
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
