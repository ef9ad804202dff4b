import about from '$lib/content/about.md?raw';
import { getAtlasFor } from '$lib/server/atlas';
import { aboutIn } from '$lib/content/translations';
import { langOf } from '$lib/state/url';
import type { PageServerLoad } from './$types';

/** The about text's sections: `## ` headings, paragraphs separated by blank lines. */
function sections(text: string): { heading: string; paragraphs: string[] }[] {
	return text
		.split(/^## /m)
		.filter((part) => part.trim())
		.map((part) => {
			const [heading, ...rest] = part.split('\n');
			const paragraphs = rest
				.join('\n')
				.split(/\n\s*\n/)
				.map((p) => p.replace(/\s+/g, ' ').trim())
				.filter(Boolean);
			return { heading: heading.trim(), paragraphs };
		});
}

/** How the atlas was made, its references (numbered r1, r2, … as pages cite them), its people. */
export const load: PageServerLoad = ({ url }) => {
	const atlas = getAtlasFor(url);
	return {
		sections: sections(aboutIn(langOf(url.pathname), about)),
		references: atlas.references,
		people: atlas.people
	};
};
