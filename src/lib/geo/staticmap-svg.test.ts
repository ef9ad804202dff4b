/**
 * What the static map draws, on a small made-up world whose every position is known: which
 * layers appear at which zoom, where places, their labels and their marks go, and what a chapter
 * or a selection changes. Positions are computed with `project`, checked against MapLibre's
 * formula in staticmap.test.ts.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { project } from './mercator';
import { COLORS, TOWN, WATER } from './palette';
import { staticMapSvg, type BasemapData, type StaticPlace } from './staticmap';

const W = 400;
const H = 300;

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const square = (lng: number, lat: number, r: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[lng - r, lat - r],
			[lng + r, lat - r],
			[lng + r, lat + r],
			[lng - r, lat + r],
			[lng - r, lat - r]
		]
	]
});
const river = (name: string, rank: number, lat: number): Feature => ({
	type: 'Feature',
	properties: { name, rank },
	geometry: {
		type: 'LineString',
		coordinates: [
			[-1, lat],
			[1, lat]
		]
	}
});
const point = (lng: number, lat: number, properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates: [lng, lat] }
});

function basemap(over: Partial<BasemapData> = {}): BasemapData {
	const feature = (geometry: Polygon): Feature => ({ type: 'Feature', properties: {}, geometry });
	return {
		context: fc([feature(square(0, 0, 5))]),
		region: fc([feature(square(0, 0, 3))]),
		tajikistan: fc([feature(square(0, 0, 1))]),
		border: fc([
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'LineString',
					coordinates: [
						[-1, -0.005],
						[1, -0.005]
					]
				}
			}
		]),
		labels: fc([]),
		rivers: fc([]),
		lakes: fc([]),
		towns: fc([]),
		...over
	};
}

const NO_AREAS: FeatureCollection<Polygon, { slug: string; radiusKm: number }> = {
	type: 'FeatureCollection',
	features: []
};

const town = (slug: string, lng: number, lat: number, over: Partial<StaticPlace> = {}) =>
	({
		slug,
		name: slug[0].toUpperCase() + slug.slice(1),
		precision: 'centre',
		lng,
		lat,
		point: true,
		...over
	}) as StaticPlace;

/** The map's pixel for a position, at this zoom, centred on 0°, 0°. */
function px(lng: number, lat: number, zoom: number): [number, number] {
	const [x, y] = project(lng, lat, zoom);
	const [cx, cy] = project(0, 0, zoom);
	return [x - cx + W / 2, y - cy + H / 2];
}
const n = (v: number) => String(Math.round(v * 10) / 10);

function svg(
	zoom: number,
	places: StaticPlace[] = [],
	options: {
		selected?: string;
		featured?: string[];
		base?: Partial<BasemapData>;
		areas?: typeof NO_AREAS;
	} = {}
) {
	return staticMapSvg(basemap(options.base), places, options.areas ?? NO_AREAS, {
		camera: { center: [0, 0], zoom },
		width: W,
		height: H,
		selected: options.selected ?? null,
		featured: options.featured ?? [],
		title: 'Test & <map>'
	});
}

