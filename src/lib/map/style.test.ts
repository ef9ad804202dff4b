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
