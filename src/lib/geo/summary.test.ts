/**
 * What a place page and the place list show, from the real data: each place in brief, its
 * distances (checked against an independent haversine, not against turf), the events that
 * happened there in time order, and the legend's counts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MultiLineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { haversineKm, kmToLine, KM_PER_DEGREE, lineKm } from '../../../tests/fixtures/haversine';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import { loadAtlas, type Atlas } from '../content/atlas';
import { EVENT_LAYERS } from './layers';
import type { EventFeature, PlaceFeature } from './schema';
import { layerCounts, placeEvents, placeFacts, placeSummaries } from './summary';

const INPUT = realAtlasInput();

/**
 * The real atlas, loaded from its places and layers (the basemap and the content play no part
 * in these measures). Loaded afresh in each test, so that what a test sees is its own.
 */
function atlas(): Atlas {
	return loadAtlas({
		files: INPUT.files.filter((f) => !f.path.includes('basemap')),
		source: INPUT.source
	});
}

/** The committed files, read apart from the code under test. */
const geojson = <T>(path: string) =>
	JSON.parse(
		readFileSync(fileURLToPath(new URL(`../../../static/${path}`, import.meta.url)), 'utf8')
	) as { features: T[] };
const PLACES = geojson<PlaceFeature>('geo/places.geojson').features;
const pointOf = (slug: string) =>
	(PLACES.find((p) => p.properties.slug === slug)!.geometry as Point).coordinates;
const BORDER = (
	PLACES.find((p) => p.properties.slug === 'afghan-border')!.geometry as MultiLineString
).coordinates;
/** Places that may be someone's nearest: points that are not regions. */
const TOWNS = PLACES.filter(
	(p) => p.geometry.type === 'Point' && p.properties.precision !== 'region'
).map((p) => ({ slug: p.properties.slug, point: (p.geometry as Point).coordinates }));

/** `actual` is `expected` rounded to 1 decimal (with room for the two formulas' last digits). */
function expectKm(actual: number | null | undefined, expected: number, tolerance = 0.06) {
	expect(actual).toBeTypeOf('number');
	expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance);
	expect(actual).toBe(Math.round(actual! * 10) / 10);
}

describe('placeSummaries', () => {
	it('lists every place once, in the gazetteer’s order', () => {
		expect(placeSummaries(atlas()).map((s) => s.slug)).toEqual(
			PLACES.map((p) => p.properties.slug)
		);
	});

	it('gives a town its point and no extent', () => {
		const dushanbe = placeSummaries(atlas()).find((s) => s.slug === 'dushanbe');
		const p = PLACES.find((f) => f.properties.slug === 'dushanbe')!.properties;
		// Strict: no `radiusKm` or `bbox` key at all, not even undefined, in the page's data.
		expect(dushanbe).toStrictEqual({
			slug: 'dushanbe',
			name: 'Dushanbe',
			label: p.label,
			kind: 'capital',
			summary: p.summary,
			precision: 'centre',
			lng: pointOf('dushanbe')[0],
			lat: pointOf('dushanbe')[1]
		});
	});

	it('gives a region drawn as a circle its centre, its radius and the extent of its circle', () => {
		const summaries = placeSummaries(atlas());
		const regions = PLACES.filter(
			(p) => p.properties.precision === 'region' && !p.properties.outline
		);
		expect(regions.length).toBeGreaterThan(0);
		for (const region of regions) {
			const { slug, radiusKm } = region.properties;
			const s = summaries.find((x) => x.slug === slug)!;
			const [lng, lat] = pointOf(slug);
			expect([s.lng, s.lat, s.radiusKm, s.precision]).toEqual([lng, lat, radiusKm, 'region']);
			const [w, south, e, north] = s.bbox!;
			// From south to north the circle spans its diameter, centred on the region.
			expect((north - south) * KM_PER_DEGREE).toBeCloseTo(2 * radiusKm!, 0);
			expect(haversineKm([lng, lat], [lng, north])).toBeCloseTo(radiusKm!, 1);
			expect(haversineKm([lng, lat], [lng, south])).toBeCloseTo(radiusKm!, 1);
			expect(w).toBeLessThan(lng);
			expect(e).toBeGreaterThan(lng);
			// Rounded to 4 decimals, about 10 m.
			for (const v of s.bbox!) expect(v).toBe(Math.round(v * 1e4) / 1e4);
		}
	});

	it('gives the border line its extent and a point on the line', () => {
		const border = placeSummaries(atlas()).find((s) => s.slug === 'afghan-border')!;
		const xs = BORDER.flat().map(([x]) => x);
		const ys = BORDER.flat().map(([, y]) => y);
		const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
		expect(border.bbox).toEqual([
			round4(Math.min(...xs)),
			round4(Math.min(...ys)),
			round4(Math.max(...xs)),
			round4(Math.max(...ys))
		]);
		expect(border.radiusKm).toBeUndefined();
		// The point the list and the map use is on the line, not in the middle of its extent.
		expect(kmToLine([border.lng, border.lat], BORDER)).toBeLessThan(0.1);
		// The point of the line nearest the middle of its extent.
		const [w, s, e, n] = border.bbox!;
		const middle = [(w + e) / 2, (s + n) / 2];
		expect(haversineKm([border.lng, border.lat], middle)).toBeGreaterThan(1);
		expect(haversineKm([border.lng, border.lat], middle)).toBeCloseTo(kmToLine(middle, BORDER), 0);
	});
});

