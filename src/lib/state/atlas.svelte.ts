/**
 * The explorer's shared state in the browser: which layers are shown, which place the keyboard
 * or pointer is on, and the message for the polite live region. The URL is the truth for layers
 * (`?layers=`); this mirrors it so that the panel and the map react together.
 */
import { getContext, setContext } from 'svelte';
import type { LayerId } from '$lib/geo/types';
import type { PlaceSummary } from '$lib/geo/summary';
import { resolve } from '$app/paths';
import { DEFAULT_LAYERS, writeLayers } from './layers';

const KEY = Symbol('atlas-state');

export class AtlasState {
	/** Layers shown, in panel order. */
	layers = $state<LayerId[]>([...DEFAULT_LAYERS]);
	/** Slug of the place highlighted from the list or under the pointer. */
	highlight = $state<string | null>(null);
	/** The last change worth announcing to screen readers ("Russian bases hidden"). */
	message = $state('');
	/** Every place in brief, from the root layout's data. */
	places: PlaceSummary[];

	constructor(places: PlaceSummary[]) {
		this.places = places;
	}

	/** Whether a layer is shown. */
	shows(id: LayerId): boolean {
		return this.layers.includes(id);
	}

	/** The link to a place's page, carrying the layers shown so that the view survives it. */
	placeHref(slug: string): string {
		return resolve('/place/[slug]', { slug }) + writeLayers('', this.layers);
	}

	/** A place in brief by slug. */
	place(slug: string | undefined): PlaceSummary | undefined {
		return this.places.find((p) => p.slug === slug);
	}
}

/** Creates the state in the root layout. */
export function provideAtlasState(places: PlaceSummary[]): AtlasState {
	return setContext(KEY, new AtlasState(places));
}

/** Reads the state anywhere below the root layout. */
export function useAtlasState(): AtlasState {
	const state = getContext<AtlasState | undefined>(KEY);
	if (!state) throw new Error('useAtlasState() needs the root layout’s provideAtlasState()');
	return state;
}
