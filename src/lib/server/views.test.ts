import { describe, expect, it } from 'vitest';
import { HOME_CAMERA, placeCamera } from '$lib/geo/camera';
import { booleanPointInPolygon } from '@turf/turf';
import { regionCircle } from '$lib/geo/location';
import { eventSummaries, placeSummaries } from '$lib/geo/summary';
import { getAtlas } from './atlas';
import {
	allViews,
	areas,
	eventPageView,
	eventView,
	homeView,
	pageView,
	placeView,
	staticMap
} from './views';

const events = eventSummaries(getAtlas());

describe('event views', () => {
	it('frame each event’s place as its place’s page does, with the place selected', () => {
		for (const e of events) {
			const view = eventView(e.id)!;
			expect(view.key).toBe(`event-${e.id}`);
			expect(view.selected).toBe(e.place);
			expect(view.camera).toEqual(placeView(e.place)!.camera);
			expect(view.title).toMatch(/^Map of .+, the place of “.+”$/);
		}
	});

	it.each([
		['ceasefire-1994', 'tehran', { from: 1994, to: 1994 }],
		['unmot-1994-2000', 'tajikistan', { from: 1994, to: 2000 }],
		['osce-field-office-garm', 'garm', { from: 2000, to: 2017 }]
	])('%s: the page opens at its place with its years as the range', (id, place, range) => {
		const view = eventPageView(id)!;
		expect(view).toMatchObject({ map: `event-${id}`, place, range });
		expect(view.mapTitle).toContain('the place of');
	});

	it('knows no view for an unknown event', () => {
		expect(eventView('no-such-event')).toBeUndefined();
		expect(eventPageView('no-such-event')).toBeUndefined();
	});

	it('gives every event a static map of its own, among all the views', () => {
		const keys = allViews().map((v) => v.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const e of events) expect(keys).toContain(`event-${e.id}`);
		const svg = staticMap(eventView('ceasefire-1994')!, 'phone');
		expect(svg).toContain('Map of Tehran, the place of “Tehran ceasefire agreement signed');
	});
});

describe('the overview and place views', () => {
	const places = placeSummaries(getAtlas());
	const summary = (slug: string) => places.find((p) => p.slug === slug)!;

	it('opens the overview at the home camera, nothing selected', () => {
		expect(homeView()).toEqual({
			key: 'home',
			camera: HOME_CAMERA,
			selected: null,
			lang: 'en',
			title: 'Map of Tajikistan and its neighbours'
		});
		expect(allViews()[0]).toEqual(homeView());
	});

	it('opens a place’s page on the place, selected', () => {
		expect(placeView('kulyab')).toEqual({
			key: 'place-kulyab',
			camera: placeCamera(summary('kulyab')),
			selected: 'kulyab',
			lang: 'en',
			title: 'Map of Kulyab and its surroundings'
		});
		expect(placeView('nowhere')).toBeUndefined();
		const keys = allViews().map((v) => v.key);
		for (const p of places) expect(keys).toContain(`place-${p.slug}`);
	});

	it('gives a page the camera, the map and the selected place, and no place when none is', () => {
		expect(pageView(placeView('garm')!)).toEqual({
			camera: placeCamera(summary('garm')),
			map: 'place-garm',
			mapTitle: 'Map of Garm and its surroundings',
			place: 'garm'
		});
		expect(pageView(homeView())).toEqual({
			camera: HOME_CAMERA,
			map: 'home',
			mapTitle: 'Map of Tajikistan and its neighbours'
		});
	});

	it('has an area for each region: a circle marked approximate for those with a radius', () => {
		const { type, features } = areas();
		expect(type).toBe('FeatureCollection');
		const regions = places.filter((p) => p.precision === 'region');
		expect(features.map((f) => f.id)).toEqual(regions.map((p) => p.slug));
		for (const [i, f] of features.entries()) {
			const p = regions[i];
			if (!p.radiusKm) continue;
			expect(f).toEqual({
				type: 'Feature',
				id: p.slug,
				properties: { slug: p.slug, country: p.radiusKm > 250, approximate: true },
				geometry: regionCircle(p.lng, p.lat, p.radiusKm)
			});
		}
	});

	it('draws the countries and the Rasht valley by their outlines, not as circles', () => {
		const area = (slug: string) => areas().features.find((f) => f.id === slug)!;
		for (const slug of ['afghanistan', 'pakistan', 'tajikistan', 'rasht-valley'])
			expect(area(slug).properties.approximate, slug).toBe(false);
		for (const slug of ['afghanistan', 'pakistan', 'tajikistan'])
			expect(area(slug).properties.country, slug).toBe(true);
		expect(area('rasht-valley').properties.country).toBe(false);
		// Afghanistan's outline reaches from its western border (about 60.5° E, beyond the 1:10m
		// basemap's extent) to the Wakhan's end (about 74.9° E), and its camera frames it all.
		const [w, s, e, n] = summary('afghanistan').bbox!;
		expect([w, e]).toEqual([expect.closeTo(60.5, 0), expect.closeTo(74.9, 0)]);
		expect([s, n]).toEqual([expect.closeTo(29.4, 0), expect.closeTo(38.5, 0)]);
		// Not Iran's or Turkmenistan's land: Mashhad (59.6° E, 36.3° N) and Ashgabat are outside.
		const outside = [
			[59.6, 36.3],
			[58.38, 37.95]
		];
		for (const pt of outside) expect(booleanPointInPolygon(pt, area('afghanistan'))).toBe(false);
		expect(booleanPointInPolygon([69.2, 34.53], area('afghanistan')), 'Kabul').toBe(true);
		// The valley's corridor holds Garm and keeps to the Surkhob: Dushanbe is well outside.
		expect(booleanPointInPolygon([70.37, 39.03], area('rasht-valley')), 'Garm').toBe(true);
		expect(booleanPointInPolygon([68.78, 38.56], area('rasht-valley')), 'Dushanbe').toBe(false);
	});
});

