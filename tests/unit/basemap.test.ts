import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBasemap } from '../../scripts/basemap';

const COMMITTED = 'static/geo/basemap';
/** The whole basemap's budget before compression (issue #2). */
const BUDGET_BYTES = 300 * 1024;

describe('basemap script', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'basemap-'));
	const sizes = await writeBasemap(dir);
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('writes exactly the committed files, byte for byte', async () => {
		const made = (await readdir(dir)).sort();
		const committed = (await readdir(COMMITTED)).sort();
		expect(made).toEqual(committed);
		for (const name of made) {
			const a = await readFile(join(dir, name), 'utf8');
			const b = await readFile(join(COMMITTED, name), 'utf8');
			expect(a === b, `${name} differs from the script's output: run npm run geo:basemap`).toBe(
				true
			);
		}
	});

	it('stays within 300 KB', () => {
		const total = Object.values(sizes).reduce((a, b) => a + b, 0);
		expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
	});

	it('rounds every coordinate to at most 6 decimals', async () => {
		for (const name of Object.keys(sizes)) {
			const text = await readFile(join(dir, name), 'utf8');
			expect(text).not.toMatch(/\d\.\d{7,}/);
		}
	});

	it('draws the Tajikistan–Afghanistan border as a line along the Panj and Amu Darya', async () => {
		const border = JSON.parse(await readFile(join(dir, 'border.geojson'), 'utf8'));
		expect(border.features).toHaveLength(1);
		const geom = border.features[0].geometry;
		expect(geom.type).toBe('MultiLineString');
		const points: number[][] = geom.coordinates.flat();
		expect(points.length).toBeGreaterThan(100);
		const lngs = points.map((p) => p[0]);
		const lats = points.map((p) => p[1]);
		// The border runs from about 67.8°E (near Termez) to about 74.9°E (the Pamirs), along 36.7–38.5°N.
		expect(Math.min(...lngs)).toBeGreaterThan(67.3);
		expect(Math.min(...lngs)).toBeLessThan(68.5);
		expect(Math.max(...lngs)).toBeGreaterThan(74.5);
		expect(Math.max(...lngs)).toBeLessThan(75.2);
		expect(Math.min(...lats)).toBeGreaterThan(36.5);
		expect(Math.max(...lats)).toBeLessThan(38.6);
	});

	it('keeps the region clipped and Tajikistan picked out', async () => {
		const region = JSON.parse(await readFile(join(dir, 'region.geojson'), 'utf8'));
		const names = region.features.map((f: { properties: { name: string } }) => f.properties.name);
		for (const n of ['Tajikistan', 'Afghanistan', 'Uzbekistan', 'Kyrgyzstan', 'China']) {
			expect(names).toContain(n);
		}
		const focus = region.features.filter(
			(f: { properties: { focus?: boolean } }) => f.properties.focus
		);
		expect(focus.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
			'Tajikistan'
		]);
		const lngs: number[] = region.features.flatMap((f: { geometry: { coordinates: unknown } }) =>
			(JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?/g) ?? [])
				.map(Number)
				.filter((_: number, i: number) => i % 2 === 0)
		);
		expect(Math.min(...lngs)).toBeGreaterThanOrEqual(61);
		expect(Math.max(...lngs)).toBeLessThanOrEqual(80);
	});
});

describe('the Afghan border in the gazetteer', () => {
	it('is the basemap’s border line, so the two can never drift apart', async () => {
		const places = JSON.parse(await readFile('static/geo/places.geojson', 'utf8'));
		const border = JSON.parse(await readFile(join(COMMITTED, 'border.geojson'), 'utf8'));
		const place = places.features.find(
			(f: { properties: { slug: string } }) => f.properties.slug === 'afghan-border'
		);
		expect(place.geometry).toEqual(border.features[0].geometry);
	});
});
