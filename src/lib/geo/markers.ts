/**
 * The event layers' markers as pixels: each layer's shape filled with its colour, with a white
 * halo and a dark edge, as the legend's swatches draw them. Drawn from the signed distance to the
 * shape's outline (shapes.ts, where the legend's paths come from too), so every pixel's coverage
 * comes from its distance to the outline: antialiased, deterministic, and with no canvas. The map
 * takes these pixels as they are (`addImage`): drawing on a canvas and reading it back, or
 * decoding a sprite the same way, cost a phone about half a second of main-thread time at
 * start-up. Pure.
 */
import type { EventLayer } from './layers';
import { MARKER_EDGE, signedDistance } from './shapes';

/** The icon's box in CSS pixels, as the style draws it at `icon-size` 1. */
export const ICON_SIZE = 22;
const HALO = '#ffffff';

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Coverage of a pixel by the region where the distance is below `edge`: a one-pixel ramp. */
const cover = (d: number, edge: number) => Math.max(0, Math.min(1, edge - d + 0.5));

/** A pixel being composed from the bottom up: colour and coverage. */
interface Pixel {
	color: [number, number, number];
	alpha: number;
}

/** Lays `color` with coverage `alpha` over the pixel (the "over" operator, unpremultiplied). */
function over(p: Pixel, color: [number, number, number], alpha: number): void {
	const out = alpha + p.alpha * (1 - alpha);
	if (out === 0) return;
	for (let k = 0; k < 3; k++) {
		p.color[k] = (color[k] * alpha + p.color[k] * p.alpha * (1 - alpha)) / out;
	}
	p.alpha = out;
}

/** Writes the pixel at index `i` (of RGBA quadruples) of `data`. */
function put(data: Uint8ClampedArray, i: number, p: Pixel): void {
	data[i * 4] = Math.round(p.color[0]);
	data[i * 4 + 1] = Math.round(p.color[1]);
	data[i * 4 + 2] = Math.round(p.color[2]);
	data[i * 4 + 3] = Math.round(p.alpha * 255);
}

/** Paints one icon into `data` (s × s pixels), at `ratio` device pixels per CSS pixel. */
function paint(data: Uint8ClampedArray, s: number, layer: EventLayer, ratio: number): void {
	const c = s / 2;
	const r = s * 0.36;
	const fill = rgb(layer.color);
	const edge = rgb(MARKER_EDGE);
	const halo = rgb(HALO);
	for (let y = 0; y < s; y++) {
		for (let x = 0; x < s; x++) {
			const d = signedDistance(layer.shape, x + 0.5 - c, y + 0.5 - c, r);
			// From the outside in: halo (3 px), dark edge (0.6 px either side), fill.
			const p: Pixel = { color: [...halo], alpha: cover(d, 3 * ratio) };
			over(p, fill, cover(d, 0));
			over(p, edge, cover(Math.abs(d), 0.6 * ratio));
			put(data, y * s + x, p);
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

/** A ring under a marker, in CSS pixels at `icon-size` 1: a disc of `fill` edged by `stroke`. */
export interface RingLook {
	/** The disc's radius; the edge lies outside it. */
	radius: number;
	fill: string;
	stroke: string;
	strokeWidth: number;
}

/**
 * A ring's pixels (RGBA) at `ratio` device pixels per CSS pixel: the disc and its edge centred
 * in a square with a pixel to spare, so that the map centres it where it centres the marker.
 */
export function ringImage(
	look: RingLook,
	ratio: number
): { width: number; height: number; data: Uint8ClampedArray } {
	const s = Math.ceil((look.radius + look.strokeWidth + 1) * 2 * ratio);
	const c = s / 2;
	const data = new Uint8ClampedArray(s * s * 4);
	const fill = rgb(look.fill);
	const stroke = rgb(look.stroke);
	for (let y = 0; y < s; y++) {
		for (let x = 0; x < s; x++) {
			const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) - look.radius * ratio;
			const p: Pixel = { color: [...stroke], alpha: cover(d, look.strokeWidth * ratio) };
			over(p, fill, cover(d, 0));
			put(data, y * s + x, p);
		}
	}
	return { width: s, height: s, data };
}
