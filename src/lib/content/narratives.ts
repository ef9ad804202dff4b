/**
 * The committed narratives, one per place, read through Vite at build time. They are checked
 * before the build by `scripts/validate.ts` (`validateNarratives`), so here they are only parsed.
 */
import { parseNarrative, type NarrativeParagraph } from './narrative';

const files = import.meta.glob('./narratives/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Place slug → the narrative's text, e.g. `narratives.kulyab`. */
export const narratives: Record<string, string> = Object.fromEntries(
	Object.entries(files).map(([path, text]) => [path.replace(/^.*\/|\.md$/g, ''), text])
);

const parsed = new Map<string, NarrativeParagraph[]>();

/**
 * The parsed narrative of the place with this canonical slug. Throws for a slug without one: the
 * validation guarantees that every place has a narrative, so a miss is a bug in the caller (an
 * alias slug, say), and a prerender should fail loudly rather than show an empty page.
 */
export function narrativeOf(slug: string): NarrativeParagraph[] {
	let paragraphs = parsed.get(slug);
	if (!paragraphs) {
		if (!Object.hasOwn(narratives, slug)) {
			throw new Error(`no narrative for "${slug}" (src/lib/content/narratives/${slug}.md)`);
		}
		paragraphs = parseNarrative(narratives[slug]);
		parsed.set(slug, paragraphs);
	}
	return paragraphs;
}
