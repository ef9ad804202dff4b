/**
 * Pure checks of the atlas's content registries: the references, the dates of the
 * layers' events, the `refs`/`dateRef` links, the people, the coverage of the source by the atlas,
 * and the event narratives. Each takes parsed data and returns one error string per problem, in
 * the project's format: `file: feature 3 (id): property "dateRef": reason` for GeoJSON features
 * (see `formatError` in src/lib/geo/validate-report.ts) and
 * `file: entry 3 (id): property "x": reason` for the JSON registries. An empty list means all is well. No fs: the caller reads the files.
 * Each registry's form is its schema's (schema.ts); what is written here checks what a record
 * names in another file (a block of the source, a reference) or in another record (a duplicate
 * id).
 */
import { formatError } from '../geo/validate-report';
import { narrativeTextProblems, parseNarrative } from './narrative';
import {
	checkEntries,
	CoverageSchema,
	entryId,
	PersonSchema,
	problemLine,
	ReferenceSchema,
	type Coverage,
	type Person,
	type Reference
} from './schema';
import type { SourceBlock, SourceDocument } from './types';
import { parseProblems } from '../geo/schema-rules';

export type { Person, Reference };

/** Where each registry lives, as the messages name it. */
export const FILES = {
	references: 'src/lib/content/references.json',
	people: 'src/lib/content/people.json',
	coverage: 'src/lib/content/coverage.json',
	places: 'static/geo/places.geojson'
} as const;

/** A thematic layer as parsed: its path (for messages) and its GeoJSON. */
export interface LayerFile {
	path: string;
	data: unknown;
}

// The year inside any form of date, "[..2000]" (by 2000) included.
const YEAR_OF = /(\d{4})/;

type Props = Record<string, unknown>;

function isObject(value: unknown): value is Props {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `file: entry 3 (id): property "x": reason`, parts left out when unknown. */
function entryError(
	file: string,
	index: number | undefined,
	id: unknown,
	property: string | undefined,
	reason: string
): string {
	let where = file;
	if (index !== undefined)
		where += `: entry ${index}${typeof id === 'string' && id ? ` (${id})` : ''}`;
	if (property !== undefined) where += `: property "${property}"`;
	return `${where}: ${reason}`;
}

/** Every block of the source by id. */
function blocksOf(source: SourceDocument): Map<string, SourceBlock> {
	return new Map(source.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
}

/** The texts of a block: paragraph or caption text, or the items of a list. */
function textsOf(block: SourceBlock): string[] {
	return block.kind === 'list' ? block.items : [block.text];
}

/** The features of a layer file, or none when it is not a FeatureCollection. */
function featuresOf(layer: LayerFile): Props[] {
	const data = layer.data;
	if (!isObject(data) || !Array.isArray(data.features)) return [];
	return data.features.map((f) => (isObject(f) ? f : {}));
}

function propsOf(feature: Props): Props {
	return isObject(feature.properties) ? feature.properties : {};
}

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

/** What the coverage check needs to know about the atlas. */
export interface CoverageContext {
	source: SourceDocument;
	/** Place slug → the text of its narrative. */
	placeNarratives: Record<string, string>;
	/** Event id → its `sources`. */
	eventSources: Record<string, string[]>;
	/** Event id → the text of its narrative. */
	eventNarratives: Record<string, string>;
	/** Person id → their `sources`. */
	peopleSources: Record<string, string[]>;
}

/** The blocks that the statements (not the notes) of a narrative cite. */
function statementCitations(text: string): Set<string> {
	return new Set(
		parseNarrative(text)
			.filter((p) => p.kind === 'statement')
			.flatMap((p) => p.inlines.flatMap((i) => (i.kind === 'cite' ? i.ids : [])))
	);
}

/** The blocks that any paragraph of a narrative cites. */
function allCitations(text: string): Set<string> {
	return new Set(
		parseNarrative(text).flatMap((p) => p.inlines.flatMap((i) => (i.kind === 'cite' ? i.ids : [])))
	);
}

/**
 * Coverage: every block of the source is listed with at least one claim, no unknown block is, and
 * every claim points to places, events or people that exist and cite that block: a place through
 * a statement of its narrative, an event through its `sources` or its narrative, a person through
 * their `sources`.
 */
export function checkCoverage(coverage: unknown, ctx: CoverageContext): string[] {
	return parseCoverage(coverage, ctx).errors;
}

/** The coverage's problems (see `checkCoverage`), and the coverage when it has none. */
export function parseCoverage(
	coverage: unknown,
	ctx: CoverageContext
): { errors: string[]; output: Coverage | null } {
	const file = FILES.coverage;
	const whole = parseProblems(CoverageSchema, coverage);
	if (!isObject(coverage))
		return { errors: [`${file}: expected an object of block id → claims`], output: null };
	const blocks = blocksOf(ctx.source);
	const errors: string[] = [];
	const placeCites = new Map(
		Object.entries(ctx.placeNarratives).map(
			([slug, text]) => [slug, statementCitations(text)] as const
		)
	);
	const eventCites = new Map(
		Object.entries(ctx.eventSources).map(
			([id, sources]) =>
				[
					id,
					new Set([
						...sources,
						...(Object.hasOwn(ctx.eventNarratives, id) ? allCitations(ctx.eventNarratives[id]) : [])
					])
				] as const
		)
	);
	const personCites = new Map(
		Object.entries(ctx.peopleSources).map(([id, s]) => [id, new Set(s)] as const)
	);
	const tables = new Map([
		['place', placeCites],
		['event', eventCites],
		['person', personCites]
	]);
	for (const id of blocks.keys())
		if (!Object.hasOwn(coverage, id))
			errors.push(`${file}: block "${id}": missing; every block's claims must be shown somewhere`);
	for (const [block, claims] of Object.entries(coverage)) {
		const at = `${file}: block "${block}"`;
		if (!blocks.has(block)) {
			errors.push(`${at}: not a block of the source`);
			continue;
		}
		const parsed = parseProblems(CoverageSchema.value, claims);
		if (!parsed.success) {
			for (const problem of parsed.problems) {
				// "[2].in[0]" → claim 2, property "in[0]".
				const [, k, property] = /^\[(\d+)\]\.?(.*)$/.exec(problem.property ?? '') ?? [];
				errors.push(
					k === undefined
						? problemLine(at, problem)
						: problemLine(`${at}: claim ${k}`, {
								property: property || undefined,
								reason: problem.reason
							})
				);
			}
			continue;
		}
		parsed.output.forEach((claim, k) => {
			const where = `${at}: claim ${k}`;
			for (const target of claim.in) {
				// The schema allows only these three kinds.
				const [kind, id] = target.split(':', 2);
				const table = tables.get(kind)!;
				if (!table.has(id)) errors.push(`${where}: ${kind} "${id}" does not exist`);
				else if (!table.get(id)!.has(block))
					errors.push(
						`${where}: ${kind} "${id}" does not cite ${block}${kind === 'place' ? ' in a statement of its narrative' : ''}`
					);
			}
		});
	}
	return { errors, output: errors.length === 0 && whole.success ? whole.output : null };
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