describe('lines and areas', () => {
	// The committed gazetteer has one line (the border, one part) and no polygon: these places
	// are made up, to pin what a river, a lake or a border of several parts would show.
	const town = (slug: string, coordinates: number[], precision = 'centre') =>
		({
			type: 'Feature',
			geometry: { type: 'Point', coordinates },
			properties: { slug, name: slug.toUpperCase(), kind: 'town', summary: '', precision }
		}) as unknown as PlaceFeature;
	const shape = (slug: string, geometry: object) =>
		({
			type: 'Feature',
			geometry,
			properties: { slug, name: slug, kind: 'site', summary: '', precision: 'site' }
		}) as unknown as PlaceFeature;
	// An L: down the meridian 69° E, then east along 38° N through town A.
	const RIVER = [
		[69, 37],
		[69, 38],
		[70.5, 38]
	];
	const NEAR = [
		[69.5, 37.9],
		[70.5, 37.9]
	];
	const FAR = [
		[69.5, 30],
		[70.5, 30]
	];
	const LAKE = [
		[
			[71, 37],
			[72, 37],
			[72, 37.5],
			[71, 37.5],
			[71, 37]
		]
	];
	const made = (): Atlas =>
		({
			places: [
				town('dushanbe', [68.78, 38.53]),
				town('a', [70, 38]),
				town('b', [71, 38]),
				town('c', [70, 39]),
				town('d', [72, 40]),
				town('region', [70, 38.01], 'region'),
				shape('river', { type: 'LineString', coordinates: RIVER }),
				shape('lake', { type: 'Polygon', coordinates: LAKE }),
				shape('afghan-border', { type: 'MultiLineString', coordinates: [FAR, NEAR] })
			],
			layers: { bases: [], osce: [], clashes: [], peace: [] }
		}) as unknown as Atlas;

	it('puts a line’s point on the line, nearest the middle of its extent', () => {
		const river = placeSummaries(made()).find((s) => s.slug === 'river')!;
		expect(river.bbox).toEqual([69, 37, 70.5, 38]);
		const middle = [69.75, 37.5];
		expect(kmToLine([river.lng, river.lat], [RIVER])).toBeLessThan(0.5);
		expect(haversineKm([river.lng, river.lat], middle)).toBeCloseTo(kmToLine(middle, [RIVER]), 0);
	});

	it('puts an area’s point in the middle of its extent', () => {
		const lake = placeSummaries(made()).find((s) => s.slug === 'lake')!;
		expect(lake).toMatchObject({ lng: 71.5, lat: 37.25, bbox: [71, 37, 72, 37.5] });
	});

	it('measures to the nearest part of a border of several parts', () => {
		const facts = placeFacts(made(), 'a');
		expectKm(facts.toBorderKm, kmToLine([70, 38], [NEAR, FAR]), 0.3);
		expect(facts.toBorderKm).toBeLessThan(20);
	});

	it('counts only towns as the nearest places, not lines, areas or regions', () => {
		// The river runs through A, the region is 1 km away: neither is a neighbour.
		expect(placeFacts(made(), 'a').nearest.map((n) => n.slug)).toEqual(['b', 'c', 'dushanbe']);
	});

	it('measures from a line, and gives its length', () => {
		const facts = placeFacts(made(), 'river');
		expect(facts.from).toBe('line');
		expect(Math.abs(facts.lengthKm! - lineKm([RIVER]))).toBeLessThanOrEqual(1);
		expectKm(facts.toDushanbeKm, kmToLine([68.78, 38.53], [RIVER]), 0.5);
		// A lies on the parallel; the segment is a great circle, a few hundred metres north of it.
		expect(facts.nearest[0]).toMatchObject({ slug: 'a', name: 'A' });
		expect(facts.nearest[0].km).toBeLessThan(0.5);
	});
});

