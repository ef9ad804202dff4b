/**
 * The bench's floor and scale page draw the atlas's own style without its events
 * (bench/pages/floor-style.ts): the floor is only a floor if everything else is the same.
 */
import { describe, expect, it } from 'vitest';
import { geographyStyle } from '$lib/map/basemap-layers';
import { EVENT_STYLE_LAYERS } from '$lib/map/events';
import { EVENT_SOURCE } from '$lib/map/sources';
import { atlasStyle, featuredMarks } from '$lib/map/style';
import { floorStyle } from '../../bench/pages/floor-style';

const BASE = 'http://localhost/';
const atlas = atlasStyle(BASE, { featured: false });
const marks = featuredMarks().flatMap((g) => g.layers.map((l) => l.id));

describe('the floor’s style', () => {
	it('has no events, no markers, no rings and no story marks', () => {
		const floor = floorStyle(BASE);
		const ids = floor.layers.map((l) => l.id);
		expect(Object.keys(floor.sources)).not.toContain(EVENT_SOURCE);
		for (const id of [...Object.values(EVENT_STYLE_LAYERS), ...marks]) {
			expect(ids).not.toContain(id);
		}
	});

	it('is otherwise the atlas’s style, layer for layer and in order', () => {
		const floor = floorStyle(BASE);
		const events = new Set<string>(Object.values(EVENT_STYLE_LAYERS));
		expect(floor.layers).toEqual(atlas.layers.filter((l) => !events.has(l.id)));
		expect(floor['font-faces']).toEqual(atlas['font-faces']);
		const rest = Object.entries(atlas.sources).filter(([id]) => id !== EVENT_SOURCE);
		expect(floor.sources).toEqual(Object.fromEntries(rest));
	});

	it('without geography, has no rivers, lakes, towns or provinces, and keeps the rest', () => {
		const bare = floorStyle(BASE, { geography: false });
		const { sources, fills, boundaries, labels } = geographyStyle(BASE);
		const geography = new Set([...fills, ...boundaries, ...labels].map((l) => l.id));
		for (const id of Object.keys(sources)) expect(bare.sources).not.toHaveProperty(id);
		expect(bare.layers.map((l) => l.id)).toEqual(
			floorStyle(BASE)
				.layers.map((l) => l.id)
				.filter((id) => !geography.has(id))
		);
		expect(bare.layers.length).toBeLessThan(floorStyle(BASE).layers.length);
	});
});
