import {
	createExpression,
	expression,
	featureFilter,
	latest
} from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { COLORS } from '$lib/geo/palette';
import { eventYears, overlaps, WHOLE_STORY } from '$lib/geo/time';
import {
	areaLayers,
	EVENT_MARKERS,
	EVENT_SOURCE,
	EVENT_STYLE_LAYERS,
	eventLayers,
	eventRangeFilter,
	featuredAreaLayers,
	featuredEventLayers,
	featuredPlaceLayers,
	flagChanges,
	hideEvents,
	isUndrawn,
	LAYER_OFF,
	litLayers,
	OUT_OF_RANGE,
	placeLayers,
	provideMarkerImages,
	rangeFilter,
	switchEventLayers
} from './layers';

/** Whether the map's filter for a layer keeps an event, as MapLibre evaluates it. */
function kept(range: { from: number; to: number }, start: string, end?: string): boolean {
	const filter = featureFilter(eventRangeFilter(range), 'layers[0].filter');
	const properties = { layer: 'osce', ...eventYears(start, end) };
	return filter.filter({ zoom: 8 }, { type: 1, properties, geometry: [] } as never);
}

describe('the time filter on the event layers', () => {
	it('is no filter for the whole story', () => {
		expect(rangeFilter(WHOLE_STORY)).toBeNull();
		expect(kept(WHOLE_STORY, '2008')).toBe(true);
	});
	it.each([
		[{ from: 2008, to: 2008 }, '2008', undefined],
		[{ from: 1997, to: 1997 }, '1994-12', '2000-05'],
		[{ from: 2000, to: 2005 }, '1995', '2017-07'],
		[{ from: 1997, to: 1999 }, '2003-02-27', '2017-07'],
		[{ from: 2010, to: 2012 }, '2009-05-27', undefined],
		[{ from: 1994, to: 1994 }, '1994-09-17', undefined],
		[{ from: 2013, to: 2017 }, '2012-10-01', undefined]
	])('agrees with overlaps() for %o and %s–%s', (range, start, end) => {
		expect(kept(range, start, end)).toBe(overlaps({ start, end }, range));
	});
	it('keeps every event layer’s events, but never a cluster', () => {
		const filter = featureFilter(eventRangeFilter({ from: 2008, to: 2008 }), 'layers[0].filter');
		const at = (properties: object) =>
			filter.filter({ zoom: 8 }, { type: 1, properties, geometry: [] } as never);
		for (const l of EVENT_LAYERS) expect(at({ layer: l.id, y0: 2008, y1: 2008 })).toBe(true);
		expect(at({ layer: 'clashes', y0: 2008, y1: 2008, point_count: 3 })).toBe(false);
	});
});

/** A map that records the writes of one feature-state flag (`key`), with the event source present. */
function recorder(key: string) {
	const writes: [string, boolean][] = [];
	const map = {
		getSource: (id: string) => (id === EVENT_SOURCE ? {} : undefined),
		setFeatureState: (target: { id: string }, state: Record<string, boolean>) =>
			writes.push([target.id, state[key]])
	};
	return { map: map as never, writes };
}

describe('events outside the years shown', () => {
	it('switches only the events whose side of the range changed', () => {
		const { map, writes } = recorder(OUT_OF_RANGE);
		hideEvents(map, new Set(['a', 'b']), new Set(['b', 'c']));
		expect(writes).toEqual([
			['a', false],
			['c', true]
		]);
	});
	it('does nothing when the hidden events are the same', () => {
		const { map, writes } = recorder(OUT_OF_RANGE);
		hideEvents(map, new Set(['a']), new Set(['a']));
		expect(writes).toEqual([]);
	});

	it('are not drawn, and their rings neither, as MapLibre evaluates the paint', () => {
		const opacity = (layer: LayerSpecification, property: string, state: object) => {
			const paint = (layer as { paint: Record<string, unknown> }).paint[property];
			const parsed = createExpression(paint, `layers[0].paint.${property}`);
			if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
			return parsed.value.evaluate({ zoom: 8 }, { type: 1, properties: {} } as never, state);
		};
		const marker = eventLayers().find((l) => l.id === EVENT_MARKERS)!;
		expect(opacity(marker, 'icon-opacity', {})).toBe(1);
		expect(opacity(marker, 'icon-opacity', { [OUT_OF_RANGE]: true })).toBe(0);
		const ring = litLayers()[0];
		expect(opacity(ring, 'icon-opacity', { lit: true })).toBe(1);
		expect(opacity(ring, 'icon-opacity', {})).toBe(0);
		expect(opacity(ring, 'icon-opacity', { lit: true, [OUT_OF_RANGE]: true })).toBe(0);
	});
});

