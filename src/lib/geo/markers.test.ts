/**
 * The markers' pixels: each layer's shape in its colour, ringed by a dark edge and a white halo,
 * transparent outside; shapes told apart by where they fill, as the legend draws them.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_LAYERS, layerInfo } from './layers';
import { ICON_SIZE, markerImage } from './markers';

type Image = ReturnType<typeof markerImage>;

/** RGBA of the pixel at (x, y). */
function pixel(image: Image, x: number, y: number): [number, number, number, number] {
	const i = (y * image.width + x) * 4;
	return [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
}

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether the pixel at (x, y) is the layer's fill, opaque. */
const isFill = (image: Image, color: string, x: number, y: number) =>
	pixel(image, x, y).join() === [...rgb(color), 255].join();

describe('markerImage', () => {
	it.each([1, 2, 3])(
		'is ICON_SIZE CSS pixels square at %d device pixels per CSS pixel',
		(ratio) => {
			const image = markerImage(layerInfo('osce'), ratio);
			expect(image.width).toBe(Math.round(ICON_SIZE * ratio));
			expect(image.height).toBe(image.width);
			expect(image.data).toHaveLength(image.width * image.height * 4);
		}
	);

	it.each(EVENT_LAYERS.map((l) => [l.id, l] as const))(
		'%s: its colour at the centre, transparent in the corners, a dark edge and a white halo around',
		(_, layer) => {
			const image = markerImage(layer, 2);
			const s = image.width;
			const c = Math.floor(s / 2);
			expect(isFill(image, layer.color, c, c)).toBe(true);
			for (const [x, y] of [
				[0, 0],
				[s - 1, 0],
				[0, s - 1],
				[s - 1, s - 1]
			]) {
				expect(pixel(image, x, y)[3]).toBe(0);
			}
			// Walking left from the centre along the middle row: fill, then a dark edge, then white.
			const row = Array.from({ length: c + 1 }, (_, k) => pixel(image, c - k, c));
			const dark = row.findIndex(([r, g, b, a]) => a === 255 && r + g + b < 3 * 80);
			const white = row.findIndex(([r, g, b, a]) => a === 255 && r + g + b === 3 * 255);
			expect(dark).toBeGreaterThan(0);
			expect(white).toBeGreaterThan(dark);
		}
	);

	it('tells the shapes apart where they fill: a square fills its corners, a diamond its points', () => {
		const at = (id: 'bases' | 'osce' | 'clashes' | 'peace', dx: number, dy: number) => {
			const layer = layerInfo(id);
			const image = markerImage(layer, 2);
			const c = image.width / 2;
			const r = image.width * 0.36;
			return isFill(image, layer.color, Math.floor(c + dx * r), Math.floor(c + dy * r));
		};
		// Towards a corner of the box (0.7 r along both axes).
		expect(at('bases', 0.7, 0.7)).toBe(true); // square
		expect(at('osce', 0.7, 0.7)).toBe(false); // diamond
		expect(at('peace', 0.7, 0.7)).toBe(false); // circle
		// Along an axis, out to 0.9 r, the diamond's point is filled; past the circle's radius not.
		expect(at('osce', 0.9, 0)).toBe(true);
		expect(at('peace', 1.05, 0)).toBe(false);
		// The triangle points up: filled near its apex, not at the top of the box's sides.
		expect(at('clashes', 0, -0.6)).toBe(true);
		expect(at('clashes', -0.7, -0.7)).toBe(false);
		expect(at('clashes', 0.7, 0.6)).toBe(true);
	});

	it('draws the same pixels every time', () => {
		const layer = layerInfo('clashes');
		expect(markerImage(layer, 2).data).toEqual(markerImage(layer, 2).data);
	});
});
