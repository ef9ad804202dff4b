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
import { clipLine, clipRing, pathOf, thin } from './staticmap-geometry';
import { riverLabelAt } from './staticmap-labels';
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

describe('riverLabelAt: where on its line a name goes', () => {
	type Run = [number, number][];
	it.each<[string, Run[], { at: [number, number]; angle: number } | null]>([
		[
			'the middle of a line away from the corner of the canvas',
			[
				[
					[100, 100],
					[500, 100]
				]
			],
			{ at: [300, 100], angle: 0 }
		],
		[
			'the middle of a line of many segments',
			[
				[
					[0, 0],
					[100, 0],
					[200, 0],
					[300, 0],
					[400, 0]
				]
			],
			{ at: [200, 0], angle: 0 }
		],
		[
			'the longest run, when it comes first',
			[
				[
					[0, 50],
					[0, 650]
				],
				[
					[0, 0],
					[200, 0]
				]
			],
			{ at: [0, 350], angle: 90 }
		],
		[
			'a line 1.2 times as long as the name, the least it takes',
			[
				[
					[0, 0],
					[120, 0]
				]
			],
			{ at: [60, 0], angle: 0 }
		],
		[
			'a bend whose chord is 0.8 of the name, the most it takes',
			[
				[
					[20, 40],
					[100, 100],
					[180, 40]
				]
			],
			{ at: [100, 70], angle: 0 }
		]
	])('puts a name on %s', (_, runs, placed) => {
		expect(riverLabelAt(runs, 100)).toEqual(placed);
	});

	it('refuses a zigzag wherever it is on the canvas', () => {
		const zigzag = Array.from(
			{ length: 40 },
			(_, i) => [300 + i * 2, 300 + (i % 2 ? 40 : 0)] as [number, number]
		);
		expect(riverLabelAt([zigzag], 100)).toBeNull();
	});

	it('keeps the text upright on a line drawn right to left and downwards', () => {
		const placed = riverLabelAt(
			[
				[
					[400, 0],
					[0, 300]
				]
			],
			100
		);
		expect(placed!.angle).toBeCloseTo(-(Math.atan2(300, 400) * 180) / Math.PI, 6);
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

/** The points of a ring as a sorted list, to compare rings whatever vertex they start from. */
const sorted = (ring: [number, number][]) => ring.map((p) => p.join()).sort();

describe('clipRing (Sutherland–Hodgman)', () => {
	const square: [number, number][] = [
		[0, 0],
		[10, 0],
		[10, 10],
		[0, 10]
	];

	it('keeps a ring inside the box as it is', () => {
		expect(clipRing(square, -1, -1, 11, 11)).toEqual(square);
	});
	it('cuts a ring larger than the box to the box', () => {
		expect(sorted(clipRing(square, 2, 3, 8, 7))).toEqual(
			sorted([
				[2, 3],
				[8, 3],
				[8, 7],
				[2, 7]
			])
		);
	});
	it('cuts each side where it crosses: a square over the left and top edges', () => {
		expect(sorted(clipRing(square, 5, 4, 20, 20))).toEqual(
			sorted([
				[5, 4],
				[10, 4],
				[10, 10],
				[5, 10]
			])
		);
	});
	it('cuts a triangle across the box, with the crossing points on its sides', () => {
		const triangle: [number, number][] = [
			[0, 0],
			[20, 0],
			[0, 20]
		];
		// x ≤ 15 cuts the long side at (15, 5); y ≥ 2 cuts the sides at y = 2.
		expect(sorted(clipRing(triangle, -5, 2, 15, 30))).toEqual(
			sorted([
				[15, 2],
				[15, 5],
				[0, 20],
				[0, 2]
			])
		);
	});
	it.each([
		['left', 20, 0, 30, 10],
		['right', -30, 0, -20, 10],
		['above', 0, 20, 10, 30],
		['below', 0, -30, 10, -20]
	])('returns nothing for a ring wholly %s the box', (_, x0, y0, x1, y1) => {
		expect(clipRing(square, x0, y0, x1, y1)).toEqual([]);
	});
});

describe('clipLine (Liang–Barsky)', () => {
	it('keeps a line inside the box whole, every vertex', () => {
		const line: [number, number][] = [
			[1, 1],
			[5, 2],
			[9, 9]
		];
		expect(clipLine(line, 0, 0, 10, 10)).toEqual([line]);
	});
	it('cuts a line through the box at both edges', () => {
		expect(
			clipLine(
				[
					[-5, 5],
					[15, 5]
				],
				0,
				0,
				10,
				10
			)
		).toEqual([
			[
				[0, 5],
				[10, 5]
			]
		]);
		expect(
			clipLine(
				[
					[5, 15],
					[5, -5]
				],
				0,
				0,
				10,
				10
			)
		).toEqual([
			[
				[5, 10],
				[5, 0]
			]
		]);
	});
	it('makes two runs of a line that leaves the box and comes back', () => {
		const runs = clipLine(
			[
				[2, 5],
				[20, 5],
				[20, 8],
				[2, 8]
			],
			0,
			0,
			10,
			10
		);
		expect(runs).toEqual([
			[
				[2, 5],
				[10, 5]
			],
			[
				[10, 8],
				[2, 8]
			]
		]);
	});
	it('cuts a diagonal where it crosses a corner region', () => {
		expect(
			clipLine(
				[
					[-10, -5],
					[10, 5]
				],
				0,
				0,
				10,
				10
			)
		).toEqual([
			[
				[0, 0],
				[10, 5]
			]
		]);
	});
	it.each([
		['left of the box, parallel to its side', [-5, 0], [-5, 10]],
		['right of the box, parallel to its side', [15, 0], [15, 10]],
		['above the box, parallel to its top', [0, -5], [10, -5]],
		['below the box, parallel to its bottom', [0, 15], [10, 15]],
		['past a corner', [8, -5], [15, 2]]
	])('returns nothing for a segment %s', (_, a, b) => {
		expect(clipLine([a as [number, number], b as [number, number]], 0, 0, 10, 10)).toEqual([]);
	});
});

describe('clipLine: boxes and edges', () => {
	it('clips to a box whose corner is not the origin', () => {
		expect(
			clipLine(
				[
					[-5, 5],
					[15, 5]
				],
				2,
				3,
				10,
				10
			)
		).toEqual([
			[
				[2, 5],
				[10, 5]
			]
		]);
		expect(
			clipLine(
				[
					[5, 15],
					[5, -5]
				],
				0,
				3,
				10,
				10
			)
		).toEqual([
			[
				[5, 10],
				[5, 3]
			]
		]);
	});

	it('keeps a line that runs along the edge of the box', () => {
		const edge: [number, number][] = [
			[0, 0],
			[10, 0]
		];
		expect(clipLine(edge, 0, 0, 10, 10)).toEqual([edge]);
	});

	it('makes two runs of a line that leaves the box and comes straight back', () => {
		const runs = clipLine(
			[
				[2, 5],
				[20, 5],
				[2, 8]
			],
			0,
			0,
			10,
			10
		);
		expect(runs).toHaveLength(2);
		expect(runs[0]).toEqual([
			[2, 5],
			[10, 5]
		]);
		expect(runs[1]).toHaveLength(2);
		expect(runs[1][0][0]).toBe(10);
		expect(runs[1][0][1]).toBeCloseTo(5 + 3 * (10 / 18), 9);
		expect(runs[1][1]).toEqual([2, 8]);
	});
});

describe('thin (Douglas–Peucker, 0.7 px)', () => {
	it('keeps two points, and both ends always', () => {
		const two: [number, number][] = [
			[0, 0],
			[5, 5]
		];
		expect(thin(two)).toEqual(two);
	});
	it('drops points on the line or within 0.7 px of it, keeps those further', () => {
		expect(
			thin([
				[0, 0],
				[3, 0],
				[5, 0.6],
				[7, 0],
				[10, 0]
			])
		).toEqual([
			[0, 0],
			[10, 0]
		]);
		expect(
			thin([
				[0, 0],
				[3, 0],
				[5, 0.8],
				[7, 0],
				[10, 0]
			])
		).toEqual([
			[0, 0],
			[5, 0.8],
			[10, 0]
		]);
	});
	it('keeps the corners of a zigzag and drops the wobbles between them', () => {
		expect(
			thin([
				[0, 0],
				[5, 0.1],
				[10, 0],
				[10.1, 5],
				[10, 10],
				[5, 10.2],
				[0, 10]
			])
		).toEqual([
			[0, 0],
			[10, 0],
			[10.1, 5],
			[10, 10],
			[0, 10]
		]);
	});
	it('measures from the start of a closed ring, whose ends are the same point', () => {
		expect(
			thin([
				[0, 0],
				[2, 0.3],
				[4, 0],
				[4, 4],
				[0, 0]
			])
		).toEqual([
			[0, 0],
			[4, 0],
			[4, 4],
			[0, 0]
		]);
	});
});

describe('thin: what is kept', () => {
	it('drops the middle of three points in a line', () => {
		expect(
			thin([
				[0, 0],
				[5, 0],
				[10, 0]
			])
		).toEqual([
			[0, 0],
			[10, 0]
		]);
	});

	it('drops a point exactly 0.7 px off the line: no point moves by more than that', () => {
		expect(
			thin([
				[0, 0],
				[5, 0.7],
				[10, 0]
			])
		).toEqual([
			[0, 0],
			[10, 0]
		]);
	});

	it('keeps the point of a narrow closed ring farthest from its start, wherever it lies', () => {
		expect(
			thin([
				[100, 100],
				[95.5, 95.5],
				[103.5, 103],
				[99, 99.5],
				[100, 100]
			])
		).toEqual([
			[100, 100],
			[95.5, 95.5],
			[100, 100]
		]);
	});
});

describe('pathOf', () => {
	it('writes whole-pixel moves relative to the last point, and skips moves of nothing', () => {
		expect(
			pathOf(
				[
					[0.4, 0.4],
					[10.2, 0],
					[10.4, 0.3],
					[20, 5.5]
				],
				false
			)
		).toBe('M0 0l10 0l10 6');
	});
	it('closes a ring', () => {
		expect(
			pathOf(
				[
					[3, 4],
					[6, 4],
					[6, 1]
				],
				true
			)
		).toBe('M3 4l3 0l0 -3z');
	});
});
