/**
 * The one map, shared through Svelte context (as svelte-maplibre-gl's `MapContext`): the root
 * layout creates it once and every route reads it from here, so navigation never rebuilds it.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('atlas-map');

export class AtlasMapContext {
	/** The MapLibre map once created; raw, since MapLibre mutates it itself. */
	map = $state.raw<MapLibreMap | null>(null);
	/** True once the style has loaded and the atlas's own layers are in it. */
	styled = $state(false);
	/** True after the style and the first frame of every source have loaded. */
	ready = $state(false);
	/** Set when the browser cannot give the map a WebGL context; the page works on without it. */
	failed = $state<string | null>(null);
}

/** Creates the context in the root layout. */
export function provideAtlasMap(): AtlasMapContext {
	return setContext(KEY, new AtlasMapContext());
}

/** Reads the context in any component below the root layout. */
export function useAtlasMap(): AtlasMapContext {
	const ctx = getContext<AtlasMapContext | undefined>(KEY);
	if (!ctx) throw new Error('useAtlasMap() needs the root layout’s provideAtlasMap()');
	return ctx;
}
