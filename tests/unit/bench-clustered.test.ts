/**
 * The scale page's clustered events (bench/pages/scale/clustered.ts): the benchmark measures the
 * atlas's map at 100,000 events with these layers and this time filter, so they must draw and
 * filter the events as the atlas's own markers do.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { eventYears, overlaps, WHOLE_STORY } from '$lib/geo/time';
import { EVENT_MARKERS, EVENT_STYLE_LAYERS } from '$lib/map/events';
import { LAYER_OFF, OUT_OF_RANGE } from '$lib/map/feature-state';
import { EVENT_SOURCE } from '$lib/map/sources';
import {
	addClusteredEvents,
	clusteredEventLayers,
	EVENT_SOURCE_LAYERS,
	eventRangeFilter,
	filterEvents,
	rangeFilter
} from '../../bench/pages/scale/clustered';
import { fakeMap } from '../fixtures/fake-map';
import { drawsFeature, keeps, paint, parseColour } from '../fixtures/style-expression';

/** Whether the filter for a range keeps an event of these years. */
function kept(range: { from: number; to: number }, start: string, end?: string): boolean {
	return keeps(eventRangeFilter(range), { layer: 'clashes', ...eventYears(start, end) });
}

describe('the time filter on the clustered events', () => {
	it('is no time filter for the whole story', () => {
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
		const filter = eventRangeFilter({ from: 2008, to: 2008 });
		for (const l of EVENT_LAYERS)
			expect(keeps(filter, { layer: l.id, y0: 2008, y1: 2008 })).toBe(true);
		expect(keeps(filter, { layer: 'clashes', y0: 2008, y1: 2008, point_count: 3 })).toBe(false);
		expect(keeps(eventRangeFilter(WHOLE_STORY), { layer: 'clashes', point_count: 3 })).toBe(false);
	});
	it('is set on the event style layers the map has, and on no other', () => {
		const m = fakeMap({ layers: [EVENT_MARKERS, 'events-clusters'] });
		filterEvents(m.map, { from: 2000, to: 2001 });
		expect(m.writes.map((w) => w.slice(0, 2))).toEqual([['setFilter', EVENT_MARKERS]]);
	});
});

describe('the markers of a clustered source (thousands of events)', () => {
	const dense = clusteredEventLayers();
	const dots = dense.find((l) => l.id === EVENT_MARKERS)!;

	it('are dots of each layer’s colour in the atlas’s markers’ style layer', () => {
		expect(dots.type).toBe('circle');
		for (const layer of EVENT_LAYERS) {
			expect(paint(dots, 'circle-color', {}, { layer: layer.id })).toEqual(
				parseColour(layer.color)
			);
		}
	});

	it('come after the clusters and never draw one', () => {
		const ids = dense.map((l) => l.id);
		expect(ids.indexOf('events-clusters')).toBeLessThan(ids.indexOf(EVENT_MARKERS));
		expect(drawsFeature(dots, { layer: 'clashes' })).toBe(true);
		expect(drawsFeature(dots, { layer: 'clashes', point_count: 12 })).toBe(false);
		const [circles, counts] = dense;
		expect(drawsFeature(circles, { point_count: 12 })).toBe(true);
		expect(drawsFeature(counts, { layer: 'clashes' })).toBe(false);
	});

	it.each([
		[{}, 1],
		[{ [OUT_OF_RANGE]: true }, 0],
		[{ [LAYER_OFF]: true }, 0]
	])('with state %j are drawn at opacity %d, dot and edge', (state, opacity) => {
		expect(paint(dots, 'circle-opacity', state)).toBe(opacity);
		expect(paint(dots, 'circle-stroke-opacity', state)).toBe(opacity);
	});

	it('read vector tiles from their source layer', () => {
		for (const layer of clusteredEventLayers('clashes')) {
			expect(layer).toMatchObject({ source: EVENT_SOURCE, 'source-layer': 'clashes' });
		}
		for (const layer of dense) expect('source-layer' in layer).toBe(false);
	});

	it('are added with their source, and counted by the page’s probe', () => {
		const m = fakeMap();
		addClusteredEvents(m.map, { type: 'geojson', data: 'x', cluster: true });
		expect(m.sources).toEqual(new Set([EVENT_SOURCE]));
		expect(m.layers).toEqual(dense.map((l) => l.id));
		for (const id of m.layers) expect(EVENT_SOURCE_LAYERS).toContain(id);
		for (const id of Object.values(EVENT_STYLE_LAYERS)) expect(EVENT_SOURCE_LAYERS).toContain(id);
	});
});