describe('placeFacts', () => {
	it.each(['kulyab', 'kurgan-tyube', 'garm', 'khujand', 'shaartuz', 'moscow', 'tehran'])(
		'%s: distance to Dushanbe and the three nearest places, by haversine',
		(slug) => {
			const facts = placeFacts(atlas(), slug);
			const here = pointOf(slug);
			expectKm(facts.toDushanbeKm, haversineKm(here, pointOf('dushanbe')));
			const nearest = TOWNS.filter((t) => t.slug !== slug)
				.map((t) => ({ slug: t.slug, km: haversineKm(here, t.point) }))
				.sort((a, b) => a.km - b.km)
				.slice(0, 3);
			expect(facts.nearest.map((n) => n.slug)).toEqual(nearest.map((n) => n.slug));
			facts.nearest.forEach((n, i) => expectKm(n.km, nearest[i].km));
			expect(facts.from).toBe('point');
			expect(facts.lengthKm).toBeUndefined();
		}
	);

	it('names the nearest places as the list shows them', () => {
		const [first] = placeFacts(atlas(), 'dushanbe').nearest;
		expect(first).toMatchObject({ slug: 'kurgan-tyube', name: 'Kurgan-Tyube' });
	});

	it('gives Dushanbe no distance to itself', () => {
		const facts = placeFacts(atlas(), 'dushanbe');
		expect(facts.toDushanbeKm).toBeNull();
		expect(facts.nearest.map((n) => n.slug)).not.toContain('dushanbe');
	});

	it('leaves regions and the border out of the nearest places', () => {
		// Kamarob Gorge is a region centred on Garm itself, 0 km away: not a neighbour.
		const nearest = placeFacts(atlas(), 'garm').nearest.map((n) => n.slug);
		expect(nearest).toHaveLength(3);
		expect(nearest).not.toContain('kamarob-gorge');
		expect(nearest).not.toContain('afghan-border');
		expect(nearest).not.toContain('garm');
	});

	it.each(['dushanbe', 'kulyab', 'shaartuz', 'khujand'])(
		'%s: shortest distance to the Afghan border',
		(slug) => {
			expectKm(placeFacts(atlas(), slug).toBorderKm, kmToLine(pointOf(slug), BORDER), 0.2);
		}
	);

	it('measures a region from its centre', () => {
		const facts = placeFacts(atlas(), 'tavildara');
		expect(facts.from).toBe('centre');
		expectKm(facts.toDushanbeKm, haversineKm(pointOf('tavildara'), pointOf('dushanbe')));
		expectKm(facts.nearest[0].km, haversineKm(pointOf('tavildara'), pointOf('garm')));
	});

	it('measures the border from its nearest part, and gives its length', () => {
		const facts = placeFacts(atlas(), 'afghan-border');
		expect(facts.from).toBe('line');
		expect(facts.toBorderKm).toBeNull();
		expectKm(facts.toDushanbeKm, kmToLine(pointOf('dushanbe'), BORDER), 0.2);
		const nearest = TOWNS.map((t) => ({ slug: t.slug, km: kmToLine(t.point, BORDER) }))
			.sort((a, b) => a.km - b.km)
			.slice(0, 3);
		expect(facts.nearest.map((n) => n.slug)).toEqual(nearest.map((n) => n.slug));
		facts.nearest.forEach((n, i) => expectKm(n.km, nearest[i].km, 0.2));
		// The length in whole kilometres; segments are short enough for the sum of chords.
		expect(facts.lengthKm).toBe(Math.round(facts.lengthKm!));
		expect(Math.abs(facts.lengthKm! - lineKm(BORDER))).toBeLessThanOrEqual(1);
	});

	it('throws for a place the atlas does not have', () => {
		expect(() => placeFacts(atlas(), 'samarkand')).toThrow('unknown place samarkand');
	});

	it('leaves out what an atlas without Dushanbe or the border cannot measure', () => {
		const a = atlas();
		a.places = a.places.filter((p) => !['dushanbe', 'afghan-border'].includes(p.properties.slug));
		const facts = placeFacts(a, 'kulyab');
		expect(facts.toDushanbeKm).toBeNull();
		expect(facts.toBorderKm).toBeNull();
		expect(facts.nearest).toHaveLength(3);
	});
});

