/**
 * The markers' shapes, each defined once, as data: a polygon's corners or a circle, in units of
 * the marker's radius, centred on (0, 0) with y pointing down, as on screen. Everything that
 * draws a marker computes it from here: the SVG path of the legend's swatches, the static map
 * and the timeline (`shapePath`, through MarkerShape.svelte), and the signed distance the live
 * map's pixel images are drawn from (`signedDistance`, through markers.ts). A new shape is one
 * entry in `SHAPES`. Pure.
 */

/** A point of a shape, in units of its radius. */
type Point = readonly [number, number];

/**
 * A shape as data: a simple polygon (its corners in order, convex or not) or a circle of
 * radius 1.
 */
export type ShapeGeometry =
	{ readonly kind: 'polygon'; readonly points: readonly Point[] } | { readonly kind: 'circle' };

/**
 * The shapes a layer's markers may take. Each one keeps a layer apart from the others for
 * readers who cannot tell its colour, so no two layers share one (the registry's test checks).
 * Their sizes are matched by eye to the same visual weight: the square is smaller than its box,
 * the diamond and the triangle reach past the circle.
 */
export const SHAPES = {
	square: {
		kind: 'polygon',
		points: [
			[-0.85, -0.85],
			[0.85, -0.85],
			[0.85, 0.85],
			[-0.85, 0.85]
		]
	},
	diamond: {
		kind: 'polygon',
		points: [
			[0, -1.15],
			[1.15, 0],
			[0, 1.15],
			[-1.15, 0]
		]
	},
	triangle: {
		kind: 'polygon',
		points: [
			[0, -1.15],
			[1.1, 0.8],
			[-1.1, 0.8]
		]
	},
	circle: { kind: 'circle' },
	// A thick plus, for the next layer: no layer uses it yet. Unlike a star or a hexagon it stays
	// apart from the circle and the diamond at the timeline's 8 pixels.
	cross: {
		kind: 'polygon',
		points: [
			[-0.38, -1.05],
			[0.38, -1.05],
			[0.38, -0.38],
			[1.05, -0.38],
			[1.05, 0.38],
			[0.38, 0.38],
			[0.38, 1.05],
			[-0.38, 1.05],
			[-0.38, 0.38],
			[-1.05, 0.38],
			[-1.05, -0.38],
			[-0.38, -0.38]
		]
	}
} as const satisfies Record<string, ShapeGeometry>;

/** The name of a marker shape: a key of `SHAPES`. */
export type ShapeName = keyof typeof SHAPES;

/** The dark edge drawn around every marker, on the map and in the legend. */
export const MARKER_EDGE = '#1f2a33';

/**
 * A legend swatch's box and its marker's radius, in CSS pixels: the layer panel's swatches and
 * the static map's markers are drawn at this size.
 */
export const SWATCH = { size: 20, radius: 6.5 } as const;

const num = (v: number) => String(Math.round(v * 100) / 100);

/** The SVG path of a shape of radius `r` centred at (x, y). */
export function shapePath(shape: ShapeName, r: number, x = 0, y = 0): string {
	const geometry: ShapeGeometry = SHAPES[shape];
	if (geometry.kind === 'circle') {
		// Two half-circle arcs: a path, so that every shape is one element of one kind.
		return `M${num(x - r)} ${num(y)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
	}
	const [first, ...rest] = geometry.points.map(
		([px, py]) => `${num(x + px * r)} ${num(y + py * r)}`
	);
	return `M${first}L${rest.join(' ')}Z`;
}

/**
 * The signed distance from (x, y) to the outline of a shape of radius `r` centred at (0, 0):
 * negative inside, in the units of `r`. Exact, so a halo drawn at a distance is round at a
 * polygon's corners.
 */
export function signedDistance(shape: ShapeName, x: number, y: number, r: number): number {
	const geometry: ShapeGeometry = SHAPES[shape];
	if (geometry.kind === 'circle') return Math.hypot(x, y) - r;
	const points = geometry.points;
	let nearest = Infinity;
	let inside = false;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		const [ax, ay] = [points[j][0] * r, points[j][1] * r];
		const [bx, by] = [points[i][0] * r, points[i][1] * r];
		// Distance to the edge from a to b: to its nearest point, an end or between.
		const [ex, ey] = [bx - ax, by - ay];
		const t = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
		nearest = Math.min(nearest, Math.hypot(x - ax - ex * t, y - ay - ey * t));
		// Even-odd rule: a ray to the right crosses the outline an odd number of times from inside.
		if (ay > y !== by > y && x < ax + ((y - ay) / (by - ay)) * ex) inside = !inside;
	}
	return inside ? -nearest : nearest;
}
