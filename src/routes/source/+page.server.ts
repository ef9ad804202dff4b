import { placeLinks } from '$lib/content/narrative';
import { getAtlas } from '$lib/server/atlas';
import type { PageServerLoad } from './$types';

/** Latin letters, marks, spaces, hyphens and apostrophes: names the English text could contain. */
const LATIN = /^[\p{Script=Latin}\p{M}\s'’-]+$/u;

/**
 * The source document and the place names to link in it: every Latin-script name of every place
 * that occurs in the text or the editorial notes as a whole word, written as the text writes it
 * ("Kulab" and "Kulyab" both lead to /place/kulyab). Names that never occur are left out, so the
 * page carries only what it uses.
 */
export const load: PageServerLoad = () => {
	const { places, source } = getAtlas();
	const texts = [
		...source.sections.flatMap((s) =>
			s.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))
		),
		...source.notes.map((n) => n.text)
	];
	const occurs = (name: string) =>
		texts.some((text) => placeLinks(text, [{ name, slug: '' }]).some((r) => r.kind === 'place'));

	// A place may list one spelling under two languages; the alias index guarantees that a name
	// never leads to two different places, so keeping the first is safe.
	const bySpelling = new Map<string, string>();
	for (const { properties: place } of places) {
		for (const { name } of place.names) {
			if (!bySpelling.has(name) && LATIN.test(name) && occurs(name)) {
				bySpelling.set(name, place.slug);
			}
		}
	}
	const names = [...bySpelling]
		.map(([name, slug]) => ({ name, slug }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { source, names };
};
