import { describe, expect, it } from 'vitest';
import {
	apa,
	bibtex,
	chicago,
	citeKey,
	cslItem,
	cslJson,
	plain,
	texEscape,
	type CitedPage,
	type CiteWords
} from './cite';

const PAGE: CitedPage = {
	title: 'Kulyab',
	site: 'Tajikistan Peace Atlas',
	url: 'https://atlas.example/place/kulyab',
	lang: 'en',
	version: { date: '2026-12-06', commit: '1a2b3c4' },
	accessed: '2027-01-15'
};
const WORDS: CiteWords = {
	version: 'Version',
	accessed: 'Accessed 15 January 2027',
	retrieved: 'Retrieved 15 January 2027, from'
};

describe('chicago', () => {
	it('writes the title in quotes, the atlas, the version, the access date and the URL', () => {
		expect(plain(chicago(PAGE, WORDS))).toBe(
			'“Kulyab.” Tajikistan Peace Atlas. Version 2026-12-06 (1a2b3c4). Accessed 15 January 2027. https://atlas.example/place/kulyab.'
		);
	});
	it('puts the period outside guillemets in Russian', () => {
		const ru = { ...PAGE, lang: 'ru' as const, title: 'Куляб', site: 'Атлас мира в Таджикистане' };
		expect(plain(chicago(ru, WORDS))).toMatch(/^«Куляб»\. Атлас мира в Таджикистане\. /);
	});
	it('marks the commit and the URL alone as verbatim', () => {
		expect(chicago(PAGE, WORDS).filter((r) => r.verbatim)).toEqual([
			{ text: '1a2b3c4', verbatim: true },
			{ text: PAGE.url, verbatim: true }
		]);
	});
});

describe('apa', () => {
	it('writes the title, the year, the atlas with its version, the retrieval and the URL', () => {
		expect(plain(apa(PAGE, WORDS))).toBe(
			'Kulyab. (2026). Tajikistan Peace Atlas (Version 2026-12-06 (1a2b3c4)). Retrieved 15 January 2027, from https://atlas.example/place/kulyab'
		);
	});
});

describe('texEscape', () => {
	it.each([
		['{}', '\\{\\}'],
		['100%', '100\\%'],
		['A & B', 'A \\& B'],
		['snake_case', 'snake\\_case'],
		['#1', '\\#1'],
		['$5', '\\$5'],
		['a\\b', 'a\\textbackslash{}b'],
		['~^', '\\textasciitilde{}\\textasciicircum{}'],
		['Кӯлоб', 'Кӯлоб']
	])('%s → %s', (text, tex) => {
		expect(texEscape(text)).toBe(tex);
	});
});

describe('bibtex', () => {
	const entry = bibtex({ ...PAGE, title: 'Tea & {Sugar} 100% #1 $_' });
	it('is an @online entry keyed by the page', () => {
		expect(entry).toMatch(/^@online\{tpa-place-kulyab,\n/);
		expect(entry.trimEnd().endsWith('}')).toBe(true);
	});
	it('escapes the title and keeps the URL verbatim', () => {
		expect(entry).toContain('  title = {Tea \\& \\{Sugar\\} 100\\% \\#1 \\$\\_},');
		expect(entry).toContain(`  url = {${PAGE.url}},`);
	});
	it('names the version, the access date and the language', () => {
		expect(entry).toContain('  version = {2026-12-06 (1a2b3c4)},');
		expect(entry).toContain('  urldate = {2027-01-15},');
		expect(entry).toContain('  langid = {english},');
	});
	it('leaves the access date out where it is not known', () => {
		expect(bibtex({ ...PAGE, accessed: null })).not.toContain('urldate');
	});
	it('has balanced braces whatever the title holds', () => {
		const inner = entry.replace(/\\[{}]/g, '');
		expect(inner.split('{').length).toBe(inner.split('}').length);
	});
});

describe('citeKey', () => {
	it.each([
		['https://a.example/', 'tpa'],
		['https://a.example/ru/place/kurgan-tyube', 'tpa-ru-place-kurgan-tyube'],
		['https://a.example/tg/story/moscow-1997', 'tpa-tg-story-moscow-1997']
	])('%s → %s', (url, key) => {
		expect(citeKey(url)).toBe(key);
	});
});

describe('CSL-JSON', () => {
	it('describes a webpage with its container, URL, version and dates', () => {
		expect(cslItem(PAGE)).toEqual({
			id: 'tpa-place-kulyab',
			type: 'webpage',
			title: 'Kulyab',
			'container-title': 'Tajikistan Peace Atlas',
			URL: PAGE.url,
			version: '2026-12-06 (1a2b3c4)',
			issued: { 'date-parts': [[2026, 12, 6]] },
			accessed: { 'date-parts': [[2027, 1, 15]] },
			language: 'en'
		});
	});
	it('has no access date where it is not known', () => {
		expect(cslItem({ ...PAGE, accessed: null })).not.toHaveProperty('accessed');
	});
	it('is a JSON array of one item', () => {
		const parsed = JSON.parse(cslJson(PAGE));
		expect(parsed).toHaveLength(1);
		expect(parsed[0].type).toBe('webpage');
	});
});
