import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../geo/layers';
import { WHOLE_STORY } from '../geo/time';
import {
	delocalizePath,
	langOf,
	localizePath,
	readUrl,
	stateHref,
	URL_SCHEMA,
	writeUrl,
	type Lang,
	type UrlState
} from './url';

const url = (search: string, hash = '') => ({ search, hash });

describe('the schema', () => {
	it('has one entry per parameter, each where it lives', () => {
		expect(Object.entries(URL_SCHEMA).map(([name, p]) => [name, p.in, p.keys.join('&')])).toEqual([
			['lang', 'path', ''],
			['view', 'hash', 'map'],
			['layers', 'query', 'layers'],
			['range', 'query', 'from&to']
		]);
	});

	it.each(Object.entries(URL_SCHEMA))('%s: writing its default removes it', (_, param) => {
		const p = param as (typeof URL_SCHEMA)[keyof UrlState] & {
			write: (part: string, value: unknown) => string;
		};
		expect(p.write('', p.default())).toBe('');
		expect(p.parse('')).toEqual(p.default());
	});

	it('gives a fresh default each time (a state never shares a list with the table)', () => {
		expect(URL_SCHEMA.layers.default()).not.toBe(URL_SCHEMA.layers.default());
		expect(URL_SCHEMA.range.default()).not.toBe(URL_SCHEMA.range.default());
	});
});

describe('readUrl', () => {
	it.each<[string, string, string, Partial<UrlState>]>([
		['nothing', '', '', {}],
		['an unrelated query and hash', '?q=garm', '#content', {}],
		['the layers', '?layers=bases,osce', '', { layers: ['bases', 'osce'] }],
		['the layers, their key escaped', '?%6Cayers=bases', '', { layers: ['bases'] }],
		['no layer at all', '?layers=', '', { layers: [] }],
		['the years', '?from=1997&to=2000', '', { range: { from: 1997, to: 2000 } }],
		['one end of the years', '?to=1997', '', { range: { from: 1994, to: 1997 } }],
		['the view', '', '#map=7/38.5/68.8', { view: { zoom: 7, lat: 38.5, lng: 68.8 } }],
		[
			'everything',
			'?layers=clashes&from=2010&to=2010',
			'#x=1&map=9/37.9/69.8',
			{
				layers: ['clashes'],
				range: { from: 2010, to: 2010 },
				view: { zoom: 9, lat: 37.9, lng: 69.8 }
			}
		]
	])('%s', (_, search, hash, want) => {
		expect(readUrl(url(search, hash))).toEqual(want);
	});

	// A malformed parameter is present, so it counts, but it reads as its default; the others
	// still apply.
	it.each<[string, string, string, Partial<UrlState>]>([
		[
			'unknown layers',
			'?layers=nope&from=1997',
			'',
			{ layers: [...LAYER_IDS], range: { from: 1997, to: 2017 } }
		],
		['repeated layers', '?layers=bases&layers=osce', '', { layers: [...LAYER_IDS] }],
		[
			'a year out of the story',
			'?from=1900&layers=bases',
			'',
			{ range: WHOLE_STORY, layers: ['bases'] }
		],
		['from after to', '?from=2000&to=1997', '', { range: WHOLE_STORY }],
		['a word for a year', '?to=soon', '', { range: WHOLE_STORY }],
		['a view off the map', '?layers=osce', '#map=7/95/68.8', { layers: ['osce'], view: null }],
		['a view with markup', '', '#map=<script>', { view: null }],
		['a view badly escaped', '', '#map=%E0%A4%A', { view: null }],
		['an empty view', '', '#map=', { view: null }]
	])('falls back on %s', (_, search, hash, want) => {
		expect(readUrl(url(search, hash))).toEqual(want);
	});
});

