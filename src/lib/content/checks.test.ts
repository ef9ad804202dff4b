import { describe, expect, it } from 'vitest';
import { checkPeople, checkReferences, checkRefs } from './checks';
import type { LayerFile } from './checks-common';
import { checkCoverage, type CoverageContext } from './checks-coverage';
import { checkEventDates, checkEventNarratives } from './checks-events';
import type { SourceDocument } from './types';

const SOURCE: SourceDocument = {
	title: 'Test',
	provenance: 'Made for the tests.',
	sections: [
		{
			id: 'one',
			heading: 'One',
			blocks: [
				{ kind: 'paragraph', id: 'p1', text: 'Opposition parties were legalized in 1999.' },
				{ kind: 'list', id: 'p2', items: ['Resettlement of refugees'] }
			]
		}
	],
	notes: [{ block: 'p1', text: 'Lifted in August 1999 [@hrw].' }]
};
const REFS = ['hrw', 'un'];

/** A layer with one event of the given properties. */
function layer(props: Record<string, unknown>): LayerFile[] {
	return [
		{
			path: 'static/geo/layers/peace.geojson',
			data: {
				type: 'FeatureCollection',
				features: [{ type: 'Feature', geometry: null, properties: { id: 'e1', ...props } }]
			}
		}
	];
}

describe('checkReferences', () => {
	it('accepts well-formed references', () => {
		expect(
			checkReferences([
				{ id: 'hrw', title: 'Report', date: '1999-08', url: 'https://hrw.org/' },
				{ id: 'un-s-1999-1127', title: 'Report', author: 'UN', date: '1999-11-04' }
			])
		).toEqual([]);
	});
	it.each([
		['not an array', {}, 'expected an array'],
		['a bad id', [{ id: 'HRW 1999', title: 'x' }], 'entry 0: property "id"'],
		[
			'a duplicate id',
			[
				{ id: 'a', title: 'x' },
				{ id: 'a', title: 'y' }
			],
			'entry 1 (a): property "id": duplicate id "a", also entry 0'
		],
		['a missing title', [{ id: 'a' }], 'property "title": missing'],
		['a bad date', [{ id: 'a', title: 'x', date: '1999-13' }], 'property "date"'],
		['a bad url', [{ id: 'a', title: 'x', url: 'hrw.org' }], 'property "url"']
	])('reports %s', (_, data, expected) => {
		expect(checkReferences(data)).toContainEqual(expect.stringContaining(expected));
	});
});

describe('checkEventDates', () => {
	it.each([
		['a year the cited block gives', { start: '1999-08', sources: ['p1'] }],
		['a year a known reference supports', { start: '1997-06-27', sources: ['p1'], dateRef: 'un' }]
	])('accepts %s', (_, props) => {
		expect(checkEventDates(layer(props), SOURCE, REFS)).toEqual([]);
	});
	it.each([
		[
			'a start year in no cited block and no dateRef',
			{ start: '1997', sources: ['p1'] },
			'static/geo/layers/peace.geojson: feature 0 (e1): property "dateRef": missing: the start year 1997'
		],
		[
			'an end year in no cited block',
			{ start: '1999', end: '2000', sources: ['p1'] },
			'missing: the end year 2000'
		],
		[
			'an unknown dateRef',
			{ start: '1997', sources: ['p1'], dateRef: 'nope' },
			'"nope" is not the id'
		],
		[
			'a "by" year in no cited block',
			{ start: '[..1997]', sources: ['p1'] },
			'missing: the start year 1997'
		]
	])('reports %s', (_, props, expected) => {
		expect(checkEventDates(layer(props), SOURCE, REFS)).toContainEqual(
			expect.stringContaining(expected)
		);
	});
});

