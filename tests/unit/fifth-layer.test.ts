/**
 * Adding an event layer is its data file and one record of the registry. Here the registry has
 * a fifth event layer (a mock of `$lib/geo/layers`: the real records and one more, in the shape
 * no layer uses yet) and its data file is a fixture; everything that the atlas derives from the
 * registry must handle it with no other change: loading and validating its file, the events in
 * brief and the legend's counts, `?layers=`, the legend's swatch, the timeline's rows and reserved
 * height, the map style's markers and their pixels, and the static map's markers.
 */
import { readFileSync } from 'node:fs';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import LayerSwatch from '$lib/components/LayerSwatch.svelte';
import StaticMap from '$lib/components/StaticMap.svelte';
import TimelineBox from '$lib/components/TimelineBox.svelte';
import { trackGeometry } from '$lib/components/timeline-scale';
import { loadAtlas, AtlasDataError, type AtlasInput } from '$lib/content/atlas';
import { HOME_CAMERA } from '$lib/geo/camera';
import { EVENT_LAYERS, LAYER_IDS, LAYERS, layerInfo, type LayerId } from '$lib/geo/layers';
import { markerImage } from '$lib/geo/markers';
import { shapePath, SWATCH } from '$lib/geo/shapes';
import { eventSummaries, layerCounts, type EventSummary } from '$lib/geo/summary';
import { atlasStyle } from '$lib/map/style';
import { DEFAULT_LAYERS, formatLayers, parseLayers } from '$lib/state/layers';
import { realAtlasInput } from '../fixtures/real-atlas';

const FIFTH = vi.hoisted(
	() =>
		({
			id: 'refugees',
			legend: 'amber crosses',
			name: 'Refugee returns',
			file: 'geo/layers/refugees.geojson',
			description: 'Where refugees went home after the accord.',
			color: '#E69F00',
			shape: 'cross',
			offset: [0, -20],
			styleLayers: []
		}) as const
);

// The static map's files are the page language's, read from the page's URL: an English page.
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/') } }));

// The registry with the fifth event layer after the four, before the border. The derived lists
// are made as layers.ts makes them, from the records.
vi.mock('$lib/geo/layers', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/geo/layers')>();
	const layers = [
		...real.LAYERS.filter((l) => l.file !== null),
		FIFTH,
		...real.LAYERS.filter((l) => l.file === null)
	];
	return {
		...real,
		LAYERS: layers,
		LAYER_IDS: layers.map((l) => l.id),
		EVENT_LAYERS: layers.filter((l) => l.file !== null),
		layerInfo: (id: string) => layers.find((l) => l.id === id)
	};
});

const ID = FIFTH.id as LayerId;
const FIXTURE = readFileSync(
	new URL('../fixtures/fifth-layer/refugees.geojson', import.meta.url),
	'utf8'
);

/** The real atlas's GeoJSON and source (not its content), and the fifth layer's file. */
function input(text: string | null = FIXTURE): AtlasInput {
	const { files, source } = realAtlasInput();
	return { files: text === null ? files : [...files, { path: FIFTH.file, text }], source };
}