describe('placeEvents', () => {
	/** Each layer's features as its file holds them. */
	const layerFeatures = () =>
		EVENT_LAYERS.map((l) => ({ layer: l.id, features: geojson<EventFeature>(l.file).features }));

	it.each(['dushanbe', 'kulyab', 'tajikistan', 'afghan-border', 'moscow', 'garm'])(
		'%s: every event placed there, each with its layer, in time order',
		(slug) => {
			const events = placeEvents(atlas(), slug);
			const expected = layerFeatures().flatMap(({ layer, features }) =>
				features
					.filter((f) => f.properties.place === slug)
					.map((f) => `${layer}:${f.properties.id}`)
			);
			expect(events.map((e) => `${e.layer}:${e.id}`).sort()).toEqual(expected.sort());
			expect(events.length).toBeGreaterThan(0);
			for (let i = 1; i < events.length; i++) {
				const [a, b] = [events[i - 1], events[i]];
				expect(a.start <= b.start, `${a.id} before ${b.id}`).toBe(true);
				if (a.start === b.start) expect(a.id < b.id).toBe(true);
			}
		}
	);

	it('carries each event’s own properties', () => {
		const accord = placeEvents(atlas(), 'moscow').find(
			(e) => e.id === 'national-peace-accord-1997'
		);
		const feature = layerFeatures()
			.find((l) => l.layer === 'peace')!
			.features.find((f) => f.properties.id === 'national-peace-accord-1997')!;
		expect(accord).toEqual({ ...feature.properties, layer: 'peace' });
	});

	it('orders Dushanbe’s events across layers by date, a year before its months', () => {
		const ids = placeEvents(atlas(), 'dushanbe').map((e) => e.id);
		expect(ids.slice(0, 3)).toEqual([
			'osce-mission-dushanbe', // 1994-02
			'unmot-headquarters-dushanbe', // 1994-12
			'osce-peace-accord-guarantor' // 1997
		]);
	});

	it('orders events of the same date by id, whatever their layer and file order', () => {
		const a = atlas();
		const event = (id: string, start: string) =>
			({ properties: { id, start, place: 'garm' } }) as EventFeature;
		a.layers = {
			bases: [event('c-event', '2000')],
			osce: [event('b-event', '2000-05'), event('a-event', '2000')],
			clashes: [],
			peace: [event('d-event', '1999')]
		};
		expect(placeEvents(a, 'garm').map((e) => `${e.layer}:${e.id}`)).toEqual([
			'peace:d-event',
			'osce:a-event',
			'bases:c-event',
			'osce:b-event'
		]);
	});

	it('returns nothing for a place without events', () => {
		expect(placeEvents(atlas(), 'pakistan')).toEqual([]);
	});
});

describe('layerCounts', () => {
	it('counts the features of every event layer, and of no other', () => {
		expect(layerCounts(atlas())).toEqual(
			Object.fromEntries(
				EVENT_LAYERS.map((l) => [l.id, geojson<EventFeature>(l.file).features.length])
			)
		);
		expect(Object.keys(layerCounts(atlas()))).not.toContain('border');
	});

	it('counts what the atlas holds', () => {
		const a = atlas();
		a.layers.clashes = a.layers.clashes.slice(0, 1);
		expect(layerCounts(a).clashes).toBe(1);
	});
});
