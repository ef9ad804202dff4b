/**
 * Where the map goes when a reader opens a place: a town's camera is its point at zoom 8 (the
 * town and its neighbours in view), a region's or the border's is its extent.
 */
import { describe, expect, it } from 'vitest';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import { loadAtlas } from '../content/atlas';
import {
	fitCamera,
	framePlaces,
	HOME_CAMERA,
	NOMINAL_MAP,
	placeCamera,
	TAJIKISTAN_BOUNDS,
	type Camera
} from './camera';
import { project } from './mercator';
import { placeSummaries, type PlaceSummary } from './summary';

const town: PlaceSummary = {
	slug: 'garm',
	name: 'Garm',
	kind: 'town',
	summary: 'A town in the Rasht valley.',
	precision: 'centre',
	lng: 70.3261,
	lat: 39.0031
};

/** The real places in brief, from the places and layers alone (the basemap is not needed). */
function summaries(): PlaceSummary[] {
	const input = realAtlasInput();
	return placeSummaries(
		loadAtlas({
			files: input.files.filter((f) => !f.path.includes('basemap')),
			source: input.source
		})
	);
}

describe('placeCamera', () => {
	it('shows a town at zoom 8, centred on its point', () => {
		expect(placeCamera(town)).toEqual({ center: [70.3261, 39.0031], zoom: 8 });
	});

	it('frames a region by its extent: every corner inside the nominal map, padding kept', () => {
		const bbox: [number, number, number, number] = [69.7954, 38.1541, 71.1758, 39.2331];
		const region: PlaceSummary = {
			...town,
			slug: 'tavildara',
			precision: 'region',
			radiusKm: 60,
			bbox
		};
		const camera = placeCamera(region);
		expect(camera).toEqual(fitCamera(bbox));
		expectFramed(camera, bbox, 40);
		// The largest zoom that fits: a hundredth more would push a corner into the padding.
		expect(() => expectFramed({ ...camera, zoom: camera.zoom + 0.02 }, bbox, 40)).toThrow();
	});

	it('gives every real place without an extent a town view, and every other its extent', () => {
		const all = summaries();
		expect(all.filter((p) => p.bbox).map((p) => p.slug)).toContain('afghan-border');
		for (const p of all) {
			const camera = placeCamera(p);
			if (p.bbox) {
				expect(camera).toEqual(fitCamera(p.bbox));
				expect(camera.zoom).toBeLessThanOrEqual(9);
			} else {
				expect(camera).toEqual({ center: [p.lng, p.lat], zoom: 8 });
			}
		}
	});
});

/** Throws unless the extent's corners lie inside the nominal map, `padding` pixels in. */
function expectFramed(camera: Camera, [w, s, e, n]: number[], padding: number): void {
	const [cx, cy] = project(camera.center[0], camera.center[1], camera.zoom);
	for (const [lng, lat] of [
		[w, s],
		[e, n],
		[w, n],
		[e, s]
	]) {
		const [x, y] = project(lng, lat, camera.zoom);
		const px = x - cx + NOMINAL_MAP.width / 2;
		const py = y - cy + NOMINAL_MAP.height / 2;
		expect(px).toBeGreaterThanOrEqual(padding - 0.5);
		expect(px).toBeLessThanOrEqual(NOMINAL_MAP.width - padding + 0.5);
		expect(py).toBeGreaterThanOrEqual(padding - 0.5);
		expect(py).toBeLessThanOrEqual(NOMINAL_MAP.height - padding + 0.5);
	}
}

describe('TAJIKISTAN_BOUNDS', () => {
	it('holds every Tajik town of the gazetteer in the opening view', () => {
		const [[w, s], [e, n]] = TAJIKISTAN_BOUNDS;
		const all = summaries();
		const towns = all.filter((p) =>
			['dushanbe', 'kulyab', 'kurgan-tyube', 'garm', 'khujand', 'shaartuz'].includes(p.slug)
		);
		expect(towns).toHaveLength(6);
		for (const p of towns) {
			expect(p.lng).toBeGreaterThan(w);
			expect(p.lng).toBeLessThan(e);
			expect(p.lat).toBeGreaterThan(s);
			expect(p.lat).toBeLessThan(n);
		}
		// And not Moscow, whose page frames it elsewhere.
		const moscow = all.find((p) => p.slug === 'moscow')!;
		expect(moscow.lat).toBeGreaterThan(n);
	});
});

describe('framePlaces', () => {
	it('gives one place its own camera, and none the opening view', () => {
		expect(framePlaces([town])).toEqual(placeCamera(town));
		expect(framePlaces([])).toEqual(HOME_CAMERA);
	});

	it('keeps every framed place inside the nominal map, with its padding', () => {
		const all = summaries();
		const framed = ['tehran', 'dushanbe', 'afghanistan'].map((s) => all.find((p) => p.slug === s)!);
		const camera = framePlaces(framed);
		const [cx, cy] = project(camera.center[0], camera.center[1], camera.zoom);
		for (const p of framed) {
			const [w, s, e, n] = p.bbox ?? [p.lng, p.lat, p.lng, p.lat];
			for (const [lng, lat] of [
				[w, s],
				[e, n]
			]) {
				const [x, y] = project(lng, lat, camera.zoom);
				expect(Math.abs(x - cx)).toBeLessThanOrEqual(NOMINAL_MAP.width / 2 - 59);
				expect(Math.abs(y - cy)).toBeLessThanOrEqual(NOMINAL_MAP.height / 2 - 59);
			}
		}
	});
});

describe('fitCamera on extents the width limits', () => {
	// A strip along a parallel: its width, not its height, sets the zoom.
	const strip = [60, 38, 80, 38.1] as [number, number, number, number];

	it.each([0, 40, 100])('frames a wide strip with %d px of padding, and no closer', (padding) => {
		const camera = fitCamera(strip, padding, 22);
		expectFramed(camera, strip, padding);
		// A hundredth of a zoom level closer and its ends leave the padded map.
		const [x0] = project(strip[0], strip[3], camera.zoom + 0.02);
		const [x1] = project(strip[2], strip[1], camera.zoom + 0.02);
		expect(x1 - x0).toBeGreaterThan(NOMINAL_MAP.width - 2 * padding);
	});

	it('gives a point the largest zoom allowed', () => {
		expect(fitCamera([69, 38, 69, 38], 40, 9).zoom).toBe(9);
	});
});
