/**
 * The story's data for its pages: every chapter, in order, with its text, its map's
 * view and the link that leaves the story for the explorer at the chapter's map. Every page of
 * the story carries all nine chapters: on wide screens they scroll beside the map, on phones and
 * without JavaScript the page shows its own chapter alone, with links to the previous and next.
 */
import { resolve } from '$app/paths';
import { chapterTextOf } from '$lib/content/narratives';
import { citedReferences, type ReferenceIndex } from '$lib/content/references';
import type { NarrativeParagraph } from '$lib/content/narrative';
import type { PageView, StoryChapter } from '$lib/geo/camera';
import { localizePath, stateHref, type Lang } from '$lib/state/url';
import { getAtlas } from '$lib/server/atlas';
import { atlasIn, translatedNarrative } from '$lib/content/translations';
import { chapters, chapterView, pageView } from '$lib/server/views';

/** A chapter as its page renders it. */
export interface ChapterPage extends StoryChapter {
	summary: string;
	text: NarrativeParagraph[];
	references: ReferenceIndex;
	/** The places highlighted, with their names, for the list under the text. */
	placeNames: { slug: string; name: string }[];
	/** The events highlighted, by title. */
	eventTitles: string[];
	/** The explorer at this chapter's map: `/?layers=…&from=…&to=…#map=zoom/lat/lng`. */
	explore: string;
	/** Its static map's key (`/maps/<map>.svg`). */
	map: string;
}

/** Every chapter, in order, as the story's pages in `lang` render them. */
export function storyChapters(lang: Lang = 'en'): ChapterPage[] {
	const atlas = atlasIn(getAtlas(), lang);
	const words = new Map(atlas.chapters.map((c) => [c.id, c]));
	const all = chapters();
	const names = new Map(atlas.places.map((p) => [p.properties.slug, p.properties.name]));
	const titles = new Map(
		Object.values(atlas.layers)
			.flat()
			.map((e) => [e.properties.id, e.properties.title])
	);
	return all.map((c, i) => {
		const view = chapterView(c.id)!;
		const text = translatedNarrative(lang, 'chapters', c.id) ?? chapterTextOf(c.id);
		const [lng, lat] = view.camera.center;
		const explore = {
			layers: [...c.layers],
			range: c.range,
			view: { zoom: view.camera.zoom, lat, lng }
		};
		return {
			id: c.id,
			title: words.get(c.id)?.title ?? c.title,
			summary: words.get(c.id)?.summary ?? c.summary,
			n: i + 1,
			total: all.length,
			path: localizePath(lang, resolve('/story/[chapter]', { chapter: c.id })),
			camera: view.camera,
			layers: c.layers,
			range: c.range,
			places: c.places,
			events: c.events,
			text,
			references: citedReferences(text, atlas.references),
			placeNames: c.places.map((slug) => ({ slug, name: names.get(slug) ?? slug })),
			eventTitles: c.events.map((id) => titles.get(id) ?? id),
			explore: stateHref(localizePath(lang, resolve('/')), explore),
			map: view.key
		};
	});
}

/**
 * The page data of the story at one chapter: all chapters, the one shown, and its map's view,
 * which carries the chapter (the explorer applies it with the navigation, in one step).
 */
export function storyPage(
	id: string,
	lang: Lang = 'en'
): {
	chapters: ChapterPage[];
	current: string;
	view: PageView;
} {
	const view = chapterView(id)!;
	const all = storyChapters(lang);
	const page = all.find((c) => c.id === id)!;
	const chapter: StoryChapter = {
		id: page.id,
		title: page.title,
		n: page.n,
		total: page.total,
		path: page.path,
		camera: page.camera,
		layers: page.layers,
		range: page.range,
		places: page.places,
		events: page.events
	};
	return { chapters: all, current: id, view: { ...pageView(view), range: view.range, chapter } };
}
