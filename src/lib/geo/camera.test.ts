/**
 * Where the map goes when a reader opens a place: a town's camera is its point at zoom 8 (the
 * town and its neighbours in view), a region's or the border's is its extent.
 */
import { describe, expect, it } from 'vitest';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import { loadAtlas } from './atlas';
import { placeCamera, TAJIKISTAN_BOUNDS } from './camera';
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

	it('frames a region by its extent, west-south to east-north', () => {
		const region: PlaceSummary = {
			...town,
			slug: 'tavildara',
			precision: 'region',
			radiusKm: 60,
			bbox: [69.7954, 38.1541, 71.1758, 39.2331]
		};
		expect(placeCamera(region)).toEqual({
			bounds: [
				[69.7954, 38.1541],
				[71.1758, 39.2331]
			]
		});
	});

	it('gives every real place without an extent a town view, and every other its extent', () => {
		const all = summaries();
		expect(all.filter((p) => p.bbox).map((p) => p.slug)).toContain('afghan-border');
		for (const p of all) {
			const camera = placeCamera(p);
			if (p.bbox) {
				expect(camera).toEqual({ bounds: [p.bbox.slice(0, 2), p.bbox.slice(2)] });
			} else {
				expect(camera).toEqual({ center: [p.lng, p.lat], zoom: 8 });
			}
		}
	});
});

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