describe('a fifth event layer, added as a record and a data file', () => {
	it('is in the registry the modules read', () => {
		expect(EVENT_LAYERS.map((l) => l.id)).toEqual(['bases', 'osce', 'clashes', 'peace', ID]);
		expect(LAYER_IDS.at(-1)).toBe('border');
		expect(layerInfo(ID)).toBe(FIFTH);
		// As the registry's own test asks of every layer: a shape and a colour of its own.
		for (const key of ['shape', 'color'] as const) {
			expect(new Set(LAYERS.map((l) => l[key])).size, key).toBe(LAYERS.length);
		}
	});

	const atlas = loadAtlas(input());

	it('has its data file loaded and validated, and is in the events in brief and the counts', () => {
		expect(atlas.layers[ID as 'bases'].map((f) => f.properties.id)).toEqual([
			'refugees-return-kurgan-tyube',
			'refugees-return-garm'
		]);
		expect(layerCounts(atlas)[ID as 'bases']).toBe(2);
		const brief = eventSummaries(atlas).filter((e) => e.layer === ID);
		expect(brief.map((e) => [e.id, e.place])).toEqual([
			['refugees-return-kurgan-tyube', 'kurgan-tyube'],
			['refugees-return-garm', 'garm']
		]);
	});

	it('fails the build when its data file is missing or bad, naming the file', () => {
		expect(() => loadAtlas(input(null))).toThrow(`${FIFTH.file}: missing`);
		const bad = FIXTURE.replace('"garm"', '"atlantis"');
		expect(() => loadAtlas(input(bad))).toThrow(AtlasDataError);
		expect(() => loadAtlas(input(bad))).toThrow(
			/geo\/layers\/refugees\.geojson: feature 1 \(refugees-return-garm\): property "place"/
		);
	});

	it('is read from and written to `?layers=`, and shown by default', () => {
		expect(parseLayers(new URLSearchParams(`layers=${ID},bases`))).toEqual(['bases', ID]);
		expect(formatLayers([ID])).toBe(ID);
		expect(formatLayers(LAYER_IDS)).toBeNull();
		expect(DEFAULT_LAYERS).toContain(ID);
	});

	it('has a legend swatch of its shape and colour', () => {
		const html = render(LayerSwatch, { props: { layer: ID } }).body;
		const c = SWATCH.size / 2;
		expect(html).toContain(`d="${shapePath('cross', SWATCH.radius, c, c)}"`);
		expect(html).toContain(`fill="${FIFTH.color}"`);
	});

	it('has its row on the timeline, which the page reserves', () => {
		for (const [compact, height] of [
			[false, 96],
			[true, 73]
		] as const) {
			const g = trackGeometry(compact);
			expect(g.height).toBe(height);
			expect(g.axisY - g.lanesTop).toBe(5 * g.lane + 1);
			expect(render(TimelineBox, { props: { compact } }).body).toContain(`height="${height}"`);
		}
	});

	it('has its markers on the live map: its icon, at its offset, drawn in its shape', () => {
		const style = atlasStyle('http://localhost/');
		const markers = style.layers.find((l) => l.id === 'events-markers')!;
		expect(layout(markers, 'icon-image', { layer: ID }).toString()).toBe(`marker-${ID}`);
		expect(layout(markers, 'icon-offset', { layer: ID })).toEqual([...FIFTH.offset]);
		// A cross: filled at its centre and along its arms, not towards the corners of its box.
		const image = markerImage(layerInfo(ID as 'bases'), 2);
		const r = image.width * 0.36;
		const c = image.width / 2;
		const fill = (dx: number, dy: number) =>
			pixel(image, Math.floor(c + dx * r), Math.floor(c + dy * r)) ===
			`${FIFTH.color.toLowerCase()}ff`;
		expect([fill(0, 0), fill(0.8, 0), fill(0, -0.8), fill(0.7, 0.7)]).toEqual([
			true,
			true,
			true,
			false
		]);
	});

	it('has its markers on the static map', () => {
		const events: EventSummary[] = eventSummaries(atlas).filter((e) => e.place === 'garm');
		const view = { camera: HOME_CAMERA, map: 'home', mapTitle: 'Map' };
		const html = render(StaticMap, {
			props: { view, at: null, events, layers: LAYER_IDS, live: false }
		}).body;
		expect(html).toContain(`id="wide-marker-${ID}"`);
		expect(html).toContain(`href="#wide-marker-${ID}"`);
		expect(html).toContain(`href="#phone-marker-${ID}"`);
		expect(html).toContain(`d="${shapePath('cross', SWATCH.radius, 10, 10)}"`);
		// Switched off, it is not drawn.
		const off = render(StaticMap, {
			props: { view, at: null, events, layers: LAYER_IDS.filter((l) => l !== ID), live: false }
		}).body;
		expect(off).not.toContain(`href="#wide-marker-${ID}"`);
	});
});

/** A layout property of a style layer, as MapLibre evaluates it for a feature at zoom 8. */
function layout(layer: LayerSpecification, property: string, properties: Record<string, unknown>) {
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
		`layout_${layer.type}`
	][property];
	const value = (layer.layout as Record<string, unknown>)[property];
	const parsed = expression.createPropertyExpression(value, property, spec as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom: 8 }, { type: 1, properties, geometry: [] } as never);
}

/** The pixel at (x, y) of an image, as `#rrggbbaa`. */
function pixel(image: { width: number; data: Uint8ClampedArray }, x: number, y: number): string {
	const i = (y * image.width + x) * 4;
	return `#${[0, 1, 2, 3].map((k) => image.data[i + k].toString(16).padStart(2, '0')).join('')}`;
}
