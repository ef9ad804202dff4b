import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { COLORS } from '$lib/geo/palette';
import { drawsFeature, paint, parseColour } from '../../../tests/fixtures/style-expression';
import { areaLayers, featuredAreaLayers, featuredPlaceLayers, placeLayers } from './places';

const [points, labels] = placeLayers();
const [area, outline] = areaLayers();
const [dot] = featuredPlaceLayers();
const [wash, edge, band] = featuredAreaLayers();

describe('the places’ dots and labels', () => {
	it('draw a dot for a town, none for a place known only to a region', () => {
		expect(drawsFeature(points, { precision: 'centre' })).toBe(true);
		expect(drawsFeature(points, { precision: 'region', radiusKm: 40 })).toBe(false);
		expect(drawsFeature(dot, { precision: 'region', radiusKm: 40 })).toBe(false);
	});

	it('name a region, but leave a country-sized one to the basemap’s labels', () => {
		expect(drawsFeature(labels, { precision: 'region', radiusKm: 40 })).toBe(true);
		expect(drawsFeature(labels, { precision: 'region', radiusKm: 650 })).toBe(false);
		const country = { basemap: 'country', iso: '004' };
		expect(drawsFeature(labels, { precision: 'region', outline: country })).toBe(false);
		// MapLibre may hand a feature's object property to expressions as its JSON.
		const json = JSON.stringify(country);
		expect(drawsFeature(labels, { precision: 'region', outline: json })).toBe(false);
		const valley = { basemap: 'river', id: 'surkhob', bufferKm: 12, note: 'n' };
		expect(drawsFeature(labels, { precision: 'region', outline: valley })).toBe(true);
		expect(drawsFeature(labels, { precision: 'exact' })).toBe(true);
	});

	it.each([
		[{}, 5, COLORS.place],
		[{ hover: true }, 7, COLORS.hovered],
		[{ selected: true }, 8, COLORS.selected],
		[{ selected: true, hover: true }, 8, COLORS.selected]
	])('with state %j: a dot of radius %d in %s', (state, radius, colour) => {
		expect(paint(points, 'circle-radius', state)).toBe(radius);
		expect(paint(points, 'circle-color', state)).toEqual(parseColour(colour));
	});
});

describe('the region areas', () => {
	it('veil nothing until chosen or hovered', () => {
		expect(paint(area, 'fill-opacity', {})).toBe(0);
		expect(paint(area, 'fill-opacity', { hover: true })).toBeGreaterThan(0);
		expect(paint(area, 'fill-opacity', { selected: true })).toBeGreaterThan(
			paint(area, 'fill-opacity', { hover: true }) as number
		);
	});

	it('outline a region; a country-sized one only when chosen or featured', () => {
		const region = { country: false };
		const country = { country: true };
		expect(paint(outline, 'line-opacity', {}, region)).toBeGreaterThan(0);
		expect(paint(outline, 'line-opacity', {}, country)).toBe(0);
		expect(paint(outline, 'line-opacity', { selected: true }, country)).toBe(1);
		expect(paint(outline, 'line-opacity', { featured: true }, country)).toBe(1);
	});
});

describe('the story’s marks on places', () => {
	it('show for a featured place or area only, whatever else is set', () => {
		const states: Record<string, boolean>[] = [{}, { selected: true }, { hover: true }];
		for (const state of states) {
			expect(paint(dot, 'circle-opacity', state)).toBe(0);
			expect(paint(wash, 'fill-opacity', state)).toBe(0);
			expect(paint(band, 'line-opacity', state)).toBe(0);
			expect(paint(edge, 'line-opacity', state)).toBe(0);
			const on = { ...state, featured: true };
			expect(paint(dot, 'circle-opacity', on)).toBe(1);
			expect(paint(wash, 'fill-opacity', on)).toBeGreaterThan(0);
			expect(paint(band, 'line-opacity', on)).toBe(1);
			expect(paint(edge, 'line-opacity', on)).toBe(1);
		}
	});

	it('are yellow edged in dark, not the colours of the selected or hovered place', () => {
		const colour = (l: LayerSpecification, p: string) =>
			String((l.paint as Record<string, unknown>)[p]);
		expect(colour(dot, 'circle-color')).toBe(COLORS.featured);
		expect(colour(dot, 'circle-stroke-color')).toBe(COLORS.placeLine);
		expect(colour(band, 'line-color')).toBe(COLORS.featured);
		expect(colour(edge, 'line-color')).toBe(COLORS.placeLine);
		expect(COLORS.featured).not.toBe(COLORS.selected);
		expect(COLORS.featured).not.toBe(COLORS.hovered);
	});

	it('band a line with its dark edge showing on both sides', () => {
		expect(paint(edge, 'line-width', {})).toBeGreaterThan(paint(band, 'line-width', {}) as number);
	});

	it('ring a place wider than its selected dot, so a featured place chosen keeps its ring', () => {
		const selected = paint(points, 'circle-radius', { selected: true }) as number;
		const stroke = paint(points, 'circle-stroke-width', { selected: true }) as number;
		expect(paint(dot, 'circle-radius', { featured: true })).toBeGreaterThan(selected + stroke / 2);
	});
});
