/**
 * The coverage check: that every block of the source is shown somewhere in the atlas, and that
 * each claim of `coverage.json` points to a place, event or person that exists and cites the
 * block. Returns one error string per problem, and the coverage when it has none.
 */
import { parseProblems } from '../geo/schema-rules';
import { blocksOf, FILES, isObject } from './checks-common';
import { parseNarrative } from './narrative';
import { CoverageSchema, problemLine, type Coverage } from './schema';
import type { SourceDocument } from './types';

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
