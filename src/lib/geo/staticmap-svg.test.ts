/**
 * What the static map draws, on a small made-up world whose every position is known: which
 * layers appear at which zoom, where places, their labels and their marks go, and what a chapter
 * or a selection changes. Positions are computed with `project`, checked against MapLibre's
 * formula in staticmap.test.ts.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { project, unproject } from './mercator';
import { COLORS, TOWN, WATER } from './palette';
import { staticMapSvg, type AreaProperties, type BasemapData, type StaticPlace } from './staticmap';

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

const land = (geometry: Polygon): Feature => ({ type: 'Feature', properties: {}, geometry });

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
		provinces: fc([]),
		world: fc([]),
		outlines: fc([]),
		...over
	};
}

/** A name's width in ems, as the static map reckons it: 0.68 a capital, 0.55 any other letter. */
const ems = (text: string) =>
	[...text].reduce((sum, c) => sum + (c !== c.toLowerCase() ? 0.68 : 0.55), 0);

const NO_AREAS: FeatureCollection<Polygon, AreaProperties> = {
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
/** The position drawn at a pixel of the canvas, at this zoom: the inverse of `px`. */
function lngLat(x: number, y: number, zoom: number): [number, number] {
	const [cx, cy] = project(0, 0, zoom);
	return unproject(x + cx - W / 2, y + cy - H / 2, zoom);
}

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

	it('fills the land beyond the region in the region’s colour at every zoom: no box shows', () => {
		// The world beyond the context box and the context, each a square across the canvas.
		const base = {
			world: fc([land(square(1, 0, 2))]),
			context: fc([land(square(-1, 0, 2))])
		};
		for (const zoom of [3, 6, 7, 9]) {
			const out = svg(zoom, [], { base });
			const fills = [...out.matchAll(/<path d="[^"]+" fill="(#[0-9a-f]+)"\/>/g)].map((m) => m[1]);
			expect(fills).toEqual([COLORS.neighbour]);
		}
	});

	it('draws the borders from the outlines, never the clipped polygons’ edges', () => {
		const outlines = fc([
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'LineString',
					coordinates: [
						[-2, 0.5],
						[2, 0.5]
					]
				}
			}
		]);
		const out = svg(7, [], { base: { outlines } });
		// The region's polygon is a fill only: its clipped edge would draw the box.
		expect(out).not.toMatch(/<use href="#region" fill="none"/);
		const border = `fill="none" stroke="${COLORS.neighbourLine}" stroke-width="0.8"`;
		expect(out).toMatch(new RegExp(`<path d="M[^"]+" ${border}`));
		const order = [
			`<use href="#region" fill="${COLORS.neighbour}"/>`,
			`<use href="#tajikistan" fill="${COLORS.focus}"/>`,
			border,
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
			`<text x="${n(ax + 12)}" y="${n(ay + 13 * 0.35)}" font-size="13" font-weight="600" fill="${COLORS.label}">Alpha</text>`
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
		const w = ems('Vale') * 12;
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

	it('gives a label its box: a second name on the same spot goes to the other side', () => {
		const out = svg(Z, [a, town('beta', 0.1, 0.1)]);
		expect(out).toContain(`<text x="${n(ax + 12)}" y="${n(ay + 13 * 0.35)}"`);
		const w = ems('Beta') * 13;
		expect(out).toContain(`<text x="${n(ax - 12 - w)}" y="${n(ay + 13 * 0.35)}"`);
		// Where every spot around the point is taken, a name is left out.
		const crowd = ['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((c) => town(`${c}eta`, 0.1, 0.1));
		const named = svg(Z, [a, ...crowd]).match(/eta<\/text>/g) ?? [];
		expect(named.length).toBeGreaterThan(1);
		expect(named.length).toBeLessThan(crowd.length);
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
			{
				type: 'Feature',
				properties: { slug: 'vale', country: radiusKm > 250, approximate: true },
				geometry: square(0, 0, 0.1)
			}
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

/** Every path's `d`: whole-pixel moves, one or more subpaths, nothing else. */
const PATH = /^(M-?\d+ -?\d+(l-?\d+ -?\d+)*z?)+$/;
const paths = (out: string) => [...out.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]);
/** The text of the document outside its elements and outside the title and labels. */
const stray = (out: string) =>
	out
		.replace(/<title>[^<]*<\/title>/g, '')
		// The capitals' embedded face.
		.replace(/<style>@font-face\{[^<]*\}<\/style>/g, '')
		.replace(/<text [^>]*>[^<]*<\/text>/g, '')
		.replace(/<[^>]+>/g, '');
const texts = (out: string) => [...out.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('staticMapSvg: the document', () => {
	const Z = 8;
	const rivers = fc([river('Oxus', 1, 0.1), river('Vakhsh', 1, -0.1)]);
	const towns = fc([point(-0.3, 0.2, { name: 'Dunetown', population: 5_000, minzoom: 6 })]);
	const labels = fc([point(0.2, -0.25, { name: 'Farland' })]);
	const out = () =>
		svg(Z, [town('alpha', 0.1, 0.05), town('beta', -0.15, -0.05)], {
			base: { rivers, towns, labels }
		});

	it('is made of elements, the title and the labels’ words, and nothing else', () => {
		const doc = out();
		expect(texts(doc)).toEqual(
			expect.arrayContaining(['Oxus', 'Vakhsh', 'Alpha', 'Beta', 'FARLAND', 'Dunetown'])
		);
		expect(doc.match(/<circle /g)).toHaveLength(3);
		expect(stray(doc)).toBe('');
		expect(doc.endsWith('</g></svg>')).toBe(true);
		expect(doc).toMatch(
			/<\/title><defs><style>@font-face[^<]+<\/style><path id="region" d="[^"]+"\/><path id="tajikistan"/
		);
	});

	it('writes every shape as whole-pixel moves, and no empty shape', () => {
		for (const d of paths(out())) expect(d).toMatch(PATH);
		// No lakes in this world: no lake shape either.
		expect(out()).not.toContain(`fill="${WATER.fill}"`);
	});

	it('writes no shared shape for a basemap layer that has nothing to draw', () => {
		const doc = svg(Z, [], { base: { region: fc([]), tajikistan: fc([]), border: fc([]) } });
		expect(doc).not.toContain('<defs>');
		expect(doc).not.toContain('<use ');
		expect(stray(doc)).toBe('');
		for (const d of paths(doc)) expect(d).toMatch(PATH);
	});

	it('writes every coordinate and size with at most one decimal', () => {
		const numbers = [...out().matchAll(/ (?:x|y|cx|cy|r|font-size|stroke-width)="([^"]+)"/g)];
		expect(numbers.length).toBeGreaterThan(10);
		for (const [, v] of numbers) expect(v).toMatch(/^-?\d+(\.\d)?$/);
	});

	it('escapes quotes, in names and in the title', () => {
		const doc = svg(Z, [town('q', 0.1, 0.1, { name: 'The "Garden"' })]);
		expect(doc).toContain('>The &quot;Garden&quot;</text>');
	});
});

describe('staticMapSvg: geometry of every kind', () => {
	const Z = 8;
	const feature = (geometry: Feature['geometry'] | null): Feature =>
		({ type: 'Feature', properties: {}, geometry }) as Feature;
	const twoSquares = {
		type: 'MultiPolygon' as const,
		coordinates: [square(-0.2, 0, 0.05).coordinates, square(0.2, 0, 0.05).coordinates]
	};

	it('fills each polygon of a multipolygon, and skips features with no area', () => {
		const region = fc([
			feature(null),
			feature({ type: 'Point', coordinates: [0, 0] }),
			feature({
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 1]
				]
			}),
			feature(twoSquares)
		]);
		const d = svg(Z, [], { base: { region } }).match(/<path id="region" d="([^"]+)"/)![1];
		expect(d).toMatch(PATH);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d.match(/z/g)).toHaveLength(2);
	});

	it('draws each line of a multiline river, open, and skips features with no line', () => {
		const rivers = fc([
			feature(null),
			feature({ type: 'Point', coordinates: [0, 0] }),
			feature(square(0, 0, 0.1)),
			{
				type: 'Feature',
				properties: { rank: 1 },
				geometry: {
					type: 'MultiLineString',
					coordinates: [
						[
							[-1, 0.1],
							[1, 0.1]
						],
						[
							[-1, -0.1],
							[1, -0.1]
						]
					]
				}
			}
		]);
		const out = svg(Z, [], { base: { rivers } });
		const d = out.match(new RegExp(`<path d="([^"]+)" fill="none" stroke="${WATER.line}"`))![1];
		expect(d).toMatch(PATH);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).not.toContain('z');
	});

	it('writes nothing for a lake beyond the canvas', () => {
		const lakes = fc([feature(square(5, 5, 0.1))]);
		expect(svg(Z, [], { base: { lakes } })).not.toContain(`fill="${WATER.fill}"`);
	});

	it('fills lakes in water blue, edged darker', () => {
		const lakes = fc([{ ...feature(square(0.1, 0.1, 0.05)), properties: { rank: 1 } }]);
		expect(svg(Z, [], { base: { lakes } })).toMatch(
			new RegExp(
				`<path d="M[^"]+z" fill="${WATER.fill}" stroke="${WATER.line}" stroke-width="0.5" fill-rule="evenodd"/>`
			)
		);
	});

	it('draws a river without properties as the smallest rank, and a town or name without them not at all', () => {
		const bare = (geometry: Feature['geometry']): Feature =>
			({ type: 'Feature', properties: null, geometry }) as Feature;
		const base = {
			rivers: fc([
				bare({
					type: 'LineString',
					coordinates: [
						[-1, 0.1],
						[1, 0.1]
					]
				})
			]),
			towns: fc([bare({ type: 'Point', coordinates: [0.1, 0.1] })]),
			labels: fc([bare({ type: 'Point', coordinates: [0, 0] })])
		};
		const line = new RegExp(`fill="none" stroke="${WATER.line}"`);
		expect(svg(8, [], { base })).toMatch(line);
		expect(svg(7, [], { base })).not.toMatch(line);
		expect(svg(8, [], { base })).not.toContain('<circle');
		// A name that is not there writes no words.
		expect(texts(svg(8, [], { base })).join('')).toBe('');
	});

	it('draws the rivers of each rank from their zoom: rank 2 from 6, rank 3 from 8', () => {
		const rivers = fc([river('Big', 1, 0.1), river('Middle', 2, 0.2), river('Small', 3, 0.3)]);
		const starts = (zoom: number) => {
			const d = svg(zoom, [], { base: { rivers } }).match(
				new RegExp(`<path d="([^"]+)" fill="none" stroke="${WATER.line}"`)
			)![1];
			return [...d.matchAll(/M-?\d+ (-?\d+)/g)].map((m) => Number(m[1]));
		};
		const y = (lat: number, zoom: number) => Math.round(px(0, lat, zoom)[1]);
		expect(starts(6)).toEqual([y(0.1, 6), y(0.2, 6)]);
		expect(starts(7)).toEqual([y(0.1, 7), y(0.2, 7)]);
		expect(starts(8)).toEqual([y(0.1, 8), y(0.2, 8), y(0.3, 8)]);
	});
});

describe('staticMapSvg: what is in view', () => {
	const Z = 8;
	// A place's dot is drawn within 20 px of the canvas, so that its edge shows.
	it.each([
		['20 px left of the canvas, less 10', -10, 150, true],
		['20 px right of it, less 10', W + 10, 150, true],
		['above it, within 20 px', 200, -10, true],
		['below it, within 20 px', 200, H + 10, true],
		['30 px left of it', -30, 150, false],
		['30 px right of it', W + 30, 150, false],
		['30 px above it', 200, -30, false],
		['30 px below it', 200, H + 30, false]
	])('draws a place %s: %s', (_, x, y, shown) => {
		const [lng, lat] = lngLat(x, y, Z);
		expect(svg(Z, [town('edge', lng, lat)]).includes('<circle')).toBe(shown);
	});

	it('shows a town only on the canvas itself', () => {
		const towns = (x: number) =>
			fc([point(...lngLat(x, 150, Z), { name: 'Edge', population: 5_000, minzoom: 4 })]);
		expect(svg(Z, [], { base: { towns: towns(4) } })).toContain('>Edge</text>');
		expect(svg(Z, [], { base: { towns: towns(-2) } })).not.toContain('>Edge</text>');
	});

	it('writes a country’s name only 20 px or more inside the canvas, centred on its point', () => {
		const labels = (x: number, y: number) => fc([point(...lngLat(x, y, Z), { name: 'Farland' })]);
		for (const [x, y] of [
			[10, 150],
			[-10, 150],
			[390, 150],
			[200, 10],
			[200, 290]
		]) {
			expect(svg(Z, [], { base: { labels: labels(x, y) } })).not.toContain('FARLAND');
		}
		// Capitals tracked 0.12 em apart, as the live map's country names.
		const w = ems('FARLAND') * 12 * (1 + 0.12 / 0.55);
		expect(svg(Z, [], { base: { labels: labels(100, 80) } })).toContain(
			`<text x="${n(100 - w / 2)}" y="${n(80 + 12 * 0.35)}" font-family="'Atlas Caps','Noto Sans',sans-serif" letter-spacing="1.4" font-size="12" font-weight="400" fill="${COLORS.label}">FARLAND</text>`
		);
	});
});

describe('staticMapSvg: labels of places', () => {
	const Z = 8;
	it('names no place that is not a point, nor a country-sized one; one of 250 km it names', () => {
		expect(svg(Z, [town('line', 0.1, 0.1, { point: false })])).not.toContain('>Line<');
		const wide = svg(Z, [town('wide', 0.1, 0.1, { radiusKm: 300 })]);
		expect(wide).toContain('<circle');
		expect(wide).not.toContain('>Wide<');
		expect(svg(Z, [town('wide', 0.1, 0.1, { radiusKm: 250 })])).toContain('>Wide</text>');
	});

	it('outlines a region area of 250 km, the largest that is not a country', () => {
		const areas: typeof NO_AREAS = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { slug: 'vale', country: false, approximate: true },
					geometry: square(0, 0, 0.1)
				}
			]
		};
		const out = svg(Z, [], { areas });
		expect(out).toContain(`stroke="${COLORS.area}"`);
		// Not featured: no yellow wash.
		expect(out).not.toContain(`fill="${COLORS.featured}"`);
	});
});

