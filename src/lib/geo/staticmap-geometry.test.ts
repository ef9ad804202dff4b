/** Clipping, simplifying and writing the static maps' geometry, table by table. */
import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, pathOf, thin } from './staticmap-geometry';

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