describe('writeUrl', () => {
	it.each<[string, string, string, Partial<UrlState>, string, string]>([
		['nothing asked', '?q=1', '#x', {}, '?q=1', '#x'],
		['some layers', '', '', { layers: ['bases', 'osce'] }, '?layers=bases,osce', ''],
		['all layers: no parameter', '?layers=bases', '', { layers: [...LAYER_IDS] }, '', ''],
		['no layer', '', '', { layers: [] }, '?layers=', ''],
		['the years', '?q=1', '', { range: { from: 1997, to: 1997 } }, '?q=1&from=1997&to=1997', ''],
		['the whole story: no parameter', '?from=1997&to=1997', '', { range: WHOLE_STORY }, '', ''],
		[
			'the view, among other hash parameters',
			'',
			'#a=1&map=1/0/0&b',
			{ view: { zoom: 7, lat: 38.5, lng: 68.8 } },
			'',
			'#a=1&map=7/38.5/68.8&b'
		],
		['no view: the parameter goes', '?q', '#a=1&map=7/38.5/68.8', { view: null }, '?q', '#a=1'],
		['no view and nothing else: no hash', '', '#map=7/38.5/68.8', { view: null }, '', '']
	])('%s', (_, search, hash, state, wantSearch, wantHash) => {
		expect(writeUrl(url(search, hash), state)).toEqual({ search: wantSearch, hash: wantHash });
	});

	it('reads back what it wrote', () => {
		const state: UrlState = {
			lang: 'tg',
			view: { zoom: 9.25, lat: 37.914, lng: 69.784 },
			layers: ['bases', 'clashes'],
			range: { from: 1999, to: 2003 }
		};
		expect(readUrl(writeUrl({ pathname: '/place/kulyab', ...url('') }, state))).toEqual(state);
	});
});

describe('the language, the path prefix', () => {
	it.each<[string, Lang, string]>([
		['/', 'en', '/'],
		['/place/kulyab', 'en', '/place/kulyab'],
		['/ru', 'ru', '/'],
		['/ru/place/kulyab', 'ru', '/place/kulyab'],
		['/tg/story/the-year-2013', 'tg', '/story/the-year-2013'],
		// Not a language: a page called "ru…", or the base language's own code, stays as it is.
		['/rus/place', 'en', '/rus/place'],
		['/en/place/kulyab', 'en', '/en/place/kulyab'],
		['/place/ru', 'en', '/place/ru']
	])('%s is in %s, at %s', (path, lang, bare) => {
		expect(langOf(path)).toBe(lang);
		expect(delocalizePath(path)).toBe(bare);
		expect(readUrl({ pathname: path, search: '', hash: '' }).lang).toBe(lang);
	});

	it.each<[Lang, string, string]>([
		['ru', '/', '/ru'],
		['tg', '/place/kulyab', '/tg/place/kulyab'],
		['en', '/ru/place/kulyab', '/place/kulyab'],
		['tg', '/ru/event/ceasefire-1994', '/tg/event/ceasefire-1994']
	])('%s of %s is %s', (lang, path, want) => {
		expect(localizePath(lang, path)).toBe(want);
	});

	it('switches language keeping the query, the view and unknown parameters', () => {
		const out = writeUrl(
			{ pathname: '/place/garm', search: '?layers=osce&from=1999&utm=x', hash: '#map=8/39/70' },
			{ lang: 'ru' }
		);
		expect(out).toEqual({
			pathname: '/ru/place/garm',
			search: '?layers=osce&from=1999&utm=x',
			hash: '#map=8/39/70'
		});
	});

	it('names the language in a link that carries state', () => {
		expect(stateHref('/place/garm', { lang: 'tg', layers: ['osce'] })).toBe(
			'/tg/place/garm?layers=osce'
		);
	});
});

describe('stateHref', () => {
	it.each<[Partial<UrlState>, string]>([
		[{}, '/place/garm'],
		[{ layers: [...LAYER_IDS], range: WHOLE_STORY }, '/place/garm'],
		[
			{ layers: ['osce'], range: { from: 1997, to: 2000 } },
			'/place/garm?layers=osce&from=1997&to=2000'
		],
		[
			{ layers: ['osce'], view: { zoom: 6, lat: 38.5, lng: 71 } },
			'/place/garm?layers=osce#map=6/38.5/71'
		]
	])('%j', (state, want) => {
		expect(stateHref('/place/garm', state)).toBe(want);
	});
});