describe('event layers switched off and on', () => {
	const byLayer = new Map([
		['bases', ['b1', 'b2']],
		['osce', ['o1']],
		['clashes', []],
		['peace', ['p1']]
	] as const);
	it('flags the events of the layers switched off, and unflags those switched on', () => {
		const { map, writes } = recorder(LAYER_OFF);
		switchEventLayers(map, byLayer, ['bases', 'osce', 'clashes', 'peace'], ['osce', 'border']);
		expect(writes.sort()).toEqual([
			['b1', true],
			['b2', true],
			['p1', true]
		]);
		writes.length = 0;
		switchEventLayers(map, byLayer, ['osce', 'border'], ['bases', 'osce']);
		expect(writes.sort()).toEqual([
			['b1', false],
			['b2', false]
		]);
	});
	it('writes nothing when the event layers shown are the same', () => {
		const { map, writes } = recorder(LAYER_OFF);
		switchEventLayers(map, byLayer, ['osce', 'border'], ['osce']);
		expect(writes).toEqual([]);
	});

	it('are not drawn, nor ringed, nor there for the pointer, as MapLibre evaluates the paint', () => {
		const marker = eventLayers().find((l) => l.id === EVENT_MARKERS)!;
		expect(paint(marker, 'icon-opacity', { [LAYER_OFF]: true })).toBe(0);
		expect(paint(marker, 'icon-opacity', { [LAYER_OFF]: false })).toBe(1);
		const lit = litLayers()[0];
		expect(paint(lit, 'icon-opacity', { lit: true, [LAYER_OFF]: true })).toBe(0);
		const ring = featuredEventLayers()[0];
		expect(paint(ring, 'icon-opacity', { featured: true, [LAYER_OFF]: true })).toBe(0);
		expect(paint(ring, 'icon-opacity', { featured: true })).toBe(1);
		expect(isUndrawn({ [LAYER_OFF]: true })).toBe(true);
		expect(isUndrawn({ [OUT_OF_RANGE]: true })).toBe(true);
		expect(isUndrawn({ [LAYER_OFF]: false, lit: true })).toBe(false);
		expect(isUndrawn(undefined)).toBe(false);
	});
});

describe('flagChanges: the featured marks from one chapter to the next', () => {
	it.each([
		[[], ['a', 'b'], ['a', 'b'], []],
		[['a', 'b'], [], [], ['a', 'b']],
		[['a', 'b'], ['b', 'c'], ['c'], ['a']],
		[['a', 'b'], ['b', 'a'], [], []],
		[['a', 'a'], ['b', 'b'], ['b'], ['a']]
	])('from %j to %j switches on %j and off %j', (previous, next, on, off) => {
		expect(flagChanges(previous, next)).toEqual({ on, off });
	});
});

/** A paint or layout property of a style layer, evaluated by MapLibre's own code at zoom 8. */
function evaluate(
	kind: 'paint' | 'layout',
	layer: LayerSpecification,
	property: string,
	state: Record<string, boolean>,
	properties: Record<string, unknown>
) {
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
		`${kind}_${layer.type}`
	][property];
	const value = (layer[kind] as Record<string, unknown>)[property];
	const parsed = expression.createPropertyExpression(value, property, spec as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const feature = { type: 1, properties, geometry: [] } as never;
	return parsed.value.evaluate({ zoom: 8 }, feature, state);
}

/** A paint property of a style layer for a feature state (and the feature's properties). */
const paint = (
	layer: LayerSpecification,
	property: string,
	state: Record<string, boolean>,
	properties: Record<string, unknown> = { precision: 'centre' }
) => evaluate('paint', layer, property, state, properties);

/** A layout property of a style layer for a feature's properties. */
const layout = (layer: LayerSpecification, property: string, properties: Record<string, unknown>) =>
	evaluate('layout', layer, property, {}, properties);

