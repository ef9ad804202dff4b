import { describe, expect, it } from 'vitest';
import { formatView, parseHash, precisionForZoom, writeHash } from './hash';

describe('parseHash', () => {
	it.each([
		['#map=7/38.5/68.8', { zoom: 7, lat: 38.5, lng: 68.8 }],
		['map=7/38.5/68.8', { zoom: 7, lat: 38.5, lng: 68.8 }],
		['#map=9.25/37.914/69.784', { zoom: 9.25, lat: 37.914, lng: 69.784 }],
		['#foo=1&map=5/-10/-20&bar', { zoom: 5, lat: -10, lng: -20 }],
		// Boundaries: the allowed extremes are views.
		['#map=1/85.051129/180', { zoom: 1, lat: 85.051129, lng: 180 }],
		['#map=18/-85.051129/-180', { zoom: 18, lat: -85.051129, lng: -180 }],
		['#map=7/0/0', { zoom: 7, lat: 0, lng: 0 }],
		['#map=%37/38.5/68.8', { zoom: 7, lat: 38.5, lng: 68.8 }],
		['#map=7/.55/+68.', { zoom: 7, lat: 0.55, lng: 68 }]
	])('reads %s', (hash, view) => {
		expect(parseHash(hash)).toEqual(view);
	});

	it.each([
		[''],
		['#'],
		['#map='],
		['#map=7/38.5'],
		['#map=7/38.5/68.8/0'],
		['#map=seven/38.5/68.8'],
		['#map=7/38.5/68.8e1'],
		['#map=7//68.8'],
		['#map=7/38.5/'],
		['#map=/38.5/68.8'],
		// A number must be the whole part: Number('68.8x') is NaN, which passes every range check.
		['#map=7/38.5/68.8x'],
		['#map=7/38.5x/68.8'],
		// Only a leading # is the hash's own; one inside the value spoils it.
		['map=7/38.5/6#8.8'],
		['#map=7/ 38.5/68.8'],
		['#map=NaN/38.5/68.8'],
		['#map=Infinity/38.5/68.8'],
		['#map=0.5/38.5/68.8'],
		['#map=18.01/38.5/68.8'],
		['#map=7/85.06/68.8'],
		['#map=7/-90/68.8'],
		['#map=7/38.5/180.0001'],
		['#map=7/38.5/-181'],
		['#map=%E0%A4%A/38.5/68.8'],
		['#map=<script>/1/2'],
		['#mapx=7/38.5/68.8'],
		['#zoom=7/38.5/68.8']
	])('ignores malformed %s', (hash) => {
		expect(parseHash(hash)).toBeNull();
	});
});

describe('formatView', () => {
	it('takes the precision from the zoom', () => {
		expect(precisionForZoom(0)).toBe(1);
		expect(precisionForZoom(7)).toBe(3);
		expect(precisionForZoom(18)).toBe(6);
		expect(formatView({ zoom: 7, lat: 38.55981234, lng: 68.78701234 })).toBe('7/38.56/68.787');
		expect(formatView({ zoom: 3.14159, lat: 38.55981234, lng: 68.78701234 })).toBe(
			'3.14/38.56/68.79'
		);
		expect(formatView({ zoom: 9, lat: -0.00001, lng: 0 })).toBe('9/0/0');
	});

	it('round-trips through parseHash', () => {
		const view = { zoom: 9.5, lat: 37.9146, lng: 69.7845 };
		const back = parseHash(`#map=${formatView(view)}`);
		expect(back).not.toBeNull();
		expect(back!.zoom).toBe(9.5);
		expect(back!.lat).toBeCloseTo(view.lat, 3);
		expect(back!.lng).toBeCloseTo(view.lng, 3);
	});
});

describe('writeHash', () => {
	const view = { zoom: 7, lat: 38.5, lng: 68.8 };
	it.each([
		['', '#map=7/38.5/68.8'],
		['#', '#map=7/38.5/68.8'],
		['#map=1/2/3', '#map=7/38.5/68.8'],
		['#a=1&map=1/2/3&b', '#a=1&map=7/38.5/68.8&b'],
		['#a=1', '#a=1&map=7/38.5/68.8'],
		['a=#1', '#a=#1&map=7/38.5/68.8']
	])('sets the view in %s', (hash, expected) => {
		expect(writeHash(hash, view)).toBe(expected);
	});
});
