/**
 * The public references as pages cite them: each has a number in the order of the registry
 * (`references.json`), shown as "r12" beside the source's "p14" and listed on /about. Pure.
 */
import type { NarrativeParagraph } from './narrative';
import type { Reference } from './checks';

/** Reference id → its number and title, for the references a page cites. */
export type ReferenceIndex = Record<string, { n: number; title: string }>;

/** The references cited in `paragraphs`, numbered by their place in the registry. */
export function citedReferences(
	paragraphs: NarrativeParagraph[],
	registry: readonly Reference[]
): ReferenceIndex {
	const cited = new Set(
		paragraphs.flatMap((p) => p.inlines.flatMap((i) => (i.kind === 'cite' ? i.refs : [])))
	);
	const index: ReferenceIndex = {};
	registry.forEach((ref, i) => {
		if (cited.has(ref.id)) index[ref.id] = { n: i + 1, title: ref.title };
	});
	return index;
}
