/**
 * Pure checks of the atlas's reference and people registries: the references, the `refs` and
 * `dateRef` links of the places, the layers' events and the people, and the people themselves.
 * Each takes parsed data and returns one error string per problem, in the project's format:
 * `file: feature 3 (id): property "dateRef": reason` for GeoJSON features (see `formatError` in
 * src/lib/geo/validate-report.ts) and `file: entry 3 (id): property "x": reason` for the JSON
 * registries. An empty list means all is well. No fs: the caller reads the files. Each registry's
 * form is its schema's (schema.ts); what is written here checks what a record names in another
 * file (a block of the source, a reference) or in another record (a duplicate id). The events'
 * dates and narratives are checked in checks-events.ts, the coverage in checks-coverage.ts.
 */
import { formatError } from '../geo/validate-report';
import {
	blocksOf,
	entryError,
	featuresOf,
	FILES,
	isObject,
	propsOf,
	type LayerFile,
	type Props
} from './checks-common';
import {
	checkEntries,
	entryId,
	PersonSchema,
	ReferenceSchema,
	type Person,
	type Reference
} from './schema';
import type { SourceDocument } from './types';

export type { Person, Reference };

/**
 * The references registry against `ReferenceSchema`, and its ids unique: the problems, and the
 * entries that passed.
 */
export function parseReferences(references: unknown): { errors: string[]; output: Reference[] } {
	const file = FILES.references;
	const { errors, output } = checkEntries(file, references, ReferenceSchema, {
		what: 'an array of references'
	});
	return { errors: [...errors, ...duplicates(file, references)], output };
}

/** The references registry's problems; see `parseReferences`. */
export function checkReferences(references: unknown): string[] {
	return parseReferences(references).errors;
}

/** An id used by two entries of a registry, reported at the second. */
function duplicates(file: string, entries: unknown): string[] {
	if (!Array.isArray(entries)) return [];
	const seen = new Map<string, number>();
	return entries.flatMap((entry: unknown, i) => {
		const id = entryId(entry);
		if (id === undefined) return [];
		const first = seen.get(id);
		if (first === undefined) {
			seen.set(id, i);
			return [];
		}
		return [entryError(file, i, id, 'id', `duplicate id "${id}", also entry ${first}`)];
	});
}

/** Checks one `refs` array (and optional `dateRef` and `attested`) against the known reference ids. */
function refProblems(props: Props, refs: ReadonlySet<string>): [string, string][] {
	const problems: [string, string][] = [];
	// Whether `refs` is an array of strings is the schemas' to report; this is what they name.
	if (Array.isArray(props.refs)) {
		for (const ref of props.refs) {
			if (typeof ref !== 'string' || !refs.has(ref))
				problems.push([
					'refs',
					`${JSON.stringify(ref)} is not the id of a reference in ${FILES.references}`
				]);
		}
	}
	if (
		props.dateRef !== undefined &&
		(typeof props.dateRef !== 'string' || !refs.has(props.dateRef))
	)
		problems.push([
			'dateRef',
			`${JSON.stringify(props.dateRef)} is not the id of a reference in ${FILES.references}`
		]);
	if (Array.isArray(props.attested))
		props.attested.forEach((a, i) => {
			const ref: unknown = isObject(a) ? a.ref : undefined;
			if (typeof ref === 'string' && !refs.has(ref))
				problems.push([
					`attested[${i}].ref`,
					`${JSON.stringify(ref)} is not the id of a reference in ${FILES.references}`
				]);
		});
	return problems;
}

/**
 * Every `refs` and `dateRef` of the places, the layers' events and the people names a reference of
 * the registry, and every `[@id]` in the source's editorial notes does too.
 */
export function checkRefs(
	places: unknown,
	layerFiles: LayerFile[],
	people: unknown,
	source: SourceDocument,
	referenceIds: Iterable<string>
): string[] {
	const refs = new Set(referenceIds);
	const errors: string[] = [];
	const placeFeatures = isObject(places) && Array.isArray(places.features) ? places.features : [];
	placeFeatures.forEach((feature, index) => {
		const p = isObject(feature) ? propsOf(feature) : {};
		const id = typeof p.slug === 'string' ? p.slug : undefined;
		for (const [property, reason] of refProblems(p, refs))
			errors.push(formatError({ file: FILES.places, index, id, property, reason }));
	});
	for (const layer of layerFiles) {
		featuresOf(layer).forEach((feature, index) => {
			const p = propsOf(feature);
			const id = typeof p.id === 'string' ? p.id : undefined;
			for (const [property, reason] of refProblems(p, refs))
				errors.push(formatError({ file: layer.path, index, id, property, reason }));
		});
	}
	if (Array.isArray(people))
		people.forEach((person, i) => {
			if (!isObject(person)) return;
			for (const [property, reason] of refProblems({ refs: person.refs }, refs))
				errors.push(entryError(FILES.people, i, person.id, property, reason));
		});
	source.notes.forEach((note, i) => {
		for (const match of note.text.matchAll(/\[([^\]]*)\]/g)) {
			for (const part of match[1].split(',').map((s) => s.trim())) {
				if (part.startsWith('@') && !refs.has(part.slice(1)))
					errors.push(
						`src/lib/content/source.json: notes[${i}] (${note.block}): cites "${part}", which is not in ${FILES.references}`
					);
			}
		}
	});
	return errors;
}

/**
 * The people registry against `PersonSchema`, with unique ids, source blocks that exist and
 * known references: the problems, and the people that passed.
 */
export function parsePeople(
	people: unknown,
	source: SourceDocument,
	referenceIds: Iterable<string>
): { errors: string[]; output: Person[] } {
	const file = FILES.people;
	const { errors, output } = checkEntries(file, people, PersonSchema, {
		what: 'an array of people'
	});
	if (!Array.isArray(people)) return { errors, output };
	errors.push(...duplicates(file, people));
	const blocks = blocksOf(source);
	const refs = new Set(referenceIds);
	people.forEach((person: unknown, i) => {
		if (!isObject(person)) return;
		const report = (property: string, reason: string): void =>
			void errors.push(entryError(file, i, entryId(person), property, reason));
		if (Array.isArray(person.sources))
			for (const s of person.sources)
				if (typeof s === 'string' && !blocks.has(s))
					report('sources', `${JSON.stringify(s)} is not a block of the source`);
		for (const [property, reason] of refProblems({ refs: person.refs }, refs))
			report(property, reason);
	});
	return { errors, output };
}

/** The people registry's problems; see `parsePeople`. */
export function checkPeople(
	people: unknown,
	source: SourceDocument,
	referenceIds: Iterable<string>
): string[] {
	return parsePeople(people, source, referenceIds).errors;
}
