/**
 * The browser's search loader: the index is fetched once and shared by every caller; a failed
 * load (offline, a server error) is forgotten, so that the next keystroke tries again rather than
 * failing for the rest of the visit.
 */
import MiniSearch from 'minisearch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INDEX_OPTIONS, type SearchDoc } from '$lib/search/options';
import { INDEX_FORMAT, type Hit } from '$lib/search/query';

const DOCS: SearchDoc[] = [
	{
		id: 'place:kulyab',
		kind: 'place',
		title: 'Kulyab',
		href: '/place/kulyab',
		snippet: 'A town in the south.',
		names: ['Kulyab', 'Kulob'],
		text: 'A town in the south.'
	},
	{
		id: 'place:garm',
		kind: 'place',
		title: 'Garm',
		href: '/place/garm',
		snippet: 'A town in the Rasht valley.',
		names: ['Garm', 'Gharm'],
		text: 'A town in the Rasht valley.'
	}
];

function indexText(): string {
	const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
	index.addAll(DOCS);
	return JSON.stringify({ format: INDEX_FORMAT, index });
}

const ok = () => new Response(indexText(), { status: 200 });

/** A fresh copy of the module: its cache of the index lives as long as the page. */
async function fresh() {
	vi.resetModules();
	return import('./search-index');
}

describe('searcher', () => {
	const fetch = vi.fn<typeof globalThis.fetch>();
	beforeEach(() => {
		fetch.mockReset();
		vi.stubGlobal('fetch', fetch);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('fetches the index from the site once, and answers queries from it', async () => {
		fetch.mockImplementation(async () => ok());
		const { searcher } = await fresh();
		const [a, b] = await Promise.all([searcher(), searcher()]);
		expect(a).toBe(b);
		expect(await searcher()).toBe(a);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(String(fetch.mock.calls[0][0])).toMatch(/^\/search-index\.json$/);
		expect(a.search('Kulob').hits[0]).toMatchObject({ id: 'place:kulyab', matched: 'Kulob' });
		expect(a.search('town', 1).groups[0].hits).toHaveLength(1);
		expect(a.search('town').groups[0].hits).toHaveLength(2);
	});

	it('fails with the HTTP status, and tries again on the next call', async () => {
		fetch.mockImplementationOnce(async () => new Response('gone', { status: 503 }));
		fetch.mockImplementationOnce(async () => ok());
		const { searcher } = await fresh();
		await expect(searcher()).rejects.toThrow('search index: HTTP 503');
		const second = await searcher();
		expect(second.search('Garm').hits[0].id).toBe('place:garm');
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('forgets a network failure too', async () => {
		fetch.mockImplementationOnce(async () => {
			throw new TypeError('Failed to fetch');
		});
		fetch.mockImplementationOnce(async () => ok());
		const { searcher } = await fresh();
		await expect(searcher()).rejects.toThrow('Failed to fetch');
		await expect(searcher()).resolves.toBeDefined();
	});

	it('refuses an index of another format', async () => {
		fetch.mockImplementation(
			async () => new Response(JSON.stringify({ format: INDEX_FORMAT + 1, index: {} }))
		);
		const { searcher } = await fresh();
		await expect(searcher()).rejects.toThrow(/search index format/);
	});
});

describe('hitHref', () => {
	it('leads to the hit’s page and fragment under the site’s base path', async () => {
		const { hitHref } = await fresh();
		const hit = { href: '/source#p14' } as Hit;
		expect(hitHref(hit)).toBe('/source#p14');
		expect(hitHref({ href: '/place/kulyab' } as Hit)).toBe('/place/kulyab');
	});
});
