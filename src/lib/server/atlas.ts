/**
 * The atlas's data for prerendering: every file under `static/geo/` and all the content read
 * through Vite at build time, checked and loaded once through the shared `loadAtlas`.
 * Server-only: pages receive only the small slice each renders, and the map fetches the GeoJSON
 * by URL.
 */
import source from '$lib/content/source.json';
import references from '$lib/content/references.json';
import people from '$lib/content/people.json';
import coverage from '$lib/content/coverage.json';
import chapters from '$lib/content/chapters.json';
import { chapterTexts, eventNarratives, narratives } from '$lib/content/narratives';
import { loadAtlas, type Atlas } from '$lib/content/atlas';
import { atlasIn } from '$lib/content/translations';
import { langOf } from '$lib/state/url';

// Stryker disable all: Vite rewrites import.meta.glob before the tests run, and a mutated argument
// no longer parses.
const texts = import.meta.glob('/static/geo/**/*.geojson', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
// Stryker restore all

let atlas: Atlas | undefined;

/** The loaded atlas (checked on first use; bad data fails the build with every error). */
export function getAtlas(): Atlas {
	atlas ??= loadAtlas({
		files: Object.entries(texts).map(([path, text]) => ({
			path: path.replace(/^\/static\//, ''),
			text
		})),
		source,
		content: {
			narratives,
			eventNarratives,
			references,
			people,
			coverage,
			chapters,
			chapterTexts
		}
	});
	return atlas;
}

/**
 * The atlas in the language of the page at `url`: its records' words (names, summaries, titles,
 * notes, roles) in that language (`atlasIn`).
 */
export function getAtlasFor(url: URL): Atlas {
	return atlasIn(getAtlas(), langOf(url.pathname));
}