describe('checkRefs', () => {
	const places = {
		features: [{ properties: { slug: 'dushanbe', refs: ['un'] } }]
	};
	it('accepts known references everywhere', () => {
		expect(
			checkRefs(places, layer({ refs: ['hrw'] }), [{ id: 'x', refs: ['un'] }], SOURCE, REFS)
		).toEqual([]);
	});
	it.each([
		[
			'a place',
			{ features: [{ properties: { slug: 'dushanbe', refs: ['nope'] } }] },
			layer({}),
			[],
			'static/geo/places.geojson: feature 0 (dushanbe): property "refs": "nope"'
		],
		['an event', places, layer({ refs: ['nope'] }), [], 'feature 0 (e1): property "refs"'],
		['an event dateRef', places, layer({ dateRef: 'nope' }), [], 'property "dateRef"'],
		[
			'an attestation',
			places,
			layer({
				attested: [
					{ date: '2000', ref: 'un' },
					{ date: '2000', ref: 'nope' }
				]
			}),
			[],
			'feature 0 (e1): property "attested[1].ref": "nope" is not the id'
		],
		['a person', places, layer({}), [{ id: 'x', refs: ['nope'] }], 'people.json: entry 0 (x)']
	])('reports an unknown reference of %s', (_, p, l, people, expected) => {
		expect(checkRefs(p, l, people, SOURCE, REFS)).toContainEqual(expect.stringContaining(expected));
	});
	it('reports an unknown reference in an editorial note', () => {
		expect(checkRefs(places, layer({}), [], SOURCE, ['un'])).toEqual([
			'src/lib/content/source.json: notes[0] (p1): cites "@hrw", which is not in src/lib/content/references.json'
		]);
	});
});

describe('checkPeople', () => {
	const good = {
		id: 'emomali-rahmon',
		name: 'Rakhmonov',
		names: [
			{ name: 'Rakhmonov', lang: 'en', kind: 'source' },
			{ name: 'Emomali Rahmon', lang: 'en', kind: 'official', from: 2007 }
		],
		role: 'President',
		sources: ['p1'],
		refs: ['un']
	};
	it('accepts a well-formed person', () => {
		expect(checkPeople([good], SOURCE, REFS)).toEqual([]);
	});
	it.each([
		['a duplicate id', [good, good], 'entry 1 (emomali-rahmon): property "id": duplicate'],
		[
			'the display name missing from names',
			[{ ...good, name: 'Rahmonov' }],
			'does not include the display name'
		],
		[
			'a bad language tag',
			[{ ...good, names: [{ name: 'Rakhmonov', lang: 'Tajik', kind: 'source' }] }],
			'names[0].lang'
		],
		[
			'a bad name kind',
			[{ ...good, names: [{ name: 'Rakhmonov', lang: 'en', kind: 'nick' }] }],
			'names[0].kind'
		],
		['an unknown block', [{ ...good, sources: ['p9'] }], '"p9" is not a block'],
		['no sources', [{ ...good, sources: [] }], 'property "sources"'],
		['no role', [{ ...good, role: '' }], 'property "role"'],
		['an unknown reference', [{ ...good, refs: ['nope'] }], 'property "refs"']
	])('reports %s', (_, people, expected) => {
		expect(checkPeople(people, SOURCE, REFS)).toContainEqual(expect.stringContaining(expected));
	});
});

describe('checkCoverage', () => {
	const ctx: CoverageContext = {
		source: SOURCE,
		placeNarratives: { moscow: 'Legal in 1999 [p1].\n\nNote: Refugees [p2].' },
		eventSources: { e1: ['p2'] },
		eventNarratives: { e1: 'Refugees [p2].' },
		peopleSources: { nuri: ['p1'] }
	};
	const claim = (...targets: string[]) => [{ claim: 'A claim', in: targets }];
	it('accepts targets that cite their block', () => {
		expect(
			checkCoverage({ p1: claim('place:moscow', 'person:nuri'), p2: claim('event:e1') }, ctx)
		).toEqual([]);
	});
	it.each([
		['a missing block', { p1: claim('place:moscow') }, 'block "p2": missing'],
		[
			'an unknown block',
			{ p1: claim('place:moscow'), p2: claim('event:e1'), p9: claim('event:e1') },
			'block "p9": not a block'
		],
		[
			'an empty claim list',
			{ p1: [], p2: claim('event:e1') },
			'expected a non-empty array of claims'
		],
		[
			'a claim with no target',
			{ p1: claim(), p2: claim('event:e1') },
			'expected an array naming at least one place, event or person'
		],
		[
			'a target that does not exist',
			{ p1: claim('place:kabul'), p2: claim('event:e1') },
			'place "kabul" does not exist'
		],
		['a malformed target', { p1: claim('moscow'), p2: claim('event:e1') }, 'is not "place:…"'],
		[
			'a place that cites the block only in a note',
			{ p1: claim('place:moscow'), p2: claim('place:moscow') },
			'block "p2": claim 0: place "moscow" does not cite p2 in a statement'
		],
		[
			'an event that does not cite it',
			{ p1: claim('event:e1'), p2: claim('event:e1') },
			'event "e1" does not cite p1'
		],
		[
			'a person who does not cite it',
			{ p1: claim('place:moscow'), p2: claim('person:nuri') },
			'person "nuri" does not cite p2'
		]
	])('reports %s', (_, coverage, expected) => {
		expect(checkCoverage(coverage, ctx)).toContainEqual(expect.stringContaining(expected));
	});
});

