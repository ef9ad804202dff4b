/**
 * A narrative as one string of HTML, for `{@html}` in `Narrative.svelte`. The text never changes
 * once a page is built, so the browser gets it as the prerendered markup and hydration adopts it
 * whole instead of walking every paragraph, quotation and citation link. Every character that
 * comes from the data goes through `escapeText` or `escapeAttribute`: a narrative's text is
 * validated, but it is never trusted as markup. Pure.
 */
import type { ReferenceIndex } from '$lib/content/references';
import type { Inline, NarrativeParagraph } from '$lib/content/narrative';

/** Where a citation links: the source's paragraphs and the list of references, without the `#`. */
export interface CitationTargets {
	/** The source text's page, e.g. `resolve('/source')`. */
	source: string;
	/** The page that lists the references, e.g. `resolve('/about')`. */
	references: string;
	/** The words a screen reader hears and the note's label, in the page's language. */
	words?: NarrativeWords;
}

/** The narrative's own words: a citation's links' names and an editorial note's label. */
export interface NarrativeWords {
	sourceParagraph: string;
	reference: string;
	note: string;
}

const ENGLISH: NarrativeWords = {
	sourceParagraph: 'source paragraph',
	reference: 'reference',
	note: 'Editorial note'
};

/** `text` safe as an element's content: `&` and `<` escaped, as Svelte escapes text. */
export function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** `value` safe inside a double-quoted attribute: `&`, `"` and `<` escaped, as Svelte does. */
export function escapeAttribute(value: string): string {
	return escapeText(value).replace(/"/g, '&quot;');
}

/** The separator between two links of a citation: for the eye only. */
const COMMA = '<span aria-hidden="true">,\u00a0</span>';

/**
 * One citation: brackets for the eye, and links whose names a screen reader hears alone ("source
 * paragraph p14", "reference r12"); the accessible name contains the visible text (WCAG 2.5.3).
 */
function citation(
	inline: Extract<Inline, { kind: 'cite' }>,
	references: ReferenceIndex,
	to: CitationTargets
): string {
	const words = to.words ?? ENGLISH;
	const blocks = inline.ids.map(
		(id) =>
			`<a href="${escapeAttribute(`${to.source}#${id}`)}"><span class="visually-hidden">${escapeText(words.sourceParagraph)}\u00a0</span>${escapeText(id)}</a>`
	);
	// A reference's title is as it was published, in its own language (English here).
	const refs = inline.refs.map((id) => {
		const ref = references[id];
		return `<a href="${escapeAttribute(`${to.references}#ref-${id}`)}" title="${escapeAttribute(ref?.title ?? id)}"><span class="visually-hidden">${escapeText(words.reference)}\u00a0</span>r${ref?.n ?? 0}</a>`;
	});
	return `<sup class="cite"><span aria-hidden="true">[</span>${[...blocks, ...refs].join(COMMA)}<span aria-hidden="true">]</span></sup>`;
}

/** A paragraph's runs: text, quotations as `<q>`, citations as links. */
function runs(inlines: Inline[], references: ReferenceIndex, to: CitationTargets): string {
	return inlines
		.map((inline) =>
			inline.kind === 'text'
				? escapeText(inline.text)
				: inline.kind === 'quote'
					? `<q>${escapeText(inline.text)}</q>`
					: citation(inline, references, to)
		)
		.join('');
}

/**
 * The paragraphs as HTML: statements as `<p>`, editorial notes as a labelled `<aside>`, in the
 * markup the narrative's styles expect.
 */
export function narrativeHtml(
	paragraphs: NarrativeParagraph[],
	references: ReferenceIndex,
	to: CitationTargets
): string {
	const note = escapeAttribute((to.words ?? ENGLISH).note);
	return paragraphs
		.map((p) =>
			p.kind === 'note'
				? `<aside class="note" aria-label="${note}"><strong>${note}:</strong> ${runs(p.inlines, references, to)}</aside>`
				: `<p>${runs(p.inlines, references, to)}</p>`
		)
		.join('');
}
