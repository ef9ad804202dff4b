/**
 * The layer registry, the one place a layer is described: ids for URLs, names and legends for
 * readers, a data file for each event layer, and the style layers a toggle shows or hides.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { atlasStyle } from '../map/style';
import { EVENT_LAYERS, LAYER_IDS, LAYERS, layerInfo } from './layers';
import { SHAPES } from './shapes';

const STATIC = fileURLToPath(new URL('../../../static/', import.meta.url));

describe('LAYERS', () => {
	it('lists the layers in the panel’s order, which is the order of `?layers=`', () => {
		expect(LAYER_IDS).toEqual(['bases', 'osce', 'clashes', 'peace', 'border']);
		expect(LAYERS.map((l) => l.id)).toEqual(LAYER_IDS);
	});

	it('gives each layer its own id, name, colour, shape and legend', () => {
		for (const key of ['id', 'name', 'color', 'shape', 'legend'] as const) {
			expect(new Set(LAYERS.map((l) => l[key])).size, key).toBe(LAYERS.length);
		}
	});

	it('describes each layer in words: a name, a sentence, a legend', () => {
		for (const l of LAYERS) {
			expect(l.name.trim(), l.id).not.toBe('');
			expect(l.description, l.id).toMatch(/^[A-Z].*\.$/);
			// The legend names the markers the map draws: "blue squares", "a red dashed line".
			const shapes = [...Object.keys(SHAPES), 'line'].join('|');
			expect(l.legend, l.id).toMatch(new RegExp(`^(a |an )?[a-z]+ [a-z ]*(${shapes})(s|es)?$`));
			expect(l.legend, l.id).toContain(l.shape);
		}
	});

	it('colours every layer with a hex colour', () => {
		for (const l of LAYERS) expect(l.color, l.id).toMatch(/^#[0-9A-Fa-f]{6}$/);
	});

	it('places the markers of the event layers apart around a town, and none for the line', () => {
		for (const l of LAYERS) {
			if (l.shape === 'line') expect(l.offset, l.id).toBeNull();
			else expect(l.offset, l.id).toHaveLength(2);
		}
		const offsets = EVENT_LAYERS.map((l) => JSON.stringify(l.offset));
		expect(new Set(offsets).size).toBe(EVENT_LAYERS.length);
		// Off the town's own dot, which stays clickable.
		for (const l of EVENT_LAYERS) expect(l.offset).not.toEqual([0, 0]);
	});

	it('names the style layers each layer toggles, none shared; event layers switch by state', () => {
		const all = LAYERS.flatMap((l) => [...l.styleLayers]);
		expect(new Set(all).size).toBe(all.length);
		// The event layers share the markers' style layer (src/lib/map/events.ts).
		for (const l of EVENT_LAYERS) expect(l.styleLayers).toEqual([]);
	});

	it('draws the border line with layers of the map style', () => {
		const styleIds = atlasStyle('http://localhost/').layers.map((l) => l.id);
		const border = layerInfo('border');
		expect(border.styleLayers.length).toBeGreaterThan(0);
		for (const id of border.styleLayers) expect(styleIds).toContain(id);
	});
});

describe('EVENT_LAYERS', () => {
	it('is every layer with features of its own: all but the border', () => {
		expect(EVENT_LAYERS.map((l) => l.id)).toEqual(['bases', 'osce', 'clashes', 'peace']);
		expect(layerInfo('border').file).toBeNull();
	});

	it('has a data file under static/ for each layer', () => {
		for (const l of EVENT_LAYERS) {
			expect(l.file).toMatch(/^geo\/layers\/[a-z-]+\.geojson$/);
			expect(existsSync(`${STATIC}${l.file}`), l.file).toBe(true);
		}
	});

	it('leaves no data file under static/geo/layers/ without a layer', () => {
		const files = readdirSync(`${STATIC}geo/layers`).map((name) => `geo/layers/${name}`);
		expect(files.sort()).toEqual(EVENT_LAYERS.map((l) => l.file).sort());
	});
});

describe('layerInfo', () => {
	it.each(LAYER_IDS)('returns the record of %s', (id) => {
		const record = layerInfo(id);
		expect(record.id).toBe(id);
		expect(record).toBe(LAYERS.find((l) => l.id === id));
	});

	it('returns what the panel shows', () => {
		expect(layerInfo('osce')).toMatchObject({
			name: 'OSCE offices',
			file: 'geo/layers/osce.geojson',
			shape: 'diamond'
		});
	});
});
