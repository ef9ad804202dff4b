import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { COLORS } from '$lib/geo/palette';
import { provideMarkerImages } from './marker-images';

type Image = { width: number; height: number; data: Uint8ClampedArray };

/** The images the map is given when each of these icons is missing, by name. */
function images(names: string[], ratio = 2): Map<string, Image & { pixelRatio: number }> {
	const added = new Map<string, Image & { pixelRatio: number }>();
	let resolve: ((id: string) => void) | null = null;
	const map = {
		setMissingStyleImageResolver: (f: typeof resolve) => (resolve = f),
		hasImage: (id: string) => added.has(id),
		addImage: (id: string, image: Image, options: { pixelRatio: number }) =>
			added.set(id, { ...image, pixelRatio: options.pixelRatio })
	};
	vi.stubGlobal('devicePixelRatio', ratio);
	const stop = provideMarkerImages(map as never);
	for (const id of names) resolve!(id);
	stop();
	expect(resolve).toBeNull();
	return added;
}

/** A colour as `#rrggbb`, from a pixel of an image. */
function hexAt(image: Image, x: number, y: number): string {
	const i = (y * image.width + x) * 4;
	return `#${[0, 1, 2].map((k) => image.data[i + k].toString(16).padStart(2, '0')).join('')}`;
}

/** A ring image's colour at its centre and on its edge (the first opaque pixel from the left). */
function ringColours(image: Image) {
	const y = Math.floor(image.height / 2);
	let x = 0;
	while (image.data[(y * image.width + x) * 4 + 3] < 255) x++;
	return { inside: hexAt(image, Math.floor(image.width / 2), y), edge: hexAt(image, x, y) };
}

/** The icons the style names (events.test.ts): each event layer's marker and the two rings. */
const ICONS = [...EVENT_LAYERS.map((l) => `marker-${l.id}`), 'ring-hovered', 'ring-featured'];

afterEach(() => vi.unstubAllGlobals());

describe('the markers’ and rings’ icons', () => {
	it('are given for every icon the style names, and for no other name', () => {
		const added = images([...ICONS, 'no-such-icon']);
		expect([...added.keys()].sort()).toEqual([...ICONS].sort());
	});

	it('are made once: an icon the map has is not made again', () => {
		let made = 0;
		let resolve: (id: string) => void = () => undefined;
		const map = {
			setMissingStyleImageResolver: (f: typeof resolve) => (resolve = f),
			hasImage: () => made > 0,
			addImage: () => made++
		};
		provideMarkerImages(map as never);
		resolve('ring-hovered');
		resolve('ring-hovered');
		expect(made).toBe(1);
	});

	it('are drawn at the screen’s density, at most two pixels per CSS pixel', () => {
		const one = images(['marker-osce'], 1).get('marker-osce')!;
		const two = images(['marker-osce'], 2).get('marker-osce')!;
		const three = images(['marker-osce'], 3).get('marker-osce')!;
		expect([one.pixelRatio, two.pixelRatio, three.pixelRatio]).toEqual([1, 2, 2]);
		expect(two.width).toBe(one.width * 2);
	});

	it('ring the hovered marker in the selected colour, the featured one wider, in yellow', () => {
		// At two device pixels per CSS pixel, as on most phones: the rings' edges are 3 and 6 pixels.
		const added = images(ICONS);
		const hovered = added.get('ring-hovered')!;
		const featured = added.get('ring-featured')!;
		expect(ringColours(hovered)).toEqual({ inside: COLORS.halo, edge: COLORS.selected });
		expect(ringColours(featured)).toEqual({ inside: COLORS.featured, edge: COLORS.placeLine });
		expect(featured.width).toBeGreaterThan(hovered.width);
		// Each ring is wider than the marker it sits under.
		expect(hovered.width).toBeGreaterThan(added.get('marker-osce')!.width);
	});
});