describe('checkEventNarratives', () => {
	it('accepts one valid narrative per event', () => {
		expect(checkEventNarratives(['e1'], { e1: 'Legal in 1999 [p1, @hrw].' }, SOURCE, REFS)).toEqual(
			[]
		);
	});
	it.each([
		['an event without a narrative', ['e1', 'e2'], { e1: 'Legal [p1].' }, 'events/e2.md: missing'],
		[
			'an orphan narrative',
			['e1'],
			{ e1: 'Legal [p1].', e9: 'Legal [p1].' },
			'events/e9.md: "e9" is not the id of any event'
		],
		['an unknown reference', ['e1'], { e1: 'Legal [p1, @nope].' }, 'cites reference "@nope"'],
		[
			'a year no citation supports',
			['e1'],
			{ e1: 'Signed in 1997 [p1].' },
			'states 1997, which is in no block it cites'
		],
		[
			'a dated note without a reference',
			['e1'],
			{ e1: 'Legal [p1].\n\nNote: On 12 August 1999.' },
			'the note states 1999 but cites no reference'
		],
		['an empty narrative', ['e1'], { e1: '\n' }, 'events/e1.md: the narrative is empty']
	])('reports %s', (_, ids, narratives, expected) => {
		expect(checkEventNarratives(ids, narratives, SOURCE, REFS)).toContainEqual(
			expect.stringContaining(expected)
		);
	});
});

// Exact messages: a maintainer reads these lines to fix a registry, so their words are the
// behaviour. The source below has a paragraph and a list that give years.
const DATED: SourceDocument = {
	title: 'Test',
	provenance: 'Made for the tests.',
	sections: [
		{
			id: 'one',
			heading: 'One',
			blocks: [
				{ kind: 'paragraph', id: 'p1', text: 'Parties were legalized in 1999.' },
				{ kind: 'list', id: 'p2', items: ['Refugees returned by 1998', 'Elections'] }
			]
		}
	],
	notes: [{ block: 'p1', text: 'Lifted in August 1999 [p1, @hrw]; see [ @un ].' }]
};
const R = 'src/lib/content/references.json';
const P = 'src/lib/content/people.json';
const C = 'src/lib/content/coverage.json';
const L = 'static/geo/layers/peace.geojson';

describe('checkReferences: exact messages', () => {
	it('accepts every optional field when well formed', () => {
		expect(
			checkReferences([
				{
					id: 'un-1997',
					title: 'Report',
					author: 'UN',
					publisher: 'UN',
					date: '1997-06-30',
					url: 'http://un.org/a',
					note: 'Cited for the date.'
				},
				{ id: 'b', title: 'B', date: '1997-01-31' },
				{ id: 'c', title: 'C', date: '1997' }
			])
		).toEqual([]);
	});

	it.each<[string, unknown, string[]]>([
		[
			'an entry that is not an object',
			[null, []],
			[
				`${R}: entry 0: expected an object { id, title, … }, got null`,
				// An array is an object to the schema: its properties are missing.
				`${R}: entry 1: property "id": missing (expected a non-empty string)`,
				`${R}: entry 1: property "title": missing (expected a non-empty string)`
			]
		],
		[
			'no id',
			[{ title: 'x' }],
			[`${R}: entry 0: property "id": missing (expected a non-empty string)`]
		],
		[
			'an empty id',
			[{ id: '', title: 'x' }],
			[`${R}: entry 0: property "id": expected a non-empty string, got ""`]
		],
		[
			'an id with a space',
			[{ id: 'hrw 1999', title: 'x' }],
			[
				`${R}: entry 0: property "id": "hrw 1999" is not lowercase ASCII letters and digits joined by single hyphens`
			]
		],
		[
			'no title',
			[{ id: 'a', title: ' ' }],
			[`${R}: entry 0 (a): property "title": expected a non-empty string, got " "`]
		],
		[
			'empty optional strings',
			[{ id: 'a', title: 'x', author: '', publisher: 5, note: ' ' }],
			[
				`${R}: entry 0 (a): property "author": expected a non-empty string when present, got ""`,
				`${R}: entry 0 (a): property "publisher": expected a non-empty string when present, got 5`,
				`${R}: entry 0 (a): property "note": expected a non-empty string when present, got " "`
			]
		],
		...['1999-13', '1999-02-32', 'c. 1999', '1999-1'].map((date): [string, unknown, string[]] => [
			`the date ${JSON.stringify(date)}`,
			[{ id: 'a', title: 'x', date }],
			[
				`${R}: entry 0 (a): property "date": ${JSON.stringify(date)} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`
			]
		]),
		[
			'a date that is not a string',
			[{ id: 'a', title: 'x', date: 1999 }],
			[
				`${R}: entry 0 (a): property "date": expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got 1999`
			]
		],
		[
			'a url that is not a string',
			[{ id: 'a', title: 'x', url: 5 }],
			[`${R}: entry 0 (a): property "url": expected an http(s) address, got 5`]
		],
		...['ftp://hrw.org', 'see https://hrw.org', 'https://hrw.org/a b'].map(
			(url): [string, unknown, string[]] => [
				`the url ${JSON.stringify(url)}`,
				[{ id: 'a', title: 'x', url }],
				[`${R}: entry 0 (a): property "url": ${JSON.stringify(url)} is not an http(s) address`]
			]
		)
	])('%s', (_, references, errors) => {
		expect(checkReferences(references)).toEqual(errors);
	});
});

