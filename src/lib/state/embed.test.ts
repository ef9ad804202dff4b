import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, embedSnippet, sharedHref, sharedState } from './embed';

describe('sharedState', () => {
	it.each([
		['nothing said', { pathname: '/place/kulyab', search: '', hash: '' }, {}],
		[
			'layers, years and view',
			{
				pathname: '/ru/place/kulyab',
				search: '?layers=bases&from=1995&to=1997',
				hash: '#map=9/37.9/69.8'
			},
			{
				layers: ['bases'],
				range: { from: 1995, to: 1997 },
				view: { zoom: 9, lat: 37.9, lng: 69.8 }
			}
		],
		['no layers', { search: '?layers=', hash: '' }, { layers: [] }],
		['a malformed view, defaulted', { search: '', hash: '#map=oops' }, { view: null }]
	])('%s', (_, url, state) => {
		expect(sharedState(url)).toEqual(state);
	});

	it('leaves the language to the target path', () => {
		expect(sharedState({ pathname: '/tg/place/kulyab', search: '', hash: '' })).not.toHaveProperty(
			'lang'
		);
	});
});

describe('sharedHref', () => {
	it.each([
		['/embed/place/kulyab', { search: '', hash: '' }, '/embed/place/kulyab'],
		[
			'/ru/embed/place/kulyab',
			{ pathname: '/place/kulyab', search: '?layers=bases,osce&utm=x', hash: '#map=9/37.9/69.8' },
			'/ru/embed/place/kulyab?layers=bases,osce#map=9/37.9/69.8'
		],
		[
			'/tg/place/kulyab',
			{ pathname: '/tg/embed/place/kulyab', search: '?from=1994&to=1996', hash: '' },
			'/tg/place/kulyab?from=1994&to=1996'
		]
	])('%s from %j', (path, url, href) => {
		expect(sharedHref(path, url)).toBe(href);
	});
});

/** The attributes of the snippet's one element, unescaped as a browser reads them. */
function attributes(html: string): Map<string, string> {
	const unescape = (v: string) =>
		v
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	return new Map(
		[...html.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [
			name,
			unescape(value ?? '')
		])
	);
}

describe('embedSnippet', () => {
	const src = 'https://atlas.example/embed/place/kulyab?layers=bases&from=1995';
	const snippet = embedSnippet(src, 'Kulyab "old" <town>');
	const attrs = attributes(snippet);

	it('is one iframe with the embed, its title, lazy loading and full screen', () => {
		expect(snippet).toMatch(/^<iframe [^<>]*><\/iframe>$/);
		expect(attrs.get('src')).toBe(src);
		expect(attrs.get('title')).toBe('Kulyab "old" <town>');
		expect(attrs.get('loading')).toBe('lazy');
		expect(attrs.has('allowfullscreen')).toBe(true);
	});

	it('keeps a fixed aspect ratio at any width', () => {
		expect(attrs.get('width')).toBe(String(EMBED_SIZE.width));
		expect(attrs.get('height')).toBe(String(EMBED_SIZE.height));
		expect(attrs.get('style')).toMatch(/(^|;)width:100%;/);
		expect(attrs.get('style')).toMatch(/aspect-ratio:640\/480/);
	});

	it('escapes what would end an attribute or the element', () => {
		expect(snippet).toContain('title="Kulyab &quot;old&quot; &lt;town&gt;"');
		expect(snippet).toContain('kulyab?layers=bases&amp;from=1995');
	});
});
