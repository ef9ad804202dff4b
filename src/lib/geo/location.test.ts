/**
 * A region known only to a radius: its circle is that radius on the ground at every latitude
 * (checked by an independent haversine), its frame fits the circle, and the note tells a reader
 * how loosely it is placed.
 */
import { describe, expect, it } from 'vitest';
import { haversineKm, KM_PER_DEGREE } from '../../../tests/fixtures/haversine';
import { formatKm, locationNote, regionBbox, regionCircle } from './location';

// Centres and radii from the gazetteer (Tavildara, Northern Afghanistan, Pakistan), the equator
// and the far north, where a degree of longitude is short.
const REGIONS: [string, number, number, number][] = [
	['Tavildara', 70.4856, 38.6936, 60],
	['Northern Afghanistan', 69.5167, 36.7167, 150],
	['Pakistan', 70, 30, 700],
	['the equator', 0, 0, 100],
	['Svalbard', 20, 78, 40]
];

describe('regionCircle', () => {
	it.each(REGIONS)('%s: every vertex lies at the radius from the centre', (_, lng, lat, r) => {
		const circle = regionCircle(lng, lat, r);
		expect(circle.type).toBe('Polygon');
		expect(circle.coordinates).toHaveLength(1);
		const ring = circle.coordinates[0];
		// 64 steps and the closing vertex: smooth at the zooms a region is framed at.
		expect(ring).toHaveLength(65);
		for (const vertex of ring) {
			// Rounded to 5 decimals: within about a metre.
			expect(Math.abs(haversineKm([lng, lat], vertex) - r)).toBeLessThan(0.002);
		}
	});

	it.each(REGIONS)('%s: the ring is closed on its first vertex', (_, lng, lat, r) => {
		const ring = regionCircle(lng, lat, r).coordinates[0];
		expect(ring.at(-1)).toEqual(ring[0]);
	});

	it.each(REGIONS)('%s: coordinates keep at most 5 decimals, and go round', (_, lng, lat, r) => {
		const ring = regionCircle(lng, lat, r).coordinates[0];
		for (const [x, y] of ring) {
			// (A vertex on the equator may be -0, which GeoJSON writes as 0.)
			expect(Math.abs(x - +x.toFixed(5))).toBe(0);
			expect(Math.abs(y - +y.toFixed(5))).toBe(0);
		}
		// The vertices go round the centre: one in each quarter at least.
		const quarters = new Set(ring.map(([x, y]) => `${x > lng}${y > lat}`));
		expect(quarters.size).toBe(4);
	});
});

describe('regionBbox', () => {
	it.each(REGIONS)('%s: spans twice the radius from south to north', (_, lng, lat, r) => {
		const [, s, , n] = regionBbox(lng, lat, r);
		expect((n - s) * KM_PER_DEGREE).toBeCloseTo(2 * r, 0);
		expect(haversineKm([lng, lat], [lng, n])).toBeCloseTo(r, 1);
		expect(haversineKm([lng, lat], [lng, s])).toBeCloseTo(r, 1);
	});

	it.each(REGIONS)('%s: is west, south, east, north of the circle', (_, lng, lat, r) => {
		const [w, s, e, n] = regionBbox(lng, lat, r);
		const ring = regionCircle(lng, lat, r).coordinates[0];
		expect(w).toBe(Math.min(...ring.map(([x]) => x)));
		expect(e).toBe(Math.max(...ring.map(([x]) => x)));
		expect(s).toBe(Math.min(...ring.map(([, y]) => y)));
		expect(n).toBe(Math.max(...ring.map(([, y]) => y)));
		expect(w).toBeLessThan(lng);
		expect(e).toBeGreaterThan(lng);
	});

	it('is wider in degrees of longitude away from the equator', () => {
		const width = ([w, , e]: number[]) => e - w;
		const height = ([, s, , n]: number[]) => n - s;
		expect(width(regionBbox(0, 0, 100)) / height(regionBbox(0, 0, 100))).toBeCloseTo(1, 2);
		// At 60° N a degree of longitude is half a degree of latitude.
		const north = regionBbox(20, 60, 100);
		expect(width(north) / height(north)).toBeCloseTo(2, 1);
	});
});

describe('locationNote', () => {
	it.each([
		[
			{ precision: 'region', radiusKm: 60 },
			'Location known only to a region (within about 60 km).'
		],
		[
			{ precision: 'region', radiusKm: 2.5 },
			'Location known only to a region (within about 2.5 km).'
		],
		[{ precision: 'region' }, 'Location known only to a region.'],
		[{ precision: 'centre' }, 'Shown at the town centre; the exact site is not given.'],
		[
			{ precision: 'centre', radiusKm: 5 },
			'Shown at the town centre; the exact site is not given.'
		],
		[{ precision: 'site' }, null]
	] as const)('%j → %j', (place, note) => {
		expect(locationNote(place)).toBe(note);
	});
});

describe('formatKm', () => {
	it.each([
		[0.04, '0 km'],
		[12.34, '12.3 km'],
		[99.94, '99.9 km'],
		// Rounded to a tenth first: 99.96 reads as 100, not 100.0.
		[99.96, '100 km'],
		[100, '100 km'],
		[111.4, '111 km'],
		[1344.4, '1,344 km'],
		[1344.5, '1,345 km'],
		[1234567, '1,234,567 km']
	])('%d km reads "%s"', (km, text) => {
		expect(formatKm(km)).toBe(text);
	});
});
