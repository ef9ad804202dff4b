/**
 * The markers' shapes, defined once: the path the legend, the static map and the timeline draw
 * and the distance the live map's pixels are drawn from describe the same outline.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES, shapePath, signedDistance, type ShapeName } from './shapes';

const NAMES = Object.keys(SHAPES) as ShapeName[];

/** The points a path visits (its numbers in pairs), for a polygon's path. */
function pathPoints(d: string): [number, number][] {
	const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i], n[2 * i + 1]]);
}

describe('shapePath', () => {
	it('draws a polygon through its corners, scaled and moved, and closes it', () => {
		expect(shapePath('square', 10, 20, 30)).toBe('M11.5 21.5L28.5 21.5 28.5 38.5 11.5 38.5Z');
		expect(shapePath('diamond', 2)).toBe('M0 -2.3L2.3 0 0 2.3 -2.3 0Z');
	});

	it('draws a circle as two arcs of its radius through its leftmost and rightmost points', () => {
		expect(shapePath('circle', 6.5, 10, 10)).toBe(
			'M3.5 10a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0Z'
		);
	});

	it.each(NAMES.filter((s) => SHAPES[s].kind === 'polygon'))(
		'%s: every corner of its path lies on the outline the pixels are drawn from',
		(shape) => {
			const r = 8;
			for (const [x, y] of pathPoints(shapePath(shape, r))) {
				expect(Math.abs(signedDistance(shape, x, y, r))).toBeLessThan(0.01);
			}
		}
	);
});

describe('signedDistance', () => {
	it.each(NAMES)('%s: negative at its centre, positive far away', (shape) => {
		expect(signedDistance(shape, 0, 0, 10)).toBeLessThan(0);
		for (const [x, y] of [
			[30, 0],
			[0, -30],
			[-21, 21]
		]) {
			expect(signedDistance(shape, x, y, 10)).toBeGreaterThan(0);
		}
	});

	it('is the distance to the outline, inside and out', () => {
		expect(signedDistance('circle', 3, 4, 10)).toBeCloseTo(-5, 9);
		expect(signedDistance('circle', 0, 13, 10)).toBeCloseTo(3, 9);
		// The square's half-side is 0.85 of the radius.
		expect(signedDistance('square', 0, 0, 10)).toBeCloseTo(-8.5, 9);
		expect(signedDistance('square', 10.5, 0, 10)).toBeCloseTo(2, 9);
		// Beyond a corner, the distance to the corner: a halo is round there.
		expect(signedDistance('square', 11.5, 11.5, 10)).toBeCloseTo(Math.hypot(3, 3), 9);
	});

	it('tells the triangle’s apex from its base', () => {
		// Apex up at -1.15 r, base at 0.8 r, as on screen.
		expect(signedDistance('triangle', 0, -10, 10)).toBeLessThan(0);
		expect(signedDistance('triangle', 0, 10, 10)).toBeGreaterThan(0);
	});
});
