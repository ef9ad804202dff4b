/**
 * What the search index is made of, on a small made-up atlas whose every document is known:
 * which things become documents, in which order, where each leads, the line shown under its
 * title, and the words it is found by.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import type { Atlas } from '../content/atlas';
import { formatDateRange } from '../geo/dates';
import { EVENT_LAYERS } from '../geo/layers';
import { searchDocs } from './build';
import { fold } from './fold';
import { compact, INDEX_OPTIONS, term, type SearchDoc } from './options';

const event = (id: string, title: string, start: string, end?: string, note?: string) => ({
	type: 'Feature',
	properties: { id, title, start, end, place: 'garm', note, sources: ['p1'] }
});

function atlas(): Atlas {
	const layers = Object.fromEntries(EVENT_LAYERS.map((l) => [l.id, []])) as Record<
		string,
		unknown[]
	>;
	layers[EVENT_LAYERS[1].id] = [
		event(
			'office-garm',
			'OSCE Field Office in Garm (FOG) opened',
			'2008-06-01',
			'2017',
			'Closed [@osce-2017] later.'
		)
	];
	layers[EVENT_LAYERS[0].id] = [
		{
			type: 'Feature',
			properties: { id: 'nowhere-event', title: 'Elsewhere', start: '1997', place: 'atlantis' }
		}
	];
	return {
		places: [
			{
				type: 'Feature',
				properties: {
					slug: 'garm',
					name: 'Garm',
					summary: 'A town in the Rasht valley.',
					names: [
						{ name: 'Garm', lang: 'en' },
						{ name: 'Gharm', lang: 'en' },
						{ name: 'Гарм', lang: 'ru' }
					],
					note: 'Spelt Gharm[sic] by some [@hrw-1999].'
				}
			},
			{
				type: 'Feature',
				properties: { slug: 'kulyab', name: 'Kulyab', summary: 'A town.', names: [] }
			}
		],
		layers,
		people: [
			{
				id: 'emomali-rahmon',
				name: 'Emomali Rahmonov',
				names: [
					{ name: 'Emomali Rahmonov', lang: 'en' },
					{ name: 'Emomali Rahmon', lang: 'en' }
				],
				role: 'President',
				sources: ['p1']
			}
		],
		source: {
			title: 'The source',
			provenance: '',
			sections: [
				{
					id: 'history',
					heading: 'History',
					blocks: [
						{ kind: 'paragraph', id: 'p1', text: 'The war began.' },
						{ kind: 'list', id: 'p2', items: ['One', 'Two'] }
					]
				},
				{
					id: 'photos',
					heading: 'Photos',
					blocks: [
						{ kind: 'caption', id: 'c1', text: 'A road', credit: 'UN Photo' },
						{ kind: 'caption', id: 'c2', text: 'A bridge' }
					]
				}
			],
			notes: [
				{ block: 'p1', text: 'In 1992 [@hrw-1999].' },
				{ block: 'p1', text: 'Not before.' },
				{ block: 'c1', text: 'Near Garm.' }
			]
		}
	} as unknown as Atlas;
}

describe('searchDocs', () => {
	const byId = (docs: SearchDoc[]) => new Map(docs.map((d) => [d.id, d]));

	it('lists places, events, people and passages, in that order', () => {
		expect(searchDocs(atlas()).map((d) => d.id)).toEqual([
			'place:garm',
			'place:kulyab',
			'event:nowhere-event',
			'event:office-garm',
			'person:emomali-rahmon',
			'passage:p1',
			'passage:p2',
			'passage:c1',
			'passage:c2'
		]);
	});

	it('makes a place findable by each of its names once, its summary and its note', () => {
		expect(byId(searchDocs(atlas())).get('place:garm')).toEqual({
			id: 'place:garm',
			kind: 'place',
			title: 'Garm',
			href: '/place/garm',
			snippet: 'A town in the Rasht valley.',
			names: ['Garm', 'Gharm', 'Гарм'],
			text: 'A town in the Rasht valley.',
			// Citation marks are for the source page, not for finding things.
			note: 'Spelt Gharm by some.'
		});
		expect(byId(searchDocs(atlas())).get('place:kulyab')!.note).toBeUndefined();
	});

	it('gives an event its dates, its place’s name and its layer, and the acronym its title defines', () => {
		const layer = EVENT_LAYERS[1].name;
		const when = formatDateRange('2008-06-01', '2017').replace(' (year only)', '');
		expect(when).not.toContain('year only');
		expect(byId(searchDocs(atlas())).get('event:office-garm')).toEqual({
			id: 'event:office-garm',
			kind: 'event',
			title: 'OSCE Field Office in Garm (FOG) opened',
			href: '/event/office-garm',
			snippet: `${when} · Garm · ${layer}`,
			names: ['FOG'],
			text: `Garm ${layer}`,
			date: when,
			note: 'Closed later.'
		});
	});

	it('names an event’s place by its slug when the gazetteer lacks it', () => {
		const doc = byId(searchDocs(atlas())).get('event:nowhere-event')!;
		expect(doc.snippet).toBe(`1997 · atlantis · ${EVENT_LAYERS[0].name}`);
		expect(doc.names).toEqual([]);
		expect(doc.note).toBeUndefined();
	});

	it('leads a person to their entry on the about page, found by every name', () => {
		expect(byId(searchDocs(atlas())).get('person:emomali-rahmon')).toEqual({
			id: 'person:emomali-rahmon',
			kind: 'person',
			title: 'Emomali Rahmonov',
			href: '/about#person-emomali-rahmon',
			snippet: 'President',
			names: ['Emomali Rahmonov', 'Emomali Rahmon'],
			text: 'President'
		});
	});

	it('gives a passage its section and id, its words and its notes', () => {
		const docs = byId(searchDocs(atlas()));
		expect(docs.get('passage:p1')).toEqual({
			id: 'passage:p1',
			kind: 'passage',
			title: 'History, p1',
			href: '/source#p1',
			snippet: 'The war began.',
			names: [],
			text: 'The war began.',
			note: 'In 1992. Not before.'
		});
		expect(docs.get('passage:p2')!.text).toBe('One; Two');
		expect(docs.get('passage:c1')!.text).toBe('A road (UN Photo)');
		expect(docs.get('passage:c1')!.note).toBe('Near Garm.');
		expect(docs.get('passage:c2')!.snippet).toBe('A bridge');
		expect(docs.get('passage:c2')!.note).toBe('');
	});
});

describe('the index’s terms', () => {
	it('folds a word, and drops the words too common to find anything by', () => {
		expect(term('Kulob')).toBe(fold('Kulob'));
		for (const stop of ['the', 'The', 'OF', 'in', 'which']) expect(term(stop)).toBeNull();
		expect(term('Office')).toBe(fold('Office'));
	});

	it('writes a name of several words as one word as well', () => {
		expect(compact('Kurgan-Tyube')).toBe('KurganTyube');
		expect(compact('Garm')).toBeNull();
	});

	it('indexes every name, each of several words in its compact form too', () => {
		const extract = INDEX_OPTIONS.extractField!;
		const doc: SearchDoc = {
			id: 'place:kurgan-tyube',
			kind: 'place',
			title: 'Kurgan-Tyube',
			href: '/place/kurgan-tyube',
			snippet: 's',
			names: ['Kurgan-Tyube', 'Bokhtar'],
			text: 'A town.'
		};
		const keys = (d: SearchDoc) => (extract(d, 'keys') as string).split(' ').filter(Boolean);
		expect(keys(doc)).toEqual(['Kurgan-Tyube', 'KurganTyube', 'Bokhtar']);
		expect(extract(doc, 'heading')).toBe('Kurgan-Tyube');
		expect(extract(doc, 'text')).toBe('A town.');
		expect(extract(doc, 'title')).toBe('Kurgan-Tyube');
		const passage: SearchDoc = { ...doc, kind: 'passage', title: 'History, p1', names: [] };
		// A passage's heading is its section's, shared with its neighbours: it counts as text.
		expect(extract(passage, 'heading')).toBeUndefined();
		expect(extract(passage, 'text')).toBe('History, p1 A town.');
		expect(keys(passage)).toEqual([]);
	});

	it('splits text into words and terms as the queries do', () => {
		expect(INDEX_OPTIONS.tokenize!('Kurgan-Tyube, the town', 'text')).toEqual([
			'Kurgan',
			'Tyube',
			'the',
			'town'
		]);
		expect(INDEX_OPTIONS.processTerm!('the', 'text')).toBeNull();
		expect(INDEX_OPTIONS.processTerm!('Town', 'text')).toBe(fold('Town'));
	});
});

describe('the index’s fields, as a fresh browser loads them', () => {
	// The options are module constants: loaded afresh here, as the browser loads them, so that
	// what is tested is what the module defines now, not a copy made when the suite was collected.
	async function fresh() {
		vi.resetModules();
		const [options, query] = await Promise.all([import('./options'), import('./query')]);
		return { ...options, ...query };
	}

	it('drops the common words, from the index and from queries', async () => {
		const { term } = await fresh();
		for (const stop of ['the', 'a', 'which', 'Into']) expect(term(stop)).toBeNull();
		expect(term('Garm')).not.toBeNull();
	});

	it('finds a thing by its title, dates and notes, and a hit carries what its row shows', async () => {
		const { INDEX_OPTIONS, search, loadIndex, INDEX_FORMAT } = await fresh();
		const doc: SearchDoc = {
			id: 'event:office-garm',
			kind: 'event',
			title: 'Office opened',
			href: '/event/office-garm',
			snippet: 'June 2008 · Garm',
			names: ['FOG'],
			text: 'Garm',
			date: 'June 2008',
			note: 'Closed by Kofarnihon'
		};
		const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
		index.add(doc);
		const loaded = loadIndex(JSON.stringify({ format: INDEX_FORMAT, index }));
		for (const query of ['Office', 'June', 'Kofarnihon', 'FOG']) {
			const [hit] = search(loaded, query).hits;
			expect(hit, query).toMatchObject({
				id: 'event:office-garm',
				kind: 'event',
				title: 'Office opened',
				href: '/event/office-garm'
			});
			expect(hit.snippet.map((p) => p.text).join('')).toBe('June 2008 · Garm');
		}
		expect(search(loaded, 'Kofarnihon').hits[0].inNote).toBe(true);
	});
});
