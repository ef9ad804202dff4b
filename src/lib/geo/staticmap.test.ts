import { describe, expect, it } from 'vitest';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import { loadAtlas } from '../content/atlas';
import type { MultiLineString } from 'geojson';
import { framePlaces, placeCamera } from './camera';
import { COLORS } from './palette';
import { regionCircle } from './location';
import { outlineGeometry } from './outline';
import { project, unproject, worldSize } from './mercator';
import { staticMapSvg } from './staticmap';
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

describe('staticMapSvg', () => {
	const atlas = loadAtlas(realAtlasInput());
	const summaries = placeSummaries(atlas);
	const kurganTyube = summaries.find((p) => p.slug === 'kurgan-tyube')!;
	// Drawn inside each test, not when the suite is collected: the mutation run switches its
	// mutants on per test, and a map drawn before that would test the unmutated code.
	const draw = () => {
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
		return { svg, texts };
	};

	it('names the river the town stands on, along its line, and the towns around', () => {
		const { svg, texts } = draw();
		expect(svg).toMatch(/font-style="italic"[^>]*>Vakhsh<\/text>/);
		expect(texts.map((t) => t[3])).toEqual(expect.arrayContaining(['Kurgan-Tyube', 'Kulyab']));
		expect(texts.filter((t) => /fill="#4d453c"/.test(t[0])).length).toBeGreaterThan(10);
	});

	it('draws the selected place larger than the others', () => {
		const { svg } = draw();
		const [x, y] = [800, 600];
		expect(svg).toContain(`<circle cx="${x}" cy="${y}" r="8"`);
	});

	it('writes no label outside the canvas, and escapes its title', () => {
		const { svg, texts } = draw();
		for (const [, x, y] of texts) {
			expect(Number(x)).toBeGreaterThan(-200);
			expect(Number(x)).toBeLessThan(1600);
			expect(Number(y)).toBeGreaterThan(-20);
			expect(Number(y)).toBeLessThan(1220);
		}
		expect(svg).toContain('<title>Map of Kurgan-Tyube &amp; its surroundings</title>');
	});
});

describe('staticMapSvg: a story chapter’s featured places', () => {
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
	// The regions' areas as the build makes them: outlines from the basemap, else circles.
	const areas = {
		type: 'FeatureCollection' as const,
		features: atlas.places
			.filter((f) => f.properties.precision === 'region')
			.map(({ properties: p }) => {
				const s = summaries.find((x) => x.slug === p.slug)!;
				return {
					type: 'Feature' as const,
					properties: {
						slug: p.slug,
						country: p.outline?.basemap === 'country',
						approximate: !p.outline
					},
					geometry: p.outline
						? outlineGeometry(p.outline, atlas.basemap)
						: regionCircle(s.lng, s.lat, p.radiusKm!)
				};
			})
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
	const yellow = (svg: string) => svg.split(`"${COLORS.featured}"`).length - 1;

	it('rings each featured dot in yellow edged in dark, under the dot', () => {
		const marked = draw(featured);
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
		const [marked, plain] = [draw(featured), draw([])];
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
