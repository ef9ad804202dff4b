/**
 * The content's files as valibot schemas, on the helpers of the data model
 * (src/lib/geo/schema-rules.ts) so that their messages read alike: the source text
 * (`source.json`), the references (`references.json`), the people (`people.json`) and the
 * coverage (`coverage.json`); the chapters' schema is in chapters.ts. The TypeScript types are
 * inferred from them. What a record names in another file (a block of the source, a reference, a
 * place) is checked in the checks (checks*.ts) and chapters.ts, since a schema sees one file.
 */
import * as v from 'valibot';
import { PlaceNameSchema } from '../geo/schema';
import {
	expected,
	optionalText,
	parseProblems,
	partialDate,
	record,
	slug,
	sources,
	text,
	type SchemaProblem
} from '../geo/schema-rules';

const block = <K extends string, E extends v.ObjectEntries>(kind: K, entries: E) =>
	record({ kind: v.literal(kind), id: text(), ...entries }, `an object { kind: "${kind}", id, … }`);

/** One block of the source: a paragraph, a list or a photo caption, each with a citable id. */
export const SourceBlockSchema = v.variant(
	'kind',
	[
		/** A paragraph of running text; its id ("p5") is used in URLs and citations. */
		block('paragraph', { text: text() }),
		/** A bulleted list, citable like a paragraph. */
		block('list', {
			items: v.pipe(
				v.array(text(), expected('a non-empty array of strings')),
				v.nonEmpty(expected('a non-empty array of strings'))
			)
		}),
		/** A photo caption (the photo is not part of the source); `credit` in parentheses. */
		block('caption', { text: text(), credit: optionalText() })
	],
	expected('a block of kind "paragraph", "list" or "caption"')
);

/** An editorial note on a block, where the source is vague, wrong or noisy. */
export const EditorialNoteSchema = record(
	{
		/** Id of the block the note is about. */
		block: text(),
		/** The note, in the atlas's words; names its public reference. */
		text: text()
	},
	'an object { block, text }'
);

/** A section of the source: the slug of its heading, the heading, its blocks. */
export const SourceSectionSchema = record(
	{
		id: slug(),
		heading: text(),
		blocks: v.array(SourceBlockSchema, expected('an array of blocks'))
	},
	'an object { id, heading, blocks }'
);

/** The source text, structured (`src/lib/content/source.json`). */
export const SourceSchema = record(
	{
		title: text(),
		/** Where the text comes from and under what terms, as far as known. */
		provenance: text(),
		sections: v.array(SourceSectionSchema, expected('an array of sections')),
		notes: v.array(EditorialNoteSchema, expected('an array of notes'))
	},
	'an object { title, provenance, sections, notes }'
);

/** One entry of `references.json`: a public reference the atlas cites beyond the source. */
export const ReferenceSchema = record(
	{
		/** What citations name it by: `[@id]`, `refs`, `dateRef`. */
		id: slug(),
		title: text(),
		author: optionalText(),
		publisher: optionalText(),
		/** Partial ISO date of publication: "1999", "1999-08" or "1999-08-15". */
		date: v.optional(partialDate()),
		url: v.optional(
			v.pipe(
				v.string(expected('an http(s) address')),
				v.regex(
					/^https?:\/\/\S+$/,
					(issue) => `${JSON.stringify(issue.input)} is not an http(s) address`
				)
			)
		),
		note: optionalText()
	},
	'an object { id, title, … }'
);

/** One entry of `people.json`. */
export const PersonSchema = v.pipe(
	record(
		{
			id: slug(),
			/** The source's spelling (or, for people only the notes name, the usual English one). */
			name: text(),
			/** Every name the person goes by, `name` included; tagged like a place's names. */
			names: v.pipe(
				v.array(PlaceNameSchema, expected('a non-empty array of names')),
				v.nonEmpty(expected('a non-empty array of names'))
			),
			role: text(),
			/** Source blocks that mention the person (ids such as "p5"). */
			sources: sources(),
			/** References for what the atlas says of the person beyond the source; may be empty. */
			refs: v.optional(
				v.array(v.string(expected('reference id strings')), expected('an array of reference ids'))
			)
		},
		'an object { id, name, names, role, sources }'
	),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const person = dataset.value;
		// Left to the schema's own messages when the names or the name are themselves missing.
		if (
			person.names.length > 0 &&
			person.name.trim() !== '' &&
			!person.names.some((n) => n.name === person.name)
		)
			addIssue({
				message: `does not include the display name ${JSON.stringify(person.name)}`,
				path: [
					{ type: 'object', origin: 'value', input: person, key: 'names', value: person.names }
				]
			});
	})
);

/** One claim of a source block and where the atlas shows it ("place:garm", "event:…", …). */
export const ClaimSchema = record(
	{
		claim: text(),
		in: v.pipe(
			v.array(
				v.pipe(
					v.string(expected('"place:…", "event:…" or "person:…"')),
					v.regex(
						/^(?:place|event|person):./,
						(issue) => `${JSON.stringify(issue.input)} is not "place:…", "event:…" or "person:…"`
					)
				),
				expected('an array naming at least one place, event or person')
			),
			v.nonEmpty(expected('an array naming at least one place, event or person'))
		)
	},
	'an object { claim, in }'
);

/** `coverage.json`: source block id → the claims it makes, each shown somewhere in the atlas. */
export const CoverageSchema = v.record(
	v.string(),
	v.pipe(
		v.array(ClaimSchema, expected('a non-empty array of claims')),
		v.nonEmpty(expected('a non-empty array of claims'))
	),
	expected('an object of block id → claims')
);

/** The source text, checked. */
export type SourceDocument = v.InferOutput<typeof SourceSchema>;
/** One block of the source. */
export type SourceBlock = v.InferOutput<typeof SourceBlockSchema>;
/** A reference, checked. */
export type Reference = v.InferOutput<typeof ReferenceSchema>;
/** A person, checked. */
export type Person = v.InferOutput<typeof PersonSchema>;
/** The coverage, checked. */
export type Coverage = v.InferOutput<typeof CoverageSchema>;

/**
 * Checks a file that holds an array of records, each against `schema`: the records that pass,
 * and one line per problem, `file: entry 3 (id): property "x": reason` (the id only when the
 * record has a well-formed one).
 * @param label what a record is called in messages, "entry" or "chapter"
 * @param first the number of the first record in messages: 0, or 1 where readers count
 */
export function checkEntries<S extends v.GenericSchema>(
	file: string,
	data: unknown,
	schema: S,
	{ label = 'entry', first = 0, what = 'an array' } = {}
): { errors: string[]; output: v.InferOutput<S>[] } {
	if (!Array.isArray(data)) return { errors: [`${file}: expected ${what}`], output: [] };
	const errors: string[] = [];
	const output: v.InferOutput<S>[] = [];
	data.forEach((entry: unknown, i) => {
		const result = parseProblems(schema, entry);
		if (result.success) {
			output.push(result.output);
			return;
		}
		const id = entryId(entry);
		for (const problem of result.problems)
			errors.push(problemLine(`${file}: ${label} ${i + first}${id ? ` (${id})` : ''}`, problem));
	});
	return { errors, output };
}

/** A record's id for messages, when it has a well-formed one. */
export function entryId(entry: unknown): string | undefined {
	const result = v.safeParse(v.looseObject({ id: slug() }), entry);
	return result.success ? result.output.id : undefined;
}

/** `where: property "x": reason`, or `where: reason` for the record itself. */
export function problemLine(where: string, { property, reason }: SchemaProblem): string {
	return `${where}: ${property === undefined ? '' : `property "${property}": `}${reason}`;
}
