/**
 * The event layers' markers as pixels: each layer's shape filled with its colour, with a white
 * halo and a dark edge, as the legend's swatches draw them. Drawn from signed distances, so
 * every pixel's coverage comes from its distance to the outline: antialiased, deterministic, and
 * with no canvas. The map takes these pixels as they are (`addImage`): drawing on a canvas and
 * reading it back, or decoding a sprite the same way, cost a phone about half a second of
 * main-thread time at start-up (issue #10). Pure.
 */
import type { EventLayer } from './layers';

/** The icon's box in CSS pixels, as the style draws it at `icon-size` 1. */
export const ICON_SIZE = 22;
const EDGE = '#1f2a33';
const HALO = '#ffffff';

type Shape = EventLayer['shape'];

/** Signed distance (pixels, negative inside) from (x, y) to a shape centred at c with radius r. */
function distance(shape: Shape, x: number, y: number, c: number, r: number): number {
	const dx = x - c;
	const dy = y - c;
	if (shape === 'circle') return Math.hypot(dx, dy) - r;
	if (shape === 'square') {
		const h = r * 0.85;
		const qx = Math.abs(dx) - h;
		const qy = Math.abs(dy) - h;
		return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
	}
	// Diamond and triangle as convex polygons: the largest signed distance to their edges.
	const points: [number, number][] =
		shape === 'diamond'
			? [
					[0, -r * 1.15],
					[r * 1.15, 0],
					[0, r * 1.15],
					[-r * 1.15, 0]
				]
			: [
					[0, -r * 1.15],
					[r * 1.1, r * 0.8],
					[-r * 1.1, r * 0.8]
				];
	let d = -Infinity;
	for (let i = 0; i < points.length; i++) {
		const [ax, ay] = points[i];
		const [bx, by] = points[(i + 1) % points.length];
		// Outward normal of a clockwise (screen) edge.
		const nx = by - ay;
		const ny = ax - bx;
		const len = Math.hypot(nx, ny);
		d = Math.max(d, ((dx - ax) * nx + (dy - ay) * ny) / len);
	}
	return d;
}

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Coverage of a pixel by the region where the distance is below `edge`: a one-pixel ramp. */
const cover = (d: number, edge: number) => Math.max(0, Math.min(1, edge - d + 0.5));

/** Paints one icon into `data` (s × s pixels), at `ratio` device pixels per CSS pixel. */
function paint(data: Uint8ClampedArray, s: number, layer: EventLayer, ratio: number): void {
	const c = s / 2;
	const r = s * 0.36;
	const fill = rgb(layer.color);
	const edge = rgb(EDGE);
	const halo = rgb(HALO);
	for (let y = 0; y < s; y++) {
		for (let x = 0; x < s; x++) {
			const d = distance(layer.shape, x + 0.5, y + 0.5, c, r);
			// From the outside in: halo (3 px), dark edge (0.6 px either side), fill.
			const haloA = cover(d, 3 * ratio);
			const edgeA = cover(Math.abs(d), 0.6 * ratio);
			const fillA = cover(d, 0);
			let [cr, cg, cb, a] = [...halo, haloA];
			const over = (col: [number, number, number], alpha: number) => {
				const out = alpha + a * (1 - alpha);
				if (out === 0) return;
				cr = (col[0] * alpha + cr * a * (1 - alpha)) / out;
				cg = (col[1] * alpha + cg * a * (1 - alpha)) / out;
				cb = (col[2] * alpha + cb * a * (1 - alpha)) / out;
				a = out;
			};
			over(fill, fillA);
			over(edge, edgeA);
			const i = (y * s + x) * 4;
			data[i] = Math.round(cr);
			data[i + 1] = Math.round(cg);
			data[i + 2] = Math.round(cb);
			data[i + 3] = Math.round(a * 255);
		}
	}
}

/** A marker's pixels (RGBA, premultiplied by nothing) at `ratio` device pixels per CSS pixel. */
export function markerImage(
	layer: EventLayer,
	ratio: number
): { width: number; height: number; data: Uint8ClampedArray } {
	const s = Math.round(ICON_SIZE * ratio);
	const data = new Uint8ClampedArray(s * s * 4);
	paint(data, s, layer, ratio);
	return { width: s, height: s, data };
}
