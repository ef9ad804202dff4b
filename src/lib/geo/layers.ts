/**
 * The atlas's thematic layers: one record each, and nothing about a layer anywhere else. The
 * layer panel, the legend, `?layers=`, the validation, the map's style layers and markers, the
 * static map, the timeline (a row per event layer, and its height) and the lists all read this
 * registry. Adding a layer is one record here and one data file under `static/geo/layers/`
 * (tests/unit/fifth-layer.test.ts adds one). Its record needs a colour, a shape and an offset no
 * other layer has: `SHAPES` (shapes.ts) keeps a shape to spare, and a new shape is one entry
 * there.
 */
import type { ShapeName } from './shapes';

/**
 * How a layer is drawn: an event layer's markers take a shape of `SHAPES` (shapes.ts), one per
 * layer, which keeps the layers apart for readers who cannot tell colours; a line layer is a line.
 */
export type Shape = ShapeName | 'line';

/** One layer's record: everything the atlas knows about a layer. */
export interface LayerRecord {
	/** The layer's id in URLs (`?layers=bases`) and in the data. */
	id: string;
	/** The name readers see in the layer panel and hear from a screen reader. */
	name: string;
	/** The layer's GeoJSON under `static/`, or null for a layer drawn from the basemap. */
	file: string | null;
	/** One sentence on what the layer shows. */
	description: string;
	/** Okabe–Ito colours, safe for colour-blind readers. */
	color: string;
	/** The shape of its markers, in the legend, on the maps and on the timeline. */
	shape: Shape;
	/** The markers in words, for the map's description: "blue squares". */
	legend: string;
	/**
	 * Where the layer's marker sits around its place, in pixels, so that the layers at one town
	 * stay apart and the town's own dot stays clickable. Null for a line layer.
	 */
	offset: readonly [number, number] | null;
	/**
	 * The map style's layers that draw this layer alone, shown and hidden by their visibility: the
	 * border's lines. An event layer names none: the markers of all event layers are one style
	 * layer, and a layer's own are switched by feature state (src/lib/map/feature-state.ts).
	 */
	styleLayers: readonly string[];
}

/** The registry: every layer, in the layer panel's order (which is the order of `?layers=`). */
export const LAYERS = [
	{
		id: 'bases',
		legend: 'blue squares',
		name: 'Russian bases',
		file: 'geo/layers/bases.geojson',
		description: 'The three sites of Russia’s 201st military base and the agreements behind them.',
		color: '#0072B2',
		shape: 'square',
		offset: [-14, -14],
		styleLayers: []
	},
	{
		id: 'osce',
		legend: 'green diamonds',
		name: 'OSCE offices',
		file: 'geo/layers/osce.geojson',
		description: 'The OSCE Centre in Dushanbe, its field offices and its staff college.',
		color: '#009E73',
		shape: 'diamond',
		offset: [14, -14],
		styleLayers: []
	},
	{
		id: 'clashes',
		legend: 'orange triangles',
		name: 'Clashes and security incidents',
		file: 'geo/layers/clashes.geojson',
		description: 'Attacks, clashes and arrests after the war.',
		color: '#D55E00',
		shape: 'triangle',
		offset: [-14, 14],
		styleLayers: []
	},
	{
		id: 'peace',
		legend: 'pink circles',
		name: 'Peace process',
		file: 'geo/layers/peace.geojson',
		description: 'Ceasefire, UN observers, talks, the 1997 accord and its implementation.',
		color: '#CC79A7',
		shape: 'circle',
		offset: [14, 14],
		styleLayers: []
	},
	{
		id: 'border',
		legend: 'a red dashed line',
		name: 'Afghan border',
		file: null,
		description: 'The border between Tajikistan and Afghanistan.',
		color: '#b3261e',
		shape: 'line',
		offset: null,
		styleLayers: ['afghan-border', 'afghan-border-casing']
	}
] as const satisfies readonly LayerRecord[];

/** A layer's record, as typed from the registry. */
export type Layer = (typeof LAYERS)[number];
/** A layer's id. */
export type LayerId = Layer['id'];
/** The layers that have features of their own (all but the border line). */
export type EventLayer = Extract<Layer, { file: string }>;
/** An event layer's id. */
export type EventLayerId = EventLayer['id'];

/** Layer ids in the panel's order. */
export const LAYER_IDS: readonly LayerId[] = LAYERS.map((l) => l.id);

/** The event layers, in the registry's order: the timeline's rows, the data's files. */
export const EVENT_LAYERS: readonly EventLayer[] = LAYERS.filter(
	(l): l is EventLayer => l.file !== null
);

/** The record of a layer. */
export function layerInfo<I extends LayerId>(id: I): Extract<Layer, { id: I }> {
	return LAYERS.find((l) => l.id === id) as Extract<Layer, { id: I }>;
}
