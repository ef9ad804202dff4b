import { describe, expect, it, vi } from 'vitest';
import { LAYER_IDS } from '$lib/geo/layers';
import { WHOLE_STORY } from '$lib/geo/time';
import { chapters, chapterView } from '$lib/server/views';
import { readUrl } from '$lib/state/url';
import { storyChapters, storyPage } from './story.server';

// Routes resolve against the site's base path, as on a host that serves it under a sub-path.
vi.mock('$app/paths', () => ({
	resolve: (route: string, params: Record<string, string> = {}) =>
		'/atlas' + route.replace(/\[(\w+)\]/g, (_, name: string) => params[name])
}));

const all = storyChapters();

describe('the story’s chapters', () => {
	it('are every chapter, in order, numbered, each at its own page', () => {
		expect(all.map((c) => c.id)).toEqual(chapters().map((c) => c.id));
		all.forEach((c, i) => {
			expect(c).toMatchObject({ n: i + 1, total: all.length, path: `/atlas/story/${c.id}` });
		});
	});

	it.each(chapters().map((c) => [c.id]))(
		'%s: “Explore from here” opens the explorer at its layers, years and view',
		(id) => {
			const page = all.find((c) => c.id === id)!;
			const url = new URL(page.explore, 'http://atlas.test');
			expect(url.pathname).toBe('/atlas/');
			const [lng, lat] = chapterView(id)!.camera.center;
			const read = readUrl(url);
			expect(read.view).toMatchObject({ zoom: page.camera.zoom });
			expect(read.view!.lat).toBeCloseTo(lat, 1);
			expect(read.view!.lng).toBeCloseTo(lng, 1);
			// The URL lists the layers in the panel's order, whatever the chapter's.
			expect([...(read.layers ?? LAYER_IDS)].sort()).toEqual([...page.layers].sort());
			expect(read.range ?? WHOLE_STORY).toEqual(page.range);
		}
	);

	it('names the places and events it features', () => {
		for (const c of all) {
			expect(c.placeNames.map((p) => p.slug)).toEqual([...c.places]);
			expect(c.eventTitles).toHaveLength(c.events.length);
			expect(c.placeNames.every((p) => p.name !== '')).toBe(true);
		}
	});
});

describe('a story page', () => {
	it.each(chapters().map((c, i) => [c.id, i]))(
		'%s: its view carries its chapter, which sets the map',
		(id, i) => {
			const page = storyPage(id);
			expect(page.current).toBe(id);
			expect(page.chapters).toHaveLength(all.length);
			const chapter = page.view.chapter!;
			expect(chapter).toEqual({
				id,
				title: all[i].title,
				n: i + 1,
				total: all.length,
				path: `/atlas/story/${id}`,
				camera: all[i].camera,
				layers: all[i].layers,
				range: all[i].range,
				places: all[i].places,
				events: all[i].events
			});
			// The static map is drawn at the chapter's camera: the live map replaces it without a jump.
			expect(page.view.camera).toEqual(chapter.camera);
			expect(page.view.map).toBe(`story-${id}`);
			expect(page.view.range).toEqual(chapter.range);
		}
	);
});
