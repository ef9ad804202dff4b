import { describe, expect, it } from 'vitest';
import {
	checkCoverage,
	checkEventDates,
	checkEventNarratives,
	checkPeople,
	checkReferences,
	checkRefs,
	type CoverageContext,
	type LayerFile
} from './checks';
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
		['a bad id', [{ id: 'HRW 1999', title: 'x' }], 'entry 0 (HRW 1999): property "id"'],
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
		['a claim with no target', { p1: claim(), p2: claim('event:e1') }, '"in" must name'],
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
