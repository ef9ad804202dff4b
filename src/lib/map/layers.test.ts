import {
	createExpression,
	featureFilter,
	type LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { eventYears, overlaps, WHOLE_STORY } from '$lib/geo/time';
import {
	EVENT_SOURCE,
	eventLayers,
	eventRangeFilter,
	hideEvents,
	litLayers,
	OUT_OF_RANGE,
	rangeFilter
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

describe('events outside the years shown', () => {
	/** A map that records feature-state writes, with the event source present. */
	function recorder() {
		const writes: [string, boolean][] = [];
		const map = {
			getSource: (id: string) => (id === EVENT_SOURCE ? {} : undefined),
			setFeatureState: (target: { id: string }, state: Record<string, boolean>) =>
				writes.push([target.id, state[OUT_OF_RANGE]])
		};
		return { map: map as never, writes };
	}

	it('switches only the events whose side of the range changed', () => {
		const { map, writes } = recorder();
		hideEvents(map, new Set(['a', 'b']), new Set(['b', 'c']));
		expect(writes).toEqual([
			['a', false],
			['c', true]
		]);
	});
	it('does nothing when the hidden events are the same', () => {
		const { map, writes } = recorder();
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