describe('checkEventDates: exact messages', () => {
	const events = (...props: Record<string, unknown>[]): LayerFile[] => [
		{
			path: L,
			data: {
				type: 'FeatureCollection',
				features: props.map((p) => ({ type: 'Feature', geometry: null, properties: p }))
			}
		}
	];

	it('finds a year in the items of a cited list', () => {
		expect(
			checkEventDates(events({ id: 'e1', start: '1998-03', sources: ['p2'] }), DATED, REFS)
		).toEqual([]);
	});

	it.each<[string, Record<string, unknown>, string[]]>([
		[
			'a start year in no cited block',
			{ id: 'e1', start: '1997', sources: ['p1'] },
			[
				`${L}: feature 0 (e1): property "dateRef": missing: the start year 1997 is in no block of "sources" (p1); name the reference that supports it`
			]
		],
		[
			'both years in no cited block',
			{ id: 'e1', start: '1996', end: '1997', sources: ['p1', 'p2'] },
			[
				`${L}: feature 0 (e1): property "dateRef": missing: the start year 1996 and end year 1997 is in no block of "sources" (p1, p2); name the reference that supports it`
			]
		],
		[
			'no sources at all, nor strings',
			{ start: '1997', sources: [5] },
			[
				`${L}: feature 0: property "dateRef": missing: the start year 1997 is in no block of "sources" (none); name the reference that supports it`
			]
		],
		[
			'a dateRef that is not a string',
			{ id: 'e1', start: '1997', sources: ['p1'], dateRef: 5 },
			[`${L}: feature 0 (e1): property "dateRef": 5 is not the id of a reference in ${R}`]
		]
	])('%s', (_, props, errors) => {
		expect(checkEventDates(events(props), DATED, REFS)).toEqual(errors);
	});

	it('reads only string dates, and skips what is not a feature collection', () => {
		expect(
			checkEventDates(events({ id: 'e1', start: 1997, sources: ['p1'] }), DATED, REFS)
		).toEqual([]);
		expect(
			checkEventDates(
				[
					{ path: L, data: null },
					{ path: L, data: { features: 'none' } },
					{ path: L, data: { features: [null] } }
				],
				DATED,
				REFS
			)
		).toEqual([]);
	});
});

