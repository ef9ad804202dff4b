import { readFile } from 'node:fs/promises';
// MapLibre's own style spec (a dependency of maplibre-gl): the validator and the filter and
// expression evaluators the renderer runs.
import {
	createExpression,
	featureFilter,
	validateStyleMin
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_ATTRIBUTIONS } from '../../src/lib/geo/attribution';
import {
	GEOGRAPHY_LAYERS,
	GEOGRAPHY_SOURCES,
	geographyStyle,
	rankFilter,
	townFilter
} from '../../src/lib/map/basemap-layers';
import { FONT_REGULAR, FONT_SEMIBOLD } from '../../src/lib/map/fonts';
import { PROVINCE } from '../../src/lib/geo/palette';

const BASE = 'http://localhost:4173/';
const face = [{ url: `${BASE}f.woff2`, 'unicode-range': ['U+0000-00FF'] }];

describe('the basemap geography layers', () => {
	const g = geographyStyle(BASE);
	const layers = [...g.fills, ...g.boundaries, ...g.labels];

	it('make a valid MapLibre style with the atlas fonts and no glyph server', () => {
		const style = {
			version: 8 as const,
			'font-faces': { [FONT_REGULAR]: face, [FONT_SEMIBOLD]: face },
			sources: g.sources,
			layers
		};
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('read every source from the site, with its attribution', () => {
		for (const [id, source] of Object.entries(g.sources)) {
			expect(Object.values(GEOGRAPHY_SOURCES)).toContain(id);
			expect(String(source.data)).toBe(`${BASE}geo/basemap/${id}.geojson`);
			expect(source.attribution).toMatch(/GSHHG|GeoNames|Natural Earth/);
		}
		// Each licence that asks for it named: GSHHG's LGPL, OpenStreetMap's ODbL (the Nurek
		// reservoir), GeoNames' CC BY.
		expect(g.sources[GEOGRAPHY_SOURCES.lakes].attribution).toMatch(
			/GSHHG \(LGPL-3\.0\).*OpenStreetMap contributors \(ODbL\)/
		);
		expect(g.sources[GEOGRAPHY_SOURCES.towns].attribution).toMatch(/CC BY 4\.0/);
		expect(BASEMAP_ATTRIBUTIONS.join(' ')).toMatch(/Natural Earth.*GSHHG.*OpenStreetMap.*GeoNames/);
	});

	it('draw the provinces’ boundaries as a line and their names at the zooms they help', () => {
		const lines = layers.find((l) => l.id === GEOGRAPHY_LAYERS.provinces);
		const names = layers.find((l) => l.id === GEOGRAPHY_LAYERS.provinceLabels);
		expect(g.boundaries).toContain(lines);
		expect(lines?.type).toBe('line');
		expect(names?.type).toBe('symbol');
		if (names?.type !== 'symbol' || lines?.type !== 'line') return;
		const kind = (layer: typeof names | typeof lines, k: string) =>
			featureFilter(layer.filter, 'filter').filter({ zoom: 6 }, {
				type: 1,
				properties: { kind: k }
			} as never);
		expect(kind(lines, 'boundary')).toBe(true);
		expect(kind(lines, 'label')).toBe(false);
		expect(kind(names, 'label')).toBe(true);
		// The boundary's dash and dot, as the static maps draw it.
		expect(lines.paint?.['line-dasharray']).toEqual([...PROVINCE.dash]);
		expect(names.layout?.['text-field']).toEqual(['get', 'name']);
		expect([names.minzoom, names.maxzoom]).toEqual([5, 9]);
		// Never over the atlas's places or the towns: placed after them, not allowed to overlap.
		expect(names.layout?.['text-allow-overlap']).toBeFalsy();
		const order = g.labels.map((l) => l.id);
		expect(order.indexOf(GEOGRAPHY_LAYERS.provinceLabels)).toBeLessThan(
			order.indexOf(GEOGRAPHY_LAYERS.townLabels)
		);
	});

	it('label rivers along their line, and only the named ones', () => {
		const rivers = layers.find((l) => l.id === GEOGRAPHY_LAYERS.riverLabels);
		expect(rivers?.type).toBe('symbol');
		if (rivers?.type !== 'symbol') return;
		expect(rivers.layout?.['symbol-placement']).toBe('line');
		const filter = featureFilter(rivers.filter, 'layers[river-labels].filter');
		const at = (zoom: number, properties: Record<string, unknown>) =>
			filter.filter({ zoom }, { type: 2, properties } as never);
		expect(at(7, { name: 'Panj', rank: 1 })).toBe(true);
		expect(at(7, { rank: 1 })).toBe(false);
		expect(at(6, { name: 'Bartang', rank: 2 })).toBe(false);
		expect(at(8, { name: 'Bartang', rank: 2 })).toBe(true);
	});

	it('use only the fonts the site ships', () => {
		for (const layer of layers) {
			if (layer.type !== 'symbol') continue;
			const fonts = JSON.stringify(layer.layout?.['text-font']);
			for (const name of fonts.match(/Noto Sans [A-Za-z]+/g) ?? [])
				expect([FONT_REGULAR, FONT_SEMIBOLD]).toContain(name);
		}
	});

	it.each([
		[3, 1, true],
		[3, 2, false],
		[6, 2, true],
		[6, 3, false],
		[8, 3, true]
	])('rank filter [6, 8] at zoom %i keeps rank %i: %s', (zoom, rank, kept) => {
		expect(
			featureFilter(rankFilter([6, 8]), 'filter').filter({ zoom }, {
				type: 1,
				properties: { rank }
			} as never)
		).toBe(kept);
	});

	it.each([
		[3, 4, false],
		[4, 4, true],
		[4, 5, false],
		[6, 6, true],
		[7, 8, false],
		[8, 8, true],
		[12, 8, true]
	])('town filter at zoom %i keeps a town of minzoom %i: %s', (zoom, minzoom, kept) => {
		expect(
			featureFilter(townFilter(), 'filter').filter({ zoom }, {
				type: 1,
				properties: { minzoom }
			} as never)
		).toBe(kept);
	});

	it('place larger towns first', async () => {
		const towns = layers.find((l) => l.id === GEOGRAPHY_LAYERS.townLabels);
		if (towns?.type !== 'symbol') throw new Error('no town labels');
		const key = createExpression(
			towns.layout?.['symbol-sort-key'],
			'layers[town-labels].layout.symbol-sort-key'
		);
		if (key.result !== 'success') throw new Error('bad sort key');
		const data = JSON.parse(await readFile('static/geo/basemap/towns.geojson', 'utf8'));
		const sortKey = (population: number) =>
			key.value.evaluate({ zoom: 6 }, { type: 1, properties: { population } } as never);
		expect(sortKey(679_400)).toBeLessThan(sortKey(10_000));
		expect(data.features.length).toBeGreaterThan(0);
	});
});
