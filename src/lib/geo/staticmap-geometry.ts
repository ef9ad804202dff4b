/**
 * The static maps' canvas: the Web Mercator camera as pixels (mercator.ts), and GeoJSON drawn
 * onto it as SVG paths. Geometry is projected, clipped to the canvas (Sutherland–Hodgman for
 * rings, Liang–Barsky for lines), simplified to under a pixel (Douglas–Peucker) and written as
 * whole-pixel relative moves, which keeps a page's map to a few tens of kilobytes.
 */
import type {
	Feature,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Position
} from 'geojson';
import type { Camera } from './camera';
import { project } from './mercator';

/** A point on the canvas, in CSS pixels from its top left. */
export type Pt = [number, number];

/** Douglas–Peucker tolerance in pixels: no point moves by more than this. */
const TOLERANCE = 0.7;

/** Text escaped for SVG markup. */
export const esc = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A coordinate or length in SVG, to a tenth of a pixel. */
export const num = (v: number) => String(Math.round(v * 10) / 10);

/** Clips a closed ring to the rectangle [x0, x1] × [y0, y1] (Sutherland–Hodgman). */
export function clipRing(ring: Pt[], x0: number, y0: number, x1: number, y1: number): Pt[] {
	const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
		[(p) => p[0] >= x0, (a, b) => at(a, b, (x0 - a[0]) / (b[0] - a[0]))],
		[(p) => p[0] <= x1, (a, b) => at(a, b, (x1 - a[0]) / (b[0] - a[0]))],
		[(p) => p[1] >= y0, (a, b) => at(a, b, (y0 - a[1]) / (b[1] - a[1]))],
		[(p) => p[1] <= y1, (a, b) => at(a, b, (y1 - a[1]) / (b[1] - a[1]))]
	];
	let out = ring;
	for (const [inside, cross] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const cur = input[i];
			const prev = input[(i + input.length - 1) % input.length];
			if (inside(cur)) {
				if (!inside(prev)) out.push(cross(prev, cur));
				out.push(cur);
			} else if (inside(prev)) out.push(cross(prev, cur));
		}
		if (!out.length) break;
	}
	return out;
}

function at(a: Pt, b: Pt, t: number): Pt {
	return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Clips a line to the rectangle, segment by segment (Liang–Barsky); returns its visible runs. */
export function clipLine(line: Pt[], x0: number, y0: number, x1: number, y1: number): Pt[][] {
	const runs: Pt[][] = [];
	let run: Pt[] = [];
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1], line[i]];
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		let t0 = 0;
		let t1 = 1;
		const tests: [number, number][] = [
			[-dx, a[0] - x0],
			[dx, x1 - a[0]],
			[-dy, a[1] - y0],
			[dy, y1 - a[1]]
		];
		let visible = true;
		for (const [p, q] of tests) {
			if (p === 0) {
				if (q < 0) visible = false;
			} else {
				const t = q / p;
				if (p < 0) t0 = Math.max(t0, t);
				else t1 = Math.min(t1, t);
			}
		}
		if (!visible || t0 > t1) {
			if (run.length > 1) runs.push(run);
			run = [];
			continue;
		}
		const start = at(a, b, t0);
		if (!run.length) run.push(start);
		run.push(at(a, b, t1));
		if (t1 < 1) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

/** Douglas–Peucker: the fewest points within `TOLERANCE` of the line; keeps both ends. */
export function thin(points: Pt[]): Pt[] {
	if (points.length < 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		const [ax, ay] = points[i];
		const [bx, by] = points[j];
		const len = Math.hypot(bx - ax, by - ay);
		let worst = -1;
		let at = -1;
		for (let k = i + 1; k < j; k++) {
			const [px, py] = points[k];
			const d =
				len === 0
					? Math.hypot(px - ax, py - ay)
					: Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
			if (d > worst) [worst, at] = [d, k];
		}
		if (worst > TOLERANCE) {
			keep[at] = 1;
			stack.push([i, at], [at, j]);
		}
	}
	return points.filter((_, k) => keep[k]);
}

/** A path as whole-pixel moves relative to the last point: short, and exact to a pixel. */
export function pathOf(points: Pt[], close: boolean): string {
	let [lx, ly] = [0, 0];
	let d = '';
	points.forEach(([x, y], i) => {
		const [rx, ry] = [Math.round(x), Math.round(y)];
		if (i === 0) d += `M${rx} ${ry}`;
		else if (rx !== lx || ry !== ly) d += `l${rx - lx} ${ry - ly}`;
		[lx, ly] = [rx, ry];
	});
	return close ? `${d}z` : d;
}

/** The lines of a geometry (a line or lines), none for anything else. */
export const linesOf = (g: Geometry | null): Position[][] =>
	!g
		? []
		: g.type === 'LineString'
			? [(g as LineString).coordinates]
			: g.type === 'MultiLineString'
				? (g as MultiLineString).coordinates
				: [];

/** Rivers and lakes of a rank shown at `zoom`, as the live style's `rankFilter`. */
export const ranked = (features: Feature[], [z2, z3]: readonly [number, number], zoom: number) =>
	features.filter((f) => {
		const rank = Number(f.properties?.rank ?? 3);
		return rank === 1 || (rank === 2 && zoom >= z2) || zoom >= z3;
	});

/** A camera's view on a canvas: where a position falls, and features drawn as path data. */
export interface CanvasView {
	zoom: number;
	width: number;
	height: number;
	/** A position's pixel on the canvas; the camera's centre is the canvas's middle. */
	px(position: Position): Pt;
	/** Whether a pixel is on the canvas, or within `pad` pixels of it (outside it when negative). */
	inView(at: Pt, pad?: number): boolean;
	/** The polygons of the features as one path's data, clipped and simplified. */
	area(features: Feature[]): string;
	/** The lines of the features as one path's data, clipped and simplified. */
	line(features: Feature[]): string;
}

/** The view of `camera` on a canvas `width` × `height` pixels. */
export function canvasView(camera: Camera, width: number, height: number): CanvasView {
	const zoom = camera.zoom;
	const [cx, cy] = project(camera.center[0], camera.center[1], zoom);
	const px = ([lng, lat]: Position): Pt => {
		const [x, y] = project(lng, lat, zoom);
		return [x - cx + width / 2, y - cy + height / 2];
	};
	// A margin beyond the canvas, so that strokes at the edge are not cut.
	const m = 8;
	const [x0, y0, x1, y1] = [-m, -m, width + m, height + m];
	const inView = ([x, y]: Pt, pad = 0) =>
		x >= -pad && x <= width + pad && y >= -pad && y <= height + pad;

	const polygons = (g: Geometry | null): Position[][][] =>
		!g
			? []
			: g.type === 'Polygon'
				? [g.coordinates]
				: g.type === 'MultiPolygon'
					? (g as MultiPolygon).coordinates
					: [];

	const area = (features: Feature[]) =>
		features
			.flatMap((f) => polygons(f.geometry))
			.flatMap((rings) => rings.map((ring) => thin(clipRing(ring.map(px), x0, y0, x1, y1))))
			.filter((ring) => ring.length >= 4)
			.map((ring) => pathOf(ring, true))
			.join('');
	const line = (features: Feature[]) =>
		features
			.flatMap((f) => linesOf(f.geometry))
			.flatMap((l) => clipLine(l.map(px), x0, y0, x1, y1))
			.map(thin)
			.filter((run) => run.length >= 2)
			.map((run) => pathOf(run, false))
			.join('');
	return { zoom, width, height, px, inView, area, line };
}
