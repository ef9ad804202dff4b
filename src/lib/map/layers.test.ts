import {
	createExpression,
	expression,
	featureFilter,
	latest
} from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { COLORS } from '$lib/geo/palette';
import { eventYears, overlaps, WHOLE_STORY } from '$lib/geo/time';
import {
	areaLayers,
	EVENT_SOURCE,
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
	rangeFilter,
	switchEventLayers
} from './layers';

/** Whether the map's filter for a layer keeps an event, as MapLibre evaluates it. */
function kept(range: { from: number; to: number }, start: string, end?: string): boolean {
	const filter = featureFilter(eventRangeFilter('osce', range), 'layers[0].filter');
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
	it('keeps only its own layer', () => {
		const filter = featureFilter(
			eventRangeFilter('osce', { from: 2008, to: 2008 }),
			'layers[0].filter'
		);
		const properties = { layer: 'bases', y0: 2008, y1: 2008 };
		expect(filter.filter({ zoom: 8 }, { type: 1, properties, geometry: [] } as never)).toBe(false);
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
		const marker = eventLayers().find((l) => l.id === 'events-osce')!;
		expect(opacity(marker, 'icon-opacity', {})).toBe(1);
		expect(opacity(marker, 'icon-opacity', { [OUT_OF_RANGE]: true })).toBe(0);
		const ring = litLayers().find((l) => l.id === 'events-osce-lit')!;
		expect(opacity(ring, 'circle-opacity', { lit: true })).toBe(1);
		expect(opacity(ring, 'circle-opacity', { lit: true, [OUT_OF_RANGE]: true })).toBe(0);
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
		const marker = eventLayers().find((l) => l.id === 'events-osce')!;
		expect(paint(marker, 'icon-opacity', { [LAYER_OFF]: true })).toBe(0);
		expect(paint(marker, 'icon-opacity', { [LAYER_OFF]: false })).toBe(1);
		const lit = litLayers().find((l) => l.id === 'events-osce-lit')!;
		expect(paint(lit, 'circle-opacity', { lit: true, [LAYER_OFF]: true })).toBe(0);
		const ring = featuredEventLayers().find((l) => l.id === 'events-osce-featured')!;
		expect(paint(ring, 'circle-opacity', { featured: true, [LAYER_OFF]: true })).toBe(0);
		expect(paint(ring, 'circle-opacity', { featured: true })).toBe(1);
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

/** A paint property of a style layer, evaluated by MapLibre's own code for a feature state. */
function paint(
	layer: LayerSpecification,
	property: string,
	state: Record<string, boolean>,
	properties: Record<string, unknown> = { precision: 'centre' }
) {
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
		`paint_${layer.type}`
	][property];
	const value = (layer.paint as Record<string, unknown>)[property];
	const parsed = expression.createPropertyExpression(value, property, spec as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const feature = { type: 1, properties, geometry: [] } as never;
	return parsed.value.evaluate({ zoom: 8 }, feature, state);
}

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
		expect(paint(ring, 'circle-opacity', state)).toBe(opacity);
		expect(paint(ring, 'circle-stroke-opacity', state)).toBe(opacity);
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
		expect(colour(ring, 'circle-color')).toBe(COLORS.featured);
		expect(colour(ring, 'circle-stroke-color')).toBe(COLORS.placeLine);
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
	const marker = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id)!;

	it('are dots of each layer’s colour under the same style layer ids; unclustered, icons', () => {
		for (const layer of EVENT_LAYERS) {
			const id = `events-${layer.id}`;
			const dot = marker(dense, id);
			expect(dot.type).toBe('circle');
			expect((dot.paint as Record<string, unknown>)['circle-color']).toBe(layer.color);
			expect(marker(eventLayers(), id).type).toBe('symbol');
		}
	});

	it('come after the clusters and never draw one', () => {
		const ids = dense.map((l) => l.id);
		expect(ids.indexOf('events-clusters')).toBeLessThan(ids.indexOf('events-clashes'));
		const dots = marker(dense, 'events-clashes') as { filter?: FilterSpecification };
		const filter = featureFilter(dots.filter, 'layers[0].filter');
		const at = (properties: object) =>
			filter.filter({ zoom: 10 }, { type: 1, properties, geometry: [] } as never);
		expect(at({ layer: 'clashes' })).toBe(true);
		expect(at({ layer: 'clashes', point_count: 12 })).toBe(false);
		expect(at({ layer: 'osce' })).toBe(false);
	});

	it.each([
		[{}, 1],
		[{ [OUT_OF_RANGE]: true }, 0],
		[{ [LAYER_OFF]: true }, 0]
	])('with state %j are drawn at opacity %d, dot and edge', (state, opacity) => {
		const dot = marker(dense, 'events-clashes');
		expect(paint(dot, 'circle-opacity', state)).toBe(opacity);
		expect(paint(dot, 'circle-stroke-opacity', state)).toBe(opacity);
	});
});