describe('staticMapSvg: a featured line', () => {
	const border: StaticPlace = {
		slug: 'afghan-border',
		name: 'Afghan border',
		precision: 'region',
		lng: 0,
		lat: 0,
		point: false,
		lines: [
			[
				[-1, 0.01],
				[1, 0.01]
			]
		]
	};
	const band = (out: string) =>
		[
			...out.matchAll(
				/<path d="[^"]+" fill="none" stroke-linecap="round" stroke-linejoin="round" stroke="([^"]+)" stroke-width="([\d.]+)"\/>/g
			)
		].map((m) => [m[1], Number(m[2])]);

	it.each([
		[3, 8],
		[4, 8],
		[6, 11],
		[8, 14],
		[10, 17],
		[12, 17]
	])('at zoom %i is a yellow band %i px wide, edged in dark', (zoom, width) => {
		expect(band(svg(zoom, [border], { featured: ['afghan-border'] }))).toEqual([
			[COLORS.placeLine, width + 2.5],
			[COLORS.featured, width]
		]);
	});

	it('is not drawn when the line is not featured', () => {
		expect(band(svg(8, [border], { featured: ['elsewhere'] }))).toEqual([]);
	});
});

describe('staticMapSvg: basemap towns', () => {
	const small = (name: string, lng: number, lat: number, population = 5_000) =>
		point(lng, lat, { name, population, minzoom: 4 });

	it('names the more populous of two towns on one spot, whatever their order', () => {
		const towns = fc([
			small('Hamlet', 0.1, 0.1, 2_000),
			small('City', 0.1, 0.1, 400_000),
			small('Village', 0.1, 0.1, 9_000)
		]);
		const out = svg(8, [], { base: { towns } });
		expect(out).toContain('>City</text>');
		expect(out).not.toContain('>Hamlet</text>');
		expect(out).not.toContain('>Village</text>');
		// A town left unnamed has no dot either.
		expect(out.match(new RegExp(`stroke="${TOWN.dotLine}"`, 'g'))).toHaveLength(1);
	});

	it('shows towns from zoom 4, by the whole zoom level', () => {
		const towns = (minzoom: number) =>
			fc([point(0.1, 0.1, { name: 'Town', population: 5_000, minzoom })]);
		expect(svg(3, [], { base: { towns: towns(0) } })).not.toContain('>Town</text>');
		expect(svg(4, [], { base: { towns: towns(4) } })).toContain('>Town</text>');
		expect(svg(4.5, [], { base: { towns: towns(4) } })).toContain('>Town</text>');
		expect(svg(4.5, [], { base: { towns: towns(5) } })).not.toContain('>Town</text>');
	});

	it('counts a town of 100,000 as big, and draws towns smaller below zoom 8', () => {
		const towns = fc([small('Big', -0.2, -0.1, 100_000), small('Little', 0.2, 0.1, 99_999)]);
		const at7 = svg(7, [], { base: { towns } });
		expect(at7).toContain(`font-size="10.5" font-weight="600" fill="${TOWN.label}">Big</text>`);
		expect(at7).toContain(`font-size="9.5" font-weight="400" fill="${TOWN.label}">Little</text>`);
		const [bx, by] = px(-0.2, -0.1, 7);
		expect(at7).toContain(`<circle cx="${n(bx)}" cy="${n(by)}" r="3" fill="${TOWN.dot}"`);
	});
});

/**
 * Where labels may go. Each label claims a box, and a later one that would touch it is left out;
 * a basemap town named "T", placed last, tells where a box ends: just inside it the town is left
 * out, just beyond it the town is named. A town claims its dot (3 px around it) and its name,
 * which starts 5 px right of the dot and reaches 0.7 em (7.7 px) above and below its point.
 */
describe('staticMapSvg: the room a label takes', () => {
	const Z = 8;
	const NAME_W = ems('T') * 11;
	const probe = (x: number, y: number): Feature =>
		point(...lngLat(x, y, Z), { name: 'T', population: 5_000, minzoom: 4 });
	const named = (out: string) => out.includes('>T</text>');

	/** Town positions just inside and just beyond each side of the box [left, top, right, bottom]. */
	function around([l, t, r, b]: number[]): [string, number, number, boolean][] {
		const mid = (t + b) / 2;
		return [
			['right, touching', r + 3 - 1, mid, false],
			['right, clear', r + 3 + 1, mid, true],
			['left, touching', l - 7 - NAME_W + 1, mid, false],
			['left, clear', l - 7 - NAME_W - 1, mid, true],
			['below, touching', l - 5, b + 7.7 - 1, false],
			['below, clear', l - 5, b + 7.7 + 1, true],
			['above, touching', l - 5, t - 7.7 + 1, false],
			['above, clear', l - 5, t - 7.7 - 1, true]
		];
	}

	const place = (over: Partial<StaticPlace>) => town('p', ...lngLat(200, 150, Z), over);

	// A region's name, 12 px, centred on its point: its width and 2 px either side, 0.7 em
	// (8.4 px) above and below the point.
	const valeW = ems('Vale') * 12;
	it.each(around([200 - valeW / 2 - 2, 141.6, 200 + valeW / 2 + 2, 158.4]))(
		'a region’s name: a town %s',
		(_, x, y, shown) => {
			const vale = place({ precision: 'region', radiusKm: 30, name: 'Vale' });
			expect(named(svg(Z, [vale], { base: { towns: fc([probe(x, y)]) } }))).toBe(shown);
		}
	);

	// A place's dot: 6 px around its point (a place as wide as a country has a dot, no name).
	it.each(around([194, 144, 206, 156]))('a place’s dot: a town %s', (_, x, y, shown) => {
		const wide = place({ radiusKm: 300 });
		expect(named(svg(Z, [wide], { base: { towns: fc([probe(x, y)]) } }))).toBe(shown);
	});

	// A river's name, 11.8 px at zoom 8, on the middle of its line: the text's length (its width
	// and a tenth) along the line, and half the font size around it.
	const half = (ems('Oxus') * 11.8 * 1.1) / 2 + 5.9;
	const east: Feature = {
		type: 'Feature',
		properties: { name: 'Oxus', rank: 1 },
		geometry: {
			type: 'LineString',
			coordinates: [
				[-1, 0],
				[1, 0]
			]
		}
	};
	const north: Feature = {
		...east,
		geometry: {
			type: 'LineString',
			coordinates: [
				[0, -1],
				[0, 1]
			]
		}
	};
	it.each(around([200 - half, 150 - 5.9, 200 + half, 150 + 5.9]))(
		'a river’s name along a line from west to east: a town %s',
		(_, x, y, shown) => {
			const out = svg(Z, [], { base: { rivers: fc([east]), towns: fc([probe(x, y)]) } });
			expect(out).toContain('>Oxus</text>');
			expect(named(out)).toBe(shown);
		}
	);
	it.each(around([200 - 5.9, 150 - half, 200 + 5.9, 150 + half]))(
		'a river’s name along a line from south to north: a town %s',
		(_, x, y, shown) => {
			const out = svg(Z, [], { base: { rivers: fc([north]), towns: fc([probe(x, y)]) } });
			expect(out).toContain('>Oxus</text>');
			expect(named(out)).toBe(shown);
		}
	);

	// The town's own dot (3 px around it) must be free as well as its name: a region's name
	// that ends left of where the town's name starts still keeps the town out if it touches
	// the dot.
	it.each([
		['left of the dot, touching', [200 - 3 + 1 - valeW / 2 - 2, 150], false],
		['left of the dot, clear', [200 - 3 - 1 - valeW / 2 - 2, 150], true],
		['above the dot, touching', [201 - valeW / 2 - 2, 150 - 3 + 1 - 8.4], false],
		['above the dot, clear', [201 - valeW / 2 - 2, 150 - 3 - 1 - 8.4], true],
		['below the dot, touching', [201 - valeW / 2 - 2, 150 + 3 - 1 + 8.4], false],
		['below the dot, clear', [201 - valeW / 2 - 2, 150 + 3 + 1 + 8.4], true]
	] as const)('a town with a region’s name %s', (_, [x, y], shown) => {
		const vale = town('vale', ...lngLat(x, y, Z), {
			precision: 'region',
			radiusKm: 30,
			name: 'Vale'
		});
		expect(named(svg(Z, [vale], { base: { towns: fc([probe(200, 150)]) } }))).toBe(shown);
	});
});

describe('staticMapSvg: river names', () => {
	const line = (name: unknown, from: number, to: number, lat = 0): Feature => ({
		type: 'Feature',
		properties: { name, rank: 1 },
		geometry: {
			type: 'LineString',
			coordinates: [
				[from, lat],
				[to, lat]
			]
		}
	});
	const named = (zoom: number, rivers: Feature[], places: StaticPlace[] = []) =>
		texts(svg(zoom, places, { base: { rivers: fc(rivers) } }));

	it('writes the name on the middle of the line, along it, in italics', () => {
		expect(svg(8, [], { base: { rivers: fc([line('Oxus', -1, 1)]) } })).toContain(
			`<text x="200" y="150" dy="-0.35em" text-anchor="middle" transform="rotate(0 200 150)" font-size="11.8" font-style="italic" letter-spacing="1" fill="${WATER.label}" stroke="${WATER.halo}">Oxus</text>`
		);
		const north: Feature = {
			...line('Oxus', 0, 0),
			geometry: {
				type: 'LineString',
				coordinates: [
					[0, -1],
					[0, 1]
				]
			}
		};
		expect(svg(8, [], { base: { rivers: fc([north]) } })).toContain(
			'transform="rotate(-90 200 150)"'
		);
	});

	it.each([
		[4, null],
		[5, '10'],
		[7, '11.2'],
		[10, '13'],
		[12, '13']
	])('at zoom %i writes names at %s px (none before zoom 5)', (zoom, size) => {
		const out = svg(zoom, [], { base: { rivers: fc([line('Oxus', -1, 1, 0)]) } });
		const m = out.match(/font-size="([\d.]+)" font-style="italic"[^>]*>Oxus</);
		expect(m && m[1]).toBe(size);
	});

	it('names no river whose name is empty or not text', () => {
		expect(named(8, [line('', -1, 1), line(42, -1, 1, 0.1)])).toEqual([]);
	});

	it('names a river only where its line is a third longer than the name', () => {
		const width = ems('Oxus') * 11.8;
		const river = (length: number) => {
			const [from] = lngLat(200 - length / 2, 150, 8);
			const [to] = lngLat(200 + length / 2, 150, 8);
			return line('Oxus', from, to);
		};
		expect(named(8, [river(width * 1.2)])).toEqual([]);
		expect(named(8, [river(width * 1.4)])).toEqual(['Oxus']);
	});

	it('leaves a river unnamed where a place’s name already is', () => {
		const over = town('ford', ...lngLat(185, 150, 8), { name: 'Ford' });
		expect(named(8, [line('Oxus', -1, 1)], [over])).toEqual(['Ford']);
	});
});
