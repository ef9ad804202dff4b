/**
 * The story's marks are left out of the style the atlas opens with outside the story, and added
 * where they belong when a chapter first features something (engine.ts).
 */
import { describe, expect, it } from 'vitest';
import { atlasStyle, featuredMarks } from './style';

const BASE = 'http://localhost/';
const ids = (options?: Parameters<typeof atlasStyle>[1]) =>
	atlasStyle(BASE, options).layers.map((l) => l.id);
const markIds = featuredMarks().flatMap((g) => g.layers.map((l) => l.id));

describe('the story’s marks in the style', () => {
	it('are in the style of a map that opens on a chapter, and of no other', () => {
		for (const id of markIds) {
			expect(ids()).toContain(id);
			expect(ids({ featured: false })).not.toContain(id);
		}
	});

	it('added later, each before its anchor, give the same order as the story’s style', () => {
		const order = ids({ featured: false });
		for (const { layers, before } of featuredMarks()) {
			const at = order.indexOf(before);
			expect(at, before).toBeGreaterThanOrEqual(0);
			order.splice(at, 0, ...layers.map((l) => l.id));
		}
		expect(order).toEqual(ids());
	});
});

describe('the land in the style', () => {
	const style = atlasStyle(BASE);
	const layer = (id: string) => style.layers.find((l) => l.id === id)!;

	it('is one colour at every zoom, from the world at 1:110m to the region at 1:10m: no box shows', () => {
		const fills = ['world-fill', 'context-fill', 'region-fill'].map(layer);
		for (const fill of fills) {
			expect(fill.type).toBe('fill');
			expect(fill.minzoom ?? 0, fill.id).toBe(0);
			expect(fill.maxzoom ?? 24, fill.id).toBe(24);
		}
		const colours = new Set(fills.map((f) => (f.paint as { 'fill-color': string })['fill-color']));
		expect(colours.size).toBe(1);
		expect(
			String(style.sources.world && 'data' in style.sources.world && style.sources.world.data)
		).toBe(`${BASE}geo/basemap/world.geojson`);
	});

	it('outlines the countries from their borders, not the clipped polygons, whose edges are the boxes', () => {
		for (const l of style.layers) {
			if (l.type !== 'line' || !('source' in l)) continue;
			expect(['region', 'context', 'world'], l.id).not.toContain(l.source);
		}
		expect((layer('region-line') as { source: string }).source).toBe('outlines');
	});
});
