/**
 * The atlas's thematic layers as data: what each is called and where its features live. How
 * each looks on the map is in `src/lib/map/layers.ts`.
 */
import type { LayerId } from './types';

export interface LayerInfo {
	id: LayerId;
	/** The name readers see in the layer panel and hear from a screen reader. */
	name: string;
	/** The layer's GeoJSON under `static/`, or null for a layer drawn from the basemap. */
	file: string | null;
	/** One sentence on what the layer shows. */
	description: string;
}

export const LAYERS: readonly LayerInfo[] = [
	{
		id: 'bases',
		name: 'Russian bases',
		file: 'geo/layers/bases.geojson',
		description: 'The three sites of Russia’s 201st military base and the agreements behind them.'
	},
	{
		id: 'osce',
		name: 'OSCE offices',
		file: 'geo/layers/osce.geojson',
		description: 'The OSCE Centre in Dushanbe, its field offices and its staff college.'
	},
	{
		id: 'clashes',
		name: 'Clashes and security incidents',
		file: 'geo/layers/clashes.geojson',
		description: 'Attacks, clashes and arrests after the war.'
	},
	{
		id: 'peace',
		name: 'Peace process',
		file: 'geo/layers/peace.geojson',
		description: 'Ceasefire, UN observers, talks, the 1997 accord and its implementation.'
	},
	{
		id: 'border',
		name: 'Afghan border',
		file: null,
		description: 'The border between Tajikistan and Afghanistan.'
	}
];

/** The layers that have features of their own (all but the border line). */
export type EventLayerId = Exclude<LayerId, 'border'>;
export const EVENT_LAYERS = LAYERS.filter(
	(l): l is LayerInfo & { id: EventLayerId; file: string } => Boolean(l.file)
);

/** Layer info by id. */
export function layerInfo(id: LayerId): LayerInfo {
	const info = LAYERS.find((l) => l.id === id);
	if (!info) throw new Error(`unknown layer ${id}`);
	return info;
}
