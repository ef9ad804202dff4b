/**
 * The committed narratives of places and events, read through Vite at build time. They are
 * checked with the rest of the atlas (`checkAtlas`) before anything is prerendered, so here they
 * are only parsed.
 */
import { parseNarrative, type NarrativeParagraph } from './narrative';

const byName = (files: Record<string, string>): Record<string, string> =>
	Object.fromEntries(
		Object.entries(files).map(([path, text]) => [path.replace(/^.*\/|\.md$/g, ''), text])
	);

// Stryker disable all: Vite rewrites import.meta.glob before the tests run, and a mutated argument
// no longer parses.
/** Place slug → the narrative's text, e.g. `narratives.kulyab`. */
export const narratives = byName(
	import.meta.glob('./narratives/*.md', { query: '?raw', import: 'default', eager: true })
);

/** Event id → the narrative's text. */
export const eventNarratives = byName(
	import.meta.glob('./events/*.md', { query: '?raw', import: 'default', eager: true })
);

/** Chapter id → the chapter's text (`chapters/<id>.md`). */
export const chapterTexts = byName(
	import.meta.glob('./chapters/*.md', { query: '?raw', import: 'default', eager: true })
);
// Stryker restore all

const parsed = new Map<string, NarrativeParagraph[]>();

function parsedOf(texts: Record<string, string>, key: string, file: string): NarrativeParagraph[] {
	let paragraphs = parsed.get(file);
	if (!paragraphs) {
		if (!Object.hasOwn(texts, key)) throw new Error(`no narrative for "${key}" (${file})`);
		paragraphs = parseNarrative(texts[key]);
		parsed.set(file, paragraphs);
	}
	return paragraphs;
}

/**
 * The parsed narrative of the place with this canonical slug. Throws for a slug without one: the
 * validation guarantees that every place has a narrative, so a miss is a bug in the caller (an
 * alias slug, say), and a prerender should fail loudly rather than show an empty page.
 */
export function narrativeOf(slug: string): NarrativeParagraph[] {
	return parsedOf(narratives, slug, `src/lib/content/narratives/${slug}.md`);
}

/** The parsed narrative of an event (`src/lib/content/events/<id>.md`); throws like `narrativeOf`. */
export function eventNarrativeOf(id: string): NarrativeParagraph[] {
	return parsedOf(eventNarratives, id, `src/lib/content/events/${id}.md`);
}

/** The parsed text of the story's chapter with this id; throws for an id without one. */
export function chapterTextOf(id: string): NarrativeParagraph[] {
	return parsedOf(chapterTexts, id, `src/lib/content/chapters/${id}.md`);
}