describe('staticMapSvg: the basemap', () => {
	it('is an image of the given size with an escaped title and the background', () => {
		const out = svg(6);
		expect(out).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="300" viewBox="0 0 400 300" role="img">/
		);
		expect(out).toContain('<title>Test &amp; &lt;map&gt;</title>');
		expect(out).toContain(`<rect width="400" height="300" fill="${COLORS.background}"`);
	});

	it('paints its background without anti-aliasing, so that Chromium never rasterises it with MSAA', () => {
		// A display list with a non-anti-aliased paint vetoes MSAA (cc's GetMSAASampleCountForRaster).
		expect(svg(7)).toMatch(/^<svg[^]*?<rect [^>]*shape-rendering="crispEdges"\/>/);
	});

	it('draws the countries beyond the region below zoom 7 only', () => {
		expect(svg(6)).toContain(`fill="${COLORS.context}"`);
		expect(svg(7)).not.toContain(`fill="${COLORS.context}"`);
	});

	it('fills the region and Tajikistan once each, and outlines them above the water', () => {
		const out = svg(7);
		expect(out.match(/<path id="region" d="M/g)).toHaveLength(1);
		expect(out.match(/<path id="tajikistan" d="M/g)).toHaveLength(1);
		const order = [
			`<use href="#region" fill="${COLORS.neighbour}"/>`,
			`<use href="#tajikistan" fill="${COLORS.focus}"/>`,
			`<use href="#region" fill="none" stroke="${COLORS.neighbourLine}" stroke-width="0.8"/>`,
			`<use href="#tajikistan" fill="none" stroke="${COLORS.focusLine}" stroke-width="1.6"/>`
		].map((s) => out.indexOf(s));
		expect(order.every((i) => i > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('clips Tajikistan to the canvas and a margin of 8 pixels', () => {
		// At zoom 8 the 2°-wide square is far wider than the canvas: its outline is the margin box.
		const d = svg(8).match(/<path id="tajikistan" d="([^"]+)"/)![1];
		expect(d).toBe('M-8 -8l0 316l416 0l0 -316z');
	});

	it('draws rivers by rank as the live style does, thicker from zoom 7', () => {
		const rivers = fc([river('Big', 1, 0.1), river('Middle', 2, 0.2), river('Small', 3, 0.3)]);
		const count = (zoom: number) =>
			(
				svg(zoom, [], { base: { rivers } }).match(
					new RegExp(`stroke="${WATER.line}" stroke-width`, 'g')
				) ?? []
			).length;
		const paths = (zoom: number) => {
			const m = svg(zoom, [], { base: { rivers } }).match(
				new RegExp(`<path d="([^"]+)" fill="none" stroke="${WATER.line}"`)
			);
			return m ? m[1].split('M').length - 1 : 0;
		};
		expect(paths(5)).toBe(1);
		expect(paths(6)).toBe(2);
		expect(paths(8)).toBe(3);
		expect(count(6)).toBe(1);
		expect(svg(6, [], { base: { rivers } })).toContain(`stroke="${WATER.line}" stroke-width="1" `);
		expect(svg(7, [], { base: { rivers } })).toContain(
			`stroke="${WATER.line}" stroke-width="1.6" `
		);
	});

	it('draws the border cased and dashed, wider with the zoom (2 px at zoom 4, 5 px from zoom 10)', () => {
		for (const [zoom, width] of [
			[4, 2],
			[7, 3.5],
			[10, 5],
			[12, 5]
		]) {
			const out = svg(zoom);
			expect(out).toContain(
				`<use href="#border" fill="none" stroke="${COLORS.borderCasing}" stroke-width="${n(width * 2)}"`
			);
			expect(out).toContain(
				`stroke="${COLORS.border}" stroke-width="${n(width)}" stroke-dasharray="${n(width * 3)} ${n(width * 1.5)}"`
			);
		}
	});
});

describe('staticMapSvg: places', () => {
	const Z = 8;
	const a = town('alpha', 0.1, 0.1);
	const [ax, ay] = px(0.1, 0.1, Z);

	it('puts a town at its position, a white dot edged dark, its name to the right', () => {
		const out = svg(Z, [a]);
		expect(out).toContain(
			`<circle cx="${n(ax)}" cy="${n(ay)}" r="5" fill="${COLORS.place}" stroke="${COLORS.placeLine}" stroke-width="1.6"/>`
		);
		expect(out).toContain(
			`<text x="${n(ax + 9)}" y="${n(ay + 13 * 0.35)}" font-size="13" font-weight="600" fill="${COLORS.label}">Alpha</text>`
		);
	});

	it('draws the selected place larger, in the selection colour', () => {
		expect(svg(Z, [a], { selected: 'alpha' })).toContain(
			`<circle cx="${n(ax)}" cy="${n(ay)}" r="8" fill="${COLORS.selected}" stroke="${COLORS.placeLine}" stroke-width="3"/>`
		);
	});

	it('rings a featured place in yellow, under its dot', () => {
		const out = svg(Z, [a], { featured: ['alpha'] });
		const ring = `<circle cx="${n(ax)}" cy="${n(ay)}" r="12" fill="${COLORS.featured}" stroke="${COLORS.placeLine}" stroke-width="1.5"/>`;
		expect(out).toContain(ring);
		expect(out.indexOf(ring)).toBeLessThan(out.indexOf(`r="5" fill="${COLORS.place}"`));
		expect(svg(Z, [a])).not.toContain(`fill="${COLORS.featured}"`);
	});

	it('names a region at its centre, in the area colour, without a dot', () => {
		const out = svg(Z, [
			town('vale', 0.1, 0.1, { precision: 'region', radiusKm: 30, name: 'Vale' })
		]);
		expect(out).not.toContain('<circle');
		const w = 'Vale'.length * 12 * 0.55;
		expect(out).toContain(
			`<text x="${n(ax - w / 2)}" y="${n(ay + 12 * 0.35)}" font-size="12" font-weight="600" fill="${COLORS.areaLabel}">Vale</text>`
		);
	});

	it('leaves out places beyond the canvas and its 20-pixel margin, and places that are not points', () => {
		// 0.5° east at zoom 8 is about 180 px right of the centre: past 400 + 20.
		expect(svg(Z, [town('far', 0.7, 0)])).not.toContain('<circle');
		expect(svg(Z, [town('line', 0.1, 0.1, { point: false })])).not.toContain('<circle');
		expect(svg(Z, [town('far', 0.7, 0)])).not.toContain('>Far<');
	});

	it('gives a label its box: a second name on the same spot is left out', () => {
		const out = svg(Z, [a, town('beta', 0.1, 0.1)]);
		expect(out).toContain('>Alpha</text>');
		expect(out).not.toContain('>Beta</text>');
		// Apart, both are named.
		expect(svg(Z, [a, town('beta', -0.2, -0.2)])).toContain('>Beta</text>');
	});

	it('escapes names', () => {
		expect(svg(Z, [town('x', 0.1, 0.1, { name: 'A<b>&c' })])).toContain('>A&lt;b&gt;&amp;c</text>');
	});
});

describe('staticMapSvg: region areas', () => {
	const Z = 8;
	const areas = (radiusKm: number): typeof NO_AREAS => ({
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: { slug: 'vale', radiusKm }, geometry: square(0, 0, 0.1) }
		]
	});

	it('outlines an area dashed, faintly filled; more strongly when it is the page’s place', () => {
		expect(svg(Z, [], { areas: areas(30) })).toContain(
			`fill="${COLORS.area}" fill-opacity="0.05" stroke="${COLORS.area}" stroke-width="1.2" stroke-dasharray="4 3"`
		);
		expect(svg(Z, [], { areas: areas(30), selected: 'vale' })).toContain(
			`fill="${COLORS.area}" fill-opacity="0.18" stroke="${COLORS.area}" stroke-width="2" stroke-dasharray="4 3"`
		);
	});

	it('washes a featured area yellow', () => {
		const out = svg(Z, [], { areas: areas(30), featured: ['vale'] });
		expect(out).toContain(`fill="${COLORS.featured}" fill-opacity="0.25"`);
		expect(out).toContain(`fill-opacity="0" stroke="${COLORS.area}" stroke-width="2"`);
	});

	it('leaves out a country-sized area unless it is selected or featured', () => {
		expect(svg(Z, [], { areas: areas(300) })).not.toContain(`stroke="${COLORS.area}"`);
		expect(svg(Z, [], { areas: areas(300), selected: 'vale' })).toContain(
			`stroke="${COLORS.area}"`
		);
		expect(svg(Z, [], { areas: areas(300), featured: ['vale'] })).toContain(
			`stroke="${COLORS.area}"`
		);
	});
});

describe('staticMapSvg: basemap towns and country names', () => {
	it('shows towns from their minimum zoom, the most populous first, big ones larger', () => {
		const towns = fc([
			point(0.05, 0.05, { name: 'Small', population: 5_000, minzoom: 8 }),
			point(-0.2, -0.1, { name: 'Big', population: 500_000, minzoom: 6 })
		]);
		const at7 = svg(7, [], { base: { towns } });
		expect(at7).toContain('>Big</text>');
		expect(at7).not.toContain('>Small</text>');
		const at8 = svg(8, [], { base: { towns } });
		expect(at8).toContain('>Small</text>');
		const [bx, by] = px(-0.2, -0.1, 8);
		expect(at8).toContain(
			`<circle cx="${n(bx)}" cy="${n(by)}" r="3" fill="${TOWN.dot}" stroke="${TOWN.dotLine}"/>`
		);
		expect(at8).toContain(`font-size="12" font-weight="600" fill="${TOWN.label}">Big</text>`);
		expect(at8).toContain(`font-size="11" font-weight="400" fill="${TOWN.label}">Small</text>`);
		expect(svg(3, [], { base: { towns } })).not.toContain('>Big</text>');
	});

	it('writes country names in capitals, the focus country larger and bolder', () => {
		const labels = fc([
			point(0, 0.3, { name: 'Tajikistan', focus: true }),
			point(0.3, -0.3, { name: 'Afghanistan' })
		]);
		const out = svg(7, [], { base: { labels } });
		expect(out).toMatch(/font-size="15" font-weight="600" fill="[^"]+">TAJIKISTAN</);
		expect(out).toMatch(/font-size="12" font-weight="400" fill="[^"]+">AFGHANISTAN</);
	});
});