describe('static maps', () => {
	/** The points of the map's place dots (not towns, not rings), relative to its centre. */
	const dots = (svg: string, [w, h]: [number, number]) =>
		[
			...svg.matchAll(
				/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="(?:5|8)" fill="#(?:ffffff|c25e00)"/g
			)
		].map((m) => [Number(m[1]) - w / 2, Number(m[2]) - h / 2]);

	it('draw wide screens at 1600 × 1200, phones at 900 × 1100 and one zoom level out', () => {
		const view = placeView('dushanbe')!;
		const wide = staticMap(view, 'wide');
		const phone = staticMap(view, 'phone');
		expect(wide).toContain('width="1600" height="1200"');
		expect(phone).toContain('width="900" height="1100"');
		// The selected place in the middle of both; its neighbours half as far from it on a phone.
		expect(wide).toContain('<circle cx="800" cy="600" r="8"');
		expect(phone).toContain('<circle cx="450" cy="550" r="8"');
		const far = dots(wide, [1600, 1200]).filter(([x, y]) => Math.hypot(x, y) > 100);
		expect(far.length).toBeGreaterThan(0);
		const near = dots(phone, [900, 1100]);
		for (const [x, y] of far.filter(([x, y]) => Math.abs(x) < 450 && Math.abs(y) < 550)) {
			expect(near.some(([a, b]) => Math.abs(a - x / 2) < 0.2 && Math.abs(b - y / 2) < 0.2)).toBe(
				true
			);
		}
	});

	it('mark the point places with dots, and the border as a line only when featured', () => {
		const svg = staticMap({ ...homeView(), featured: ['dushanbe', 'afghan-border'] }, 'wide');
		// Dushanbe, a point, has its dot; the border, a line, has a yellow band and no dot.
		expect(svg).toMatch(/<circle [^>]*r="12" fill="#f0e442"/);
		expect(svg).not.toMatch(/<circle [^>]*r="12" fill="#f0e442"[^]*<circle [^>]*r="12"/);
		expect(svg).toMatch(/stroke="#f0e442" stroke-width="[\d.]+"\/>/);
		expect(staticMap(homeView(), 'wide')).not.toContain('#f0e442');
	});
});
