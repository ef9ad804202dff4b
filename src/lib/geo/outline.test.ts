import { bbox, booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import { checkAtlas } from '../content/atlas';
import { resolveOutline, type OutlineBasemap } from './outline';
import type { BasemapCollection } from './schema-geojson';

const fc = (features: Feature[]): BasemapCollection =>
	({ type: 'FeatureCollection', features }) as BasemapCollection;
const feature = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({
	type: 'Feature',
	properties,
	geometry
});
const box = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});

/**
 * A basemap in miniature: the 1:10m `region` file clipped to 0–10° E, 0–10° N, holding country
 * "001" cut at 0° E; the 1:110m `context` file with the whole country, which reaches to 4° W; a
 * river along 5° N.
 */
const BASEMAP: OutlineBasemap = {
	region: fc([
		feature({ iso: '001' }, box(0, 2, 6, 8)),
		feature({ iso: '002' }, box(6, 0, 10, 10))
	]),
	context: fc([
		feature({ iso: '001' }, box(-4, 2, 6, 8)),
		feature({ iso: '003' }, box(20, 0, 30, 10))
	]),
	rivers: fc([
		feature(
			{ id: 'line' },
			{
				type: 'LineString',
				coordinates: [
					[1, 5],
					[3, 5],
					[5, 5]
				]
			}
		)
	])
};

const geometry = (outline: Parameters<typeof resolveOutline>[0], basemap = BASEMAP) => {
	const result = resolveOutline(outline, basemap);
	if ('reason' in result) throw new Error(result.reason);
	return result.geometry;
};

describe('resolveOutline: a country', () => {
	it('joins the detailed part inside the basemap’s extent to the whole one beyond it', () => {
		const g = geometry({ basemap: 'country', iso: '001' });
		expect(bbox(g)).toEqual([-4, 2, 6, 8]);
		expect(booleanPointInPolygon([-2, 5], g)).toBe(true);
		expect(booleanPointInPolygon([3, 5], g)).toBe(true);
		expect(booleanPointInPolygon([7, 5], g)).toBe(false);
	});

	it('takes a country only in one of the two files from that file', () => {
		expect(bbox(geometry({ basemap: 'country', iso: '002' }))).toEqual([6, 0, 10, 10]);
		expect(bbox(geometry({ basemap: 'country', iso: '003' }))).toEqual([20, 0, 30, 10]);
	});

	it('says which code the basemap lacks', () => {
		expect(resolveOutline({ basemap: 'country', iso: '999' }, BASEMAP)).toEqual({
			reason: 'no country with iso "999" in basemap/region.geojson or context.geojson'
		});
	});
});

describe('resolveOutline: a corridor along a river', () => {
	const along = { basemap: 'river', id: 'line', bufferKm: 20, note: 'n' } as const;

	it('holds the river and what lies within the width of it, and nothing further', () => {
		const g = geometry(along);
		expect(booleanPointInPolygon([3, 5.1], g)).toBe(true);
		// 0.2° of latitude is about 22 km: just outside a corridor of 20 km.
		expect(booleanPointInPolygon([3, 5.2], g)).toBe(false);
		const [w, s, e, n] = bbox(g);
		expect(distance([3, s], [3, n], { units: 'kilometers' })).toBeCloseTo(40, 0);
		expect([w, e]).toEqual([expect.closeTo(0.82, 1), expect.closeTo(5.18, 1)]);
	});

	it('keeps to the stretch between `from` and `to`', () => {
		const g = geometry({ ...along, from: [2, 5.01], to: [4, 4.99] });
		expect(booleanPointInPolygon([3, 5], g)).toBe(true);
		expect(booleanPointInPolygon([1.2, 5], g)).toBe(false);
		expect(booleanPointInPolygon([4.8, 5], g)).toBe(false);
	});

	it('says which river the basemap lacks', () => {
		expect(resolveOutline({ ...along, id: 'nile' }, BASEMAP)).toEqual({
			reason: 'no river with id "nile" in basemap/rivers.geojson'
		});
	});
});

describe('the build’s check of outlines', () => {
	it('fails naming the file, the place and the reason when an outline does not resolve', () => {
		const input = realAtlasInput();
		const places = input.files.find((f) => f.path === 'geo/places.geojson')!;
		places.text = places.text.replace('"iso": "004"', '"iso": "998"');
		expect(checkAtlas(input).map((e) => e.line)).toEqual([
			expect.stringMatching(
				/^geo\/places\.geojson: feature \d+ \(afghanistan\): property "outline": no country with iso "998"/
			)
		]);
	});

	it('passes the committed atlas, every outline resolving', () => {
		expect(checkAtlas(realAtlasInput())).toEqual([]);
	});
});