describe('the featured marks', () => {
	const ring = featuredEventLayers()[0];
	const dot = featuredPlaceLayers()[0];
	const [wash, edge, band] = featuredAreaLayers();

	it.each([
		[{}, 0],
		[{ featured: false }, 0],
		[{ featured: true }, 1],
		[{ featured: true, lit: true }, 1],
		// Out of the years shown: neither marker nor ring, featured or not.
		[{ featured: true, outOfRange: true }, 0],
		[{ outOfRange: true }, 0]
	])('ring an event marker with state %j at opacity %d', (state, opacity) => {
		expect(paint(ring, 'icon-opacity', state)).toBe(opacity);
	});

	it('show for a featured place or area only, whatever else is set', () => {
		const states: Record<string, boolean>[] = [{}, { selected: true }, { hover: true }];
		for (const state of states) {
			expect(paint(dot, 'circle-opacity', state)).toBe(0);
			expect(paint(wash, 'fill-opacity', state)).toBe(0);
			expect(paint(band, 'line-opacity', state)).toBe(0);
			expect(paint(edge, 'line-opacity', state)).toBe(0);
			const on = { ...state, featured: true };
			expect(paint(dot, 'circle-opacity', on)).toBe(1);
			expect(paint(wash, 'fill-opacity', on)).toBeGreaterThan(0);
			expect(paint(band, 'line-opacity', on)).toBe(1);
			expect(paint(edge, 'line-opacity', on)).toBe(1);
		}
	});

	it('are yellow edged in dark, not the colours of the selected or hovered place', () => {
		const colour = (l: LayerSpecification, p: string) =>
			String((l.paint as Record<string, unknown>)[p]);
		const image = images().get(String(ring.layout?.['icon-image' as never]))!;
		expect(ringColours(image)).toEqual({ inside: COLORS.featured, edge: COLORS.placeLine });
		expect(colour(dot, 'circle-color')).toBe(COLORS.featured);
		expect(colour(dot, 'circle-stroke-color')).toBe(COLORS.placeLine);
		expect(colour(band, 'line-color')).toBe(COLORS.featured);
		expect(colour(edge, 'line-color')).toBe(COLORS.placeLine);
		expect(COLORS.featured).not.toBe(COLORS.selected);
		expect(COLORS.featured).not.toBe(COLORS.hovered);
	});

	it('ring a place wider than its selected dot, so a featured place chosen keeps its ring', () => {
		const points = placeLayers()[0];
		const selected = paint(points, 'circle-radius', { selected: true }) as number;
		const stroke = paint(points, 'circle-stroke-width', { selected: true }) as number;
		expect(paint(dot, 'circle-radius', { featured: true })).toBeGreaterThan(selected + stroke / 2);
	});

	it('show a featured country-sized region’s outline, hidden otherwise', () => {
		const outline = areaLayers()[1];
		const country = { radiusKm: 650 };
		expect(paint(outline, 'line-opacity', {}, country)).toBe(0);
		expect(paint(outline, 'line-opacity', { featured: true }, country)).toBe(1);
	});
});

describe('the markers of a clustered source (thousands of events)', () => {
	const dense = eventLayers({ clustered: true });
	const dots = dense.find((l) => l.id === EVENT_MARKERS)!;

	it('are dots of each layer’s colour in the markers’ style layer; unclustered, icons', () => {
		expect(dots.type).toBe('circle');
		for (const layer of EVENT_LAYERS) {
			expect(paint(dots, 'circle-color', {}, { layer: layer.id })).toEqual(
				parseColour(layer.color)
			);
		}
		expect(eventLayers().find((l) => l.id === EVENT_MARKERS)!.type).toBe('symbol');
	});

	it('come after the clusters and never draw one', () => {
		const ids = dense.map((l) => l.id);
		expect(ids.indexOf('events-clusters')).toBeLessThan(ids.indexOf(EVENT_MARKERS));
		const filter = featureFilter((dots as { filter?: FilterSpecification }).filter, 'f');
		const at = (properties: object) =>
			filter.filter({ zoom: 10 }, { type: 1, properties, geometry: [] } as never);
		expect(at({ layer: 'clashes' })).toBe(true);
		expect(at({ layer: 'clashes', point_count: 12 })).toBe(false);
	});

	it.each([
		[{}, 1],
		[{ [OUT_OF_RANGE]: true }, 0],
		[{ [LAYER_OFF]: true }, 0]
	])('with state %j are drawn at opacity %d, dot and edge', (state, opacity) => {
		expect(paint(dots, 'circle-opacity', state)).toBe(opacity);
		expect(paint(dots, 'circle-stroke-opacity', state)).toBe(opacity);
	});
});

