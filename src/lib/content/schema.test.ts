/**
 * The content's schemas and the helper that reports a registry's records: messages name the
 * file, the record (by number, and by id when it has a well-formed one), the property and the
 * reason; what passes is the schema's output.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	checkEntries,
	CoverageSchema,
	entryId,
	PersonSchema,
	problemLine,
	ReferenceSchema,
	SourceSchema
} from './schema';

const F = 'src/lib/content/references.json';

describe('checkEntries', () => {
	it('returns the records that pass and a line per problem of the others', () => {
		const good = { id: 'un', title: 'A report' };
		const result = checkEntries(F, [good, { id: 'hrw' }, null], ReferenceSchema);
		expect(result.output).toEqual([good]);
		expect(result.errors).toEqual([
			`${F}: entry 1 (hrw): property "title": missing (expected a non-empty string)`,
			`${F}: entry 2: expected an object { id, title, … }, got null`
		]);
	});

	it('numbers from `first` and names the record by `label`', () => {
		const result = checkEntries(F, [{ id: 'un' }], ReferenceSchema, { label: 'chapter', first: 1 });
		expect(result.errors).toEqual([
			`${F}: chapter 1 (un): property "title": missing (expected a non-empty string)`
		]);
	});

	it('reports a file that is not an array', () => {
		expect(checkEntries(F, {}, ReferenceSchema, { what: 'an array of references' })).toEqual({
			errors: [`${F}: expected an array of references`],
			output: []
		});
	});
});

describe('entryId and problemLine', () => {
	it('names a record by its id only when the id is well formed', () => {
		expect(entryId({ id: 'un-1997' })).toBe('un-1997');
		expect(entryId({ id: 'UN 1997' })).toBeUndefined();
		expect(entryId(null)).toBeUndefined();
	});

	it('writes the property only when there is one', () => {
		expect(problemLine('f: entry 1', { property: 'date', reason: 'bad' })).toBe(
			'f: entry 1: property "date": bad'
		);
		expect(problemLine('f: entry 1', { reason: 'bad' })).toBe('f: entry 1: bad');
	});
});

describe('PersonSchema', () => {
	const person = {
		id: 'nuri',
		name: 'Nuri',
		names: [{ name: 'Nuri', lang: 'en', kind: 'source' }],
		role: 'Leader',
		sources: ['p3']
	};
	const messages = (value: unknown) =>
		v.safeParse(PersonSchema, value).issues?.map((i) => i.message) ?? [];

	it('accepts a person with no references, or an empty list of them', () => {
		expect(messages(person)).toEqual([]);
		expect(messages({ ...person, refs: [] })).toEqual([]);
	});

	it('requires the display name among the names, and years in order', () => {
		expect(messages({ ...person, name: 'Nouri' })).toEqual([
			'does not include the display name "Nouri"'
		]);
		expect(messages({ ...person, names: [{ ...person.names[0], from: 2000, to: 1999 }] })).toEqual([
			'1999 is before "from" 2000'
		]);
	});
});

describe('CoverageSchema and SourceSchema', () => {
	it('requires at least one claim per block, each naming where it is shown', () => {
		expect(v.is(CoverageSchema, { p1: [{ claim: 'x', in: ['place:garm'] }] })).toBe(true);
		expect(v.is(CoverageSchema, { p1: [] })).toBe(false);
		expect(v.is(CoverageSchema, { p1: [{ claim: 'x', in: ['garm'] }] })).toBe(false);
	});

	it('takes the three kinds of block and nothing else', () => {
		const source = (block: object) => ({
			title: 'T',
			provenance: 'P',
			sections: [{ id: 's', heading: 'S', blocks: [block] }],
			notes: []
		});
		expect(v.is(SourceSchema, source({ kind: 'paragraph', id: 'p1', text: 'x' }))).toBe(true);
		expect(v.is(SourceSchema, source({ kind: 'list', id: 'p1', items: ['x'] }))).toBe(true);
		expect(v.is(SourceSchema, source({ kind: 'caption', id: 'c1', text: 'x', credit: 'y' }))).toBe(
			true
		);
		expect(v.is(SourceSchema, source({ kind: 'poem', id: 'p1', text: 'x' }))).toBe(false);
		expect(v.is(SourceSchema, source({ kind: 'list', id: 'p1', items: [] }))).toBe(false);
	});
});
