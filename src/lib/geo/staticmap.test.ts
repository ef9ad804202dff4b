import { describe, expect, it } from 'vitest';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import { loadAtlas } from './atlas';
import type { MultiLineString } from 'geojson';
import { framePlaces, placeCamera } from './camera';
import { COLORS } from './palette';
import { regionCircle } from './location';
import { project, unproject, worldSize } from './mercator';
import { riverLabelAt, staticMapSvg } from './staticmap';
import { placeSummaries } from './summary';

describe('Web Mercator', () => {
	it('puts 0°, 0° in the middle of a 512-pixel world at zoom 0, and doubles per zoom', () => {
		expect(project(0, 0, 0)).toEqual([256, 256]);
		expect(worldSize(3)).toBe(4096);
		const [x, y] = project(69.2, 38.5, 8);
		const [lng, lat] = unproject(x, y, 8);
		expect(lng).toBeCloseTo(69.2, 9);
		expect(lat).toBeCloseTo(38.5, 9);
	});

	it('matches MapLibre at a known point: Dushanbe at zoom 8', () => {
		// x = (lng + 180) / 360 · 512 · 2⁸; y from the Mercator formula, computed independently.
		const [x, y] = project(68.7739, 38.5598, 8);
		expect(x).toBeCloseTo(((68.7739 + 180) / 360) * 131072, 6);
		const φ = (38.5598 * Math.PI) / 180;
		expect(y).toBeCloseTo((1 - Math.log(Math.tan(φ) + 1 / Math.cos(φ)) / Math.PI) * 65536, 6);
	});
});

describe('riverLabelAt', () => {
	it('puts a name on the middle of a straight line, along it', () => {
		const placed = riverLabelAt(
			[
				[
					[0, 100],
					[400, 100]
				]
			],
			100
		);
		expect(placed).toEqual({ at: [200, 100], angle: 0 });
	});

	it('keeps the text upright on a line drawn right to left', () => {
		const placed = riverLabelAt(
			[
				[
					[400, 300],
					[0, 0]
				]
			],
			100
		);
		expect(placed!.angle).toBeCloseTo((Math.atan2(300, 400) * 180) / Math.PI, 6);
	});

	it('refuses a line too short or too bent for the name, and takes the longest run', () => {
		expect(
			riverLabelAt(
				[
					[
						[0, 0],
						[90, 0]
					]
				],
				100
			)
		).toBeNull();
		const zigzag = Array.from(
			{ length: 40 },
			(_, i) => [i * 2, i % 2 ? 40 : 0] as [number, number]
		);
		expect(riverLabelAt([zigzag], 100)).toBeNull();
		const placed = riverLabelAt(
			[
				[
					[0, 0],
					[200, 0]
				],
				[
					[0, 50],
					[0, 650]
				]
			],
			100
		);
		expect(placed!.at).toEqual([0, 350]);
		expect(Math.abs(placed!.angle)).toBe(90);
	});
});

describe('staticMapSvg', () => {
	const atlas = loadAtlas(realAtlasInput());
	const summaries = placeSummaries(atlas);
	const kurganTyube = summaries.find((p) => p.slug === 'kurgan-tyube')!;
	const svg = staticMapSvg(
		atlas.basemap,
		summaries.map((p) => ({ ...p, point: !p.bbox })),
		{ type: 'FeatureCollection', features: [] },
		{
			camera: placeCamera(kurganTyube),
			width: 1600,
			height: 1200,
			selected: 'kurgan-tyube',
			title: 'Map of Kurgan-Tyube & its surroundings'
		}
	);
	const texts = [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)"[^>]*>([^<]*)<\/text>/g)];

	it('names the river the town stands on, along its line, and the towns around', () => {
		expect(svg).toMatch(/font-style="italic"[^>]*>Vakhsh<\/text>/);
		expect(texts.map((t) => t[3])).toEqual(expect.arrayContaining(['Kurgan-Tyube', 'Kulyab']));
		expect(texts.filter((t) => /fill="#4d453c"/.test(t[0])).length).toBeGreaterThan(10);
	});

	it('draws the selected place larger than the others', () => {
		const [x, y] = [800, 600];
		expect(svg).toContain(`<circle cx="${x}" cy="${y}" r="8"`);
	});

	it('writes no label outside the canvas, and escapes its title', () => {
		for (const [, x, y] of texts) {
			expect(Number(x)).toBeGreaterThan(-200);
			expect(Number(x)).toBeLessThan(1600);
			expect(Number(y)).toBeGreaterThan(-20);
			expect(Number(y)).toBeLessThan(1220);
		}
		expect(svg).toContain('<title>Map of Kurgan-Tyube &amp; its surroundings</title>');
	});
});

describe('staticMapSvg: a story chapter’s featured places (issue 15)', () => {
	const atlas = loadAtlas(realAtlasInput());
	const summaries = placeSummaries(atlas);
	const featured = ['dushanbe', 'kulyab', 'rasht-valley', 'afghanistan', 'afghan-border'];
	const border = atlas.places.find((f) => f.properties.slug === 'afghan-border')!;
	const places = summaries.map((p) => ({
		...p,
		point: !p.bbox,
		...(p.slug === 'afghan-border'
			? { lines: (border.geometry as MultiLineString).coordinates }
			: {})
	}));
	const areas = {
		type: 'FeatureCollection' as const,
		features: summaries
			.filter((p) => p.precision === 'region' && p.radiusKm)
			.map((p) => ({
				type: 'Feature' as const,
				properties: { slug: p.slug, radiusKm: p.radiusKm! },
				geometry: regionCircle(p.lng, p.lat, p.radiusKm!)
			}))
	};
	const camera = framePlaces(
		['dushanbe', 'kulyab', 'garm'].map((s) => summaries.find((p) => p.slug === s)!)
	);
	const draw = (f: string[]) =>
		staticMapSvg(atlas.basemap, places, areas, {
			camera,
			width: 1600,
			height: 1200,
			featured: f,
			title: 't'
		});
	const marked = draw(featured);
	const plain = draw([]);
	const yellow = (svg: string) => svg.split(`"${COLORS.featured}"`).length - 1;

	it('rings each featured dot in yellow edged in dark, under the dot', () => {
		const rings = [
			...marked.matchAll(
				/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="12" fill="([^"]+)" stroke="([^"]+)"/g
			)
		];
		expect(rings).toHaveLength(2);
		for (const r of rings) expect([r[3], r[4]]).toEqual([COLORS.featured, COLORS.placeLine]);
		// Each ring is followed by its place's dot, at the same point.
		for (const r of rings) {
			expect(marked).toMatch(new RegExp(`r="12"[^>]*/><circle cx="${r[1]}" cy="${r[2]}" r="5"`));
		}
	});

	it('washes featured regions, a country-sized one too, and bands the border', () => {
		// Rasht valley and Afghanistan washed, the border banded: three more yellow shapes.
		expect(yellow(marked)).toBe(2 + 3);
		expect(marked).toMatch(new RegExp(`stroke="${COLORS.featured}" stroke-width="[\\d.]+"`));
		expect(yellow(plain)).toBe(0);
		// Afghanistan's circle (650 km) is not outlined unless featured or selected.
		expect(marked.match(/stroke-dasharray="4 3"/g)!.length).toBe(
			plain.match(/stroke-dasharray="4 3"/g)!.length + 1
		);
	});
});
