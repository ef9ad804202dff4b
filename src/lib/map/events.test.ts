import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { layout, paint } from '../../../tests/fixtures/style-expression';
import {
	EVENT_MARKERS,
	EVENT_STYLE_LAYERS,
	eventLayers,
	featuredEventLayers,
	hoveredEventLayers
} from './events';
import { LAYER_OFF, OUT_OF_RANGE } from './feature-state';
import { EVENT_SOURCE } from './sources';

const [marker] = eventLayers();
const [hovered] = hoveredEventLayers();
const [featured] = featuredEventLayers();

const opacity = (layer: LayerSpecification, state: Record<string, boolean>) =>
	paint(layer, 'icon-opacity', state, { layer: 'osce' });

describe('the event markers and their rings, one style layer each for every event layer', () => {
	it('are three style layers on the event source: featured rings, hovered ring, markers', () => {
		const layers = [...featuredEventLayers(), ...hoveredEventLayers(), ...eventLayers()];
		expect(layers.map((l) => l.id)).toEqual([
			EVENT_STYLE_LAYERS.featured,
			EVENT_STYLE_LAYERS.hovered,
			EVENT_STYLE_LAYERS.markers
		]);
		expect(marker.id).toBe(EVENT_MARKERS);
		for (const l of layers) expect((l as { source: string }).source).toBe(EVENT_SOURCE);
	});

	it.each(EVENT_LAYERS.map((l) => [l.id, l]))(
		'draw a %s event with its layer’s icon, its rings and the icon at the layer’s offset',
		(_, l) => {
			const properties = { layer: l.id };
			expect(layout(marker, 'icon-image', properties)?.toString()).toBe(`marker-${l.id}`);
			for (const layer of [marker, hovered, featured]) {
				expect(layout(layer, 'icon-offset', properties)).toEqual([...l.offset]);
			}
		}
	);

	it('name the rings’ icons', () => {
		expect(String(hovered.layout?.['icon-image' as never])).toBe('ring-hovered');
		expect(String(featured.layout?.['icon-image' as never])).toBe('ring-featured');
	});
});

describe('a marker outside the years shown, or in a layer switched off', () => {
	it.each([
		[{}, 1],
		[{ [OUT_OF_RANGE]: false, [LAYER_OFF]: false }, 1],
		[{ [OUT_OF_RANGE]: true }, 0],
		[{ [LAYER_OFF]: true }, 0]
	])('with state %j is drawn at opacity %d', (state, expected) => {
		expect(opacity(marker, state)).toBe(expected);
	});

	it('keeps neither its hovered ring nor its chapter’s ring', () => {
		expect(opacity(hovered, { hover: true })).toBe(1);
		expect(opacity(hovered, {})).toBe(0);
		expect(opacity(hovered, { hover: true, [OUT_OF_RANGE]: true })).toBe(0);
		expect(opacity(hovered, { hover: true, [LAYER_OFF]: true })).toBe(0);
		expect(opacity(featured, { featured: true, [LAYER_OFF]: true })).toBe(0);
	});
});

describe('the chapter’s rings under the markers', () => {
	it.each([
		[{}, 0],
		[{ featured: false }, 0],
		[{ featured: true }, 1],
		[{ featured: true, hover: true }, 1],
		[{ featured: true, outOfRange: true }, 0],
		[{ outOfRange: true }, 0]
	])('ring an event marker with state %j at opacity %d', (state, expected) => {
		expect(opacity(featured, state)).toBe(expected);
	});
});