/** The images the map is given when each of the style's icons is missing, by name. */
function images(): Map<string, { width: number; height: number; data: Uint8ClampedArray }> {
	const added = new Map<string, { width: number; height: number; data: Uint8ClampedArray }>();
	let resolve: (id: string) => void = () => undefined;
	const map = {
		setMissingStyleImageResolver: (f: typeof resolve) => (resolve = f),
		hasImage: (id: string) => added.has(id),
		addImage: (id: string, image: { width: number; height: number; data: Uint8ClampedArray }) =>
			added.set(id, image)
	};
	// At two device pixels per CSS pixel, as on most phones: the rings' edges are 3 and 6 pixels.
	vi.stubGlobal('devicePixelRatio', 2);
	provideMarkerImages(map as never);
	const names = [...EVENT_LAYERS.map((l) => `marker-${l.id}`), 'ring-lit', 'ring-featured'];
	for (const id of [...names, 'no-such-icon']) resolve(id);
	vi.unstubAllGlobals();
	return added;
}

/** A colour as `#rrggbb`, from a pixel of an image. */
function hexAt(image: { width: number; data: Uint8ClampedArray }, x: number, y: number): string {
	const i = (y * image.width + x) * 4;
	return `#${[0, 1, 2].map((k) => image.data[i + k].toString(16).padStart(2, '0')).join('')}`;
}

/** A ring image's colour at its centre and on its edge (the first opaque pixel from the left). */
function ringColours(image: { width: number; height: number; data: Uint8ClampedArray }) {
	const y = Math.floor(image.height / 2);
	let x = 0;
	while (image.data[(y * image.width + x) * 4 + 3] < 255) x++;
	return { inside: hexAt(image, Math.floor(image.width / 2), y), edge: hexAt(image, x, y) };
}

/** A `#rrggbb` colour as MapLibre's style code parses it. */
function parseColour(hex: string) {
	const parsed = expression.createPropertyExpression(hex, 'circle-color', {
		type: 'color'
	} as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom: 0 });
}

describe('the event markers and their rings, one style layer each for every event layer', () => {
	const [marker] = eventLayers();
	const [lit] = litLayers();
	const [featured] = featuredEventLayers();

	it('are three style layers on the event source: featured rings, lit ring, markers', () => {
		const layers = [...featuredEventLayers(), ...litLayers(), ...eventLayers()];
		expect(layers.map((l) => l.id)).toEqual([
			EVENT_STYLE_LAYERS.featured,
			EVENT_STYLE_LAYERS.lit,
			EVENT_STYLE_LAYERS.markers
		]);
		for (const l of layers) expect((l as { source: string }).source).toBe(EVENT_SOURCE);
	});

	it.each(EVENT_LAYERS.map((l) => [l.id, l]))(
		'draw a %s event with its layer’s icon, its rings and the icon at the layer’s offset',
		(_, l) => {
			const properties = { layer: l.id };
			expect(layout(marker, 'icon-image', properties).toString()).toBe(`marker-${l.id}`);
			for (const layer of [marker, lit, featured]) {
				expect(layout(layer, 'icon-offset', properties)).toEqual([...l.offset]);
			}
		}
	);

	it('are given an image for every icon they name, and none for a name they do not', () => {
		const added = images();
		expect([...added.keys()].sort()).toEqual(
			[...EVENT_LAYERS.map((l) => `marker-${l.id}`), 'ring-lit', 'ring-featured'].sort()
		);
		expect(String(lit.layout?.['icon-image' as never])).toBe('ring-lit');
		expect(String(featured.layout?.['icon-image' as never])).toBe('ring-featured');
	});

	it('ring the lit marker in the selected colour, the featured one wider, in yellow', () => {
		const added = images();
		const litRing = added.get('ring-lit')!;
		const featuredRing = added.get('ring-featured')!;
		expect(ringColours(litRing)).toEqual({ inside: COLORS.halo, edge: COLORS.selected });
		expect(featuredRing.width).toBeGreaterThan(litRing.width);
		// Each ring is wider than the marker it sits under.
		expect(litRing.width).toBeGreaterThan(added.get('marker-osce')!.width);
	});
});
