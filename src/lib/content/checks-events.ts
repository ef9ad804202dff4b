/**
 * The checks of the layers' events against the content: that the source or a reference supports
 * each event's dates, and that each event has exactly one narrative, itself a valid narrative.
 * Each returns one error string per problem; an empty list means all is well.
 */
import { formatError } from '../geo/validate-report';
import { blocksOf, featuresOf, FILES, propsOf, textsOf, type LayerFile } from './checks-common';
import { narrativeTextProblems } from './narrative';
import type { SourceDocument } from './types';

// The year inside any form of date, "[..2000]" (by 2000) included.
const YEAR_OF = /(\d{4})/;

/**
 * The date rule: when an event's start or end year appears in the text of none of the blocks it
 * cites in `sources`, the event must name in `dateRef` a known reference that supports
 * the date. (A `dateRef` present where the source suffices is allowed, and checked by `checkRefs`.)
 */
export function checkEventDates(
	layerFiles: LayerFile[],
	source: SourceDocument,
	referenceIds: Iterable<string>
): string[] {
	const blocks = blocksOf(source);
	const refs = new Set(referenceIds);
	const errors: string[] = [];
	for (const layer of layerFiles) {
		featuresOf(layer).forEach((feature, index) => {
			const p = propsOf(feature);
			const id = typeof p.id === 'string' ? p.id : undefined;
			const sources = Array.isArray(p.sources)
				? p.sources.filter((s) => typeof s === 'string')
				: [];
			const texts = sources.flatMap((s) => (blocks.has(s) ? textsOf(blocks.get(s)!) : []));
			const unsupported = (['start', 'end'] as const).flatMap((key) => {
				const year = typeof p[key] === 'string' ? YEAR_OF.exec(p[key])?.[1] : undefined;
				return year && !texts.some((t) => t.includes(year)) ? [`${key} year ${year}`] : [];
			});
			if (unsupported.length === 0) return;
			const report = (reason: string): void =>
				void errors.push(formatError({ file: layer.path, index, id, property: 'dateRef', reason }));
			if (p.dateRef === undefined)
				report(
					`missing: the ${unsupported.join(' and ')} is in no block of "sources" (${sources.join(', ') || 'none'}); name the reference that supports it`
				);
			else if (typeof p.dateRef !== 'string' || !refs.has(p.dateRef))
				report(`${JSON.stringify(p.dateRef)} is not the id of a reference in ${FILES.references}`);
		});
	}
	return errors;
}

/** Where an event's narrative lives. */
export function eventNarrativeFile(id: string): string {
	return `src/lib/content/events/${id}.md`;
}

/**
 * Event narratives: exactly one per event (no event without one, no file for no event), each
 * valid as a narrative (citations, quotations, markup, the date rule; see `narrative.ts`).
 */
export function checkEventNarratives(
	eventIds: string[],
	narratives: Record<string, string>,
	source: SourceDocument,
	referenceIds: Iterable<string>
): string[] {
	const events = new Set(eventIds);
	const refs = [...referenceIds];
	const errors: string[] = [];
	for (const id of [...new Set([...eventIds, ...Object.keys(narratives)])].sort()) {
		const file = eventNarrativeFile(id);
		if (!Object.hasOwn(narratives, id)) {
			errors.push(`${file}: missing: the event "${id}" has no narrative`);
			continue;
		}
		if (!events.has(id)) errors.push(`${file}: "${id}" is not the id of any event`);
		errors.push(...narrativeTextProblems(file, narratives[id], source, refs));
	}
	return errors;
}
