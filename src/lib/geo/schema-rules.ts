/**
 * The pieces every schema of the atlas is built from (a non-blank text, a slug, a partial date,
 * a strict record) and the words their problems are reported in, so that every file's messages
 * read alike: what was expected and what was found. The place and event schemas (schema.ts),
 * the basemap's (schema-geojson.ts) and the content's (src/lib/content/schema.ts) use them.
 */
import * as v from 'valibot';
import { dateBounds } from './dates';

/** Canonical URL names and ids: lowercase ASCII letters and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_FORMS = '(YYYY, YYYY-MM or YYYY-MM-DD)';

/** A value for an error message: JSON, shortened so one line stays one line. */
export function show(value: unknown): string {
	const json = value === undefined ? 'undefined' : JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** "expected X, got Y", or "missing (expected X)" when there is nothing there. */
export function expected(what: string) {
	return (issue: v.BaseIssue<unknown>) =>
		issue.input === undefined
			? `missing (expected ${what})`
			: `expected ${what}, got ${show(issue.input)}`;
}

/** `"a", "b" or "c"`, or `one of a, b, c, d` when the list is longer, for messages. */
export function oneOf(values: readonly string[]): string {
	const quoted = values.map((x) => `"${x}"`);
	return quoted.length <= 3
		? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
		: `one of ${values.join(', ')}`;
}

/** A string that is not blank. */
export const text = (what = 'a non-empty string') =>
	v.pipe(
		v.string(expected(what)),
		v.check((s) => s.trim() !== '', expected(what))
	);
/** A string that is not blank, or nothing. */
export const optionalText = () => v.optional(text('a non-empty string when present'));

/** A slug or id: see `SLUG`. */
export const slug = () =>
	// Aborts at the first problem: a blank slug is missing, not also ill-formed.
	v.config(
		v.pipe(
			text(),
			v.regex(
				SLUG,
				(issue) =>
					`${show(issue.input)} is not lowercase ASCII letters and digits joined by single hyphens`
			)
		),
		{ abortPipeEarly: true }
	);

/** A whole year. */
export const year = () => v.pipe(v.number(expected('a year')), v.integer(expected('a year')));

/** A partial date: see `PartialDate`. */
export const partialDate = () =>
	v.pipe(
		v.string(expected(`a date ${DATE_FORMS}`)),
		v.check(
			(d) => dateBounds(d) !== null,
			(issue) => `${show(issue.input)} is not a valid date ${DATE_FORMS}`
		)
	);

/**
 * Source block ids ("p14"); whether each exists is checked against the source in
 * validate-features.ts.
 */
export const sources = () =>
	v.pipe(
		v.array(
			v.string(expected('paragraph id strings')),
			expected('a non-empty array of paragraph ids')
		),
		v.nonEmpty(expected('a non-empty array of paragraph ids'))
	);

/** Ids of entries in the references registry (`src/lib/content/references.json`). */
export const refs = () =>
	v.optional(
		v.pipe(
			v.array(v.string(expected('reference id strings')), expected('an array of reference ids')),
			v.nonEmpty(expected('a non-empty array of reference ids when present'))
		)
	);

/** A number in `[min, max]` (and whole when `integer`), e.g. a zoom or a latitude. */
export const between = (what: string, min: number, max: number, integer = false) =>
	v.pipe(
		v.number(expected(`${what} from ${min} to ${max}`)),
		v.check(
			(n) => n >= min && n <= max && (!integer || Number.isInteger(n)),
			expected(`${what} from ${min} to ${max}`)
		)
	);

/** A radius in kilometres, where a region is drawn as a circle. */
export const radiusKm = () =>
	v.optional(
		v.pipe(
			v.number(expected('a positive number of kilometres')),
			v.finite(expected('a positive number of kilometres')),
			v.gtValue(0, expected('a positive number of kilometres'))
		)
	);

/**
 * An object that accepts only the listed properties. Its messages: a missing property is
 * reported in the words of the schema that would have checked it ("missing (expected a
 * non-empty string)"); an unknown one, most often a typo, lists what is known.
 */
export function record<E extends v.ObjectEntries>(entries: E, what: string) {
	return v.strictObject(entries, (issue) => {
		if (issue.expected === 'Object') return expected(what)(issue);
		const key = String(issue.path?.at(-1)?.key);
		if (issue.expected === 'never') {
			return `unknown property (expected one of ${Object.keys(entries).join(', ')})`;
		}
		const result = v.safeParse(entries[key], undefined);
		return result.success ? 'missing' : result.issues[0].message;
	});
}

/** One problem a schema found: the property path as written in messages, and the reason. */
export interface SchemaProblem {
	/** "start", "names[1].lang"; undefined for the properties object itself. */
	property?: string;
	reason: string;
}

/** `names[1].lang` from valibot's path. */
export function propertyPath(path: readonly v.IssuePathItem[] | undefined): string | undefined {
	if (!path?.length) return undefined;
	return path
		.map((item, i) =>
			typeof item.key === 'number' ? `[${item.key}]` : `${i ? '.' : ''}${String(item.key)}`
		)
		.join('');
}

/**
 * Runs any schema: its output when the value passes, else every problem, each with the path
 * to the property at fault as messages write it.
 */
export function parseProblems<S extends v.GenericSchema>(
	schema: S,
	value: unknown
): { success: true; output: v.InferOutput<S> } | { success: false; problems: SchemaProblem[] } {
	const result = v.safeParse(schema, value);
	if (result.success) return { success: true, output: result.output };
	return {
		success: false,
		problems: result.issues.map((issue) => {
			const property = propertyPath(issue.path);
			return property === undefined
				? { reason: issue.message }
				: { property, reason: issue.message };
		})
	};
}
