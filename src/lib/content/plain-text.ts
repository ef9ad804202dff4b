import type { NarrativeParagraph } from './narrative';

/**
 * A narrative's first paragraph as plain words, without its citations, cut at a word within
 * `max` characters: the description of an event for link previews and embeds.
 */
export function plainText(paragraphs: NarrativeParagraph[], max = 220): string {
	const first = paragraphs.find((p) => p.kind !== 'note');
	const text = (first?.inlines ?? [])
		.map((i) => (i.kind === 'text' ? i.text : i.kind === 'quote' ? `“${i.text}”` : ''))
		.join('')
		.replace(/\s+([.,;:])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