describe('checkRefs: exact messages', () => {
	const layerWith = (props: Record<string, unknown>): LayerFile[] => [
		{ path: L, data: { features: [{ properties: { id: 'e1', ...props } }] } }
	];
	const noPlaces = { features: [] };

	it.each<[string, unknown, LayerFile[], unknown, string[]]>([
		[
			'a ref that is not a string, on a place without a slug',
			{ features: [{ properties: { refs: [5] } }] },
			[],
			[],
			[
				`static/geo/places.geojson: feature 0: property "refs": 5 is not the id of a reference in ${R}`
			]
		],
		[
			// Their form is the schemas' to report (geo/schema.ts, content/schema.ts), once.
			'refs that are not an array, and an empty note on a place’s name',
			{
				features: [
					{
						properties: {
							slug: 'garm',
							refs: 'un',
							names: [{ name: 'Garm' }, { name: 'Gharm', note: '' }]
						}
					}
				]
			},
			[],
			[],
			[]
		],
		[
			'a dateRef that is not a string',
			noPlaces,
			layerWith({ dateRef: 5 }),
			[],
			[`${L}: feature 0 (e1): property "dateRef": 5 is not the id of a reference in ${R}`]
		],
		[
			'a person’s unknown reference',
			noPlaces,
			[],
			[null, { id: 'x', refs: ['nope'] }],
			[`${P}: entry 1 (x): property "refs": "nope" is not the id of a reference in ${R}`]
		],
		['places, layers and people that are not collections', null, [{ path: L, data: 5 }], {}, []]
	])('%s', (_, places, layers, people, errors) => {
		const source = { ...DATED, notes: [] };
		expect(checkRefs(places, layers, people, source, REFS)).toEqual(errors);
	});

	it('reads every citation of an editorial note, spaces and all', () => {
		expect(checkRefs(noPlaces, [], [], DATED, ['hrw'])).toEqual([
			`src/lib/content/source.json: notes[0] (p1): cites "@un", which is not in ${R}`
		]);
		expect(checkRefs(noPlaces, [], [], DATED, ['un'])).toEqual([
			`src/lib/content/source.json: notes[0] (p1): cites "@hrw", which is not in ${R}`
		]);
	});
});

describe('checkPeople: exact messages', () => {
	const person = (overrides: Record<string, unknown> = {}) => ({
		id: 'nuri',
		name: 'Nuri',
		names: [
			{ name: 'Nuri', lang: 'en', kind: 'source' },
			{ name: 'Said Abdullo Nuri', lang: 'en', kind: 'official', from: 1990, to: 1990 }
		],
		role: 'UTO leader',
		sources: ['p1'],
		...overrides
	});

	it('accepts a well-formed person', () => {
		expect(checkPeople([person()], DATED, REFS)).toEqual([]);
	});

	it.each<[string, unknown, string[]]>([
		['a registry that is not an array', {}, [`${P}: expected an array of people`]],
		[
			'an entry that is not an object',
			[null],
			[`${P}: entry 0: expected an object { id, name, names, role, sources }, got null`]
		],
		[
			'a malformed id',
			[person({ id: 'Said Nuri' })],
			[
				`${P}: entry 0: property "id": "Said Nuri" is not lowercase ASCII letters and digits joined by single hyphens`
			]
		],
		[
			'no id',
			[person({ id: undefined })],
			[`${P}: entry 0: property "id": missing (expected a non-empty string)`]
		],
		[
			'no name',
			[person({ name: '' })],
			[`${P}: entry 0 (nuri): property "name": expected a non-empty string, got ""`]
		],
		[
			'no role',
			[person({ role: undefined })],
			[`${P}: entry 0 (nuri): property "role": missing (expected a non-empty string)`]
		],
		[
			'no names',
			[person({ names: [] })],
			[`${P}: entry 0 (nuri): property "names": expected a non-empty array of names, got []`]
		],
		[
			'names that are not an array',
			[person({ names: 'Nuri' })],
			[`${P}: entry 0 (nuri): property "names": expected a non-empty array of names, got "Nuri"`]
		],
		[
			'a name that is not an object, or has no name',
			[
				person({
					names: [
						{ name: 'Nuri', lang: 'en', kind: 'source' },
						null,
						{ lang: 'en', kind: 'source' }
					]
				})
			],
			[
				`${P}: entry 0 (nuri): property "names[1]": expected an object { name, lang, kind }, got null`,
				`${P}: entry 0 (nuri): property "names[2].name": missing (expected a non-empty string)`
			]
		],
		[
			'a bad language and kind',
			[person({ names: [{ name: 'Nuri', lang: 'Tajik', kind: 'nick' }] })],
			[
				`${P}: entry 0 (nuri): property "names[0].lang": "Tajik" is not a BCP 47 language tag such as "tg-Cyrl"`,
				`${P}: entry 0 (nuri): property "names[0].kind": expected one of official, standard, source, historic, variant, got "nick"`
			]
		],
		[
			'years that are not whole',
			[person({ names: [{ name: 'Nuri', lang: 'en', kind: 'source', from: 1990.5, to: '1999' }] })],
			[
				`${P}: entry 0 (nuri): property "names[0].from": expected a year, got 1990.5`,
				`${P}: entry 0 (nuri): property "names[0].to": expected a year, got "1999"`
			]
		],
		[
			'years reversed',
			[person({ names: [{ name: 'Nuri', lang: 'en', kind: 'source', from: 2000, to: 1999 }] })],
			[`${P}: entry 0 (nuri): property "names[0].to": 1999 is before "from" 2000`]
		],
		[
			'the display name missing from the names',
			[person({ name: 'Nouri' })],
			[`${P}: entry 0 (nuri): property "names": does not include the display name "Nouri"`]
		],
		[
			'no sources',
			[person({ sources: undefined })],
			[
				`${P}: entry 0 (nuri): property "sources": missing (expected a non-empty array of paragraph ids)`
			]
		],
		[
			'unknown sources',
			[person({ sources: ['p9', 5] })],
			[
				`${P}: entry 0 (nuri): property "sources[1]": expected paragraph id strings, got 5`,
				`${P}: entry 0 (nuri): property "sources": "p9" is not a block of the source`
			]
		]
	])('%s', (_, people, errors) => {
		expect(checkPeople(people, DATED, REFS)).toEqual(errors);
	});
});

describe('checkCoverage: exact messages', () => {
	const ctx: CoverageContext = {
		source: DATED,
		placeNarratives: { garm: 'In 1999 [p1].\n\nNote: Refugees [p2].' },
		eventSources: { e1: [] },
		eventNarratives: { e1: 'In 1999 [p1].\n\nNote: Refugees by 1998 [p2].' },
		peopleSources: { nuri: ['p1'] }
	};
	const claim = (...targets: unknown[]) => [{ claim: 'A claim', in: targets }];

	it('counts an event’s citation in a note of its narrative, but not a place’s', () => {
		expect(checkCoverage({ p1: claim('place:garm'), p2: claim('event:e1') }, ctx)).toEqual([]);
		expect(checkCoverage({ p1: claim('place:garm'), p2: claim('place:garm') }, ctx)).toEqual([
			`${C}: block "p2": claim 0: place "garm" does not cite p2 in a statement of its narrative`
		]);
	});

	it.each<[string, unknown, string[]]>([
		['coverage that is not an object', [], [`${C}: expected an object of block id → claims`]],
		[
			'a claim that is not an object, or has no text',
			{ p1: [null, { claim: '', in: ['place:garm'] }], p2: claim('event:e1') },
			[
				`${C}: block "p1": claim 0: expected an object { claim, in }, got null`,
				`${C}: block "p1": claim 1: property "claim": expected a non-empty string, got ""`
			]
		],
		[
			'malformed targets',
			{ p1: claim(5, 'place:', 'thing:x'), p2: claim('event:e1') },
			[
				`${C}: block "p1": claim 0: property "in[0]": expected "place:…", "event:…" or "person:…", got 5`,
				`${C}: block "p1": claim 0: property "in[1]": "place:" is not "place:…", "event:…" or "person:…"`,
				`${C}: block "p1": claim 0: property "in[2]": "thing:x" is not "place:…", "event:…" or "person:…"`
			]
		],
		[
			'an event or person that does not cite the block',
			{ p1: claim('place:garm'), p2: claim('event:e1', 'person:nuri', 'person:nobody') },
			[
				`${C}: block "p2": claim 0: person "nuri" does not cite p2`,
				`${C}: block "p2": claim 0: person "nobody" does not exist`
			]
		]
	])('%s', (_, coverage, errors) => {
		expect(checkCoverage(coverage, ctx)).toEqual(errors);
	});

	it('says nothing of an event it cannot find a narrative for, beyond its sources', () => {
		const noNarrative = { ...ctx, eventSources: { e2: ['p2'] }, eventNarratives: {} };
		expect(checkCoverage({ p1: claim('place:garm'), p2: claim('event:e2') }, noNarrative)).toEqual(
			[]
		);
	});
});

describe('checkEventNarratives: order', () => {
	it('reports in id order, whatever the order of events and files', () => {
		expect(checkEventNarratives(['e2', 'e1'], { e3: 'In 1999 [p1].' }, DATED, REFS)).toEqual([
			'src/lib/content/events/e1.md: missing: the event "e1" has no narrative',
			'src/lib/content/events/e2.md: missing: the event "e2" has no narrative',
			'src/lib/content/events/e3.md: "e3" is not the id of any event'
		]);
	});
});
