/**
 * Search in the browser: the index and the code that queries it (minisearch, ~7 kB gzipped)
 * are fetched the first time a reader uses search, never on page load, parsed once, and shared
 * by the header's box and the /search page. A failed load (offline before the service worker
 * cached the index) is forgotten, so the next keystroke retries.
 */
import { resolve } from '$app/paths';
import type { Hit, SearchResults } from '$lib/search/query';
import { localizePath, type Lang } from '$lib/state/url';

/** A loaded index, ready to answer queries. */
export interface Searcher {
	/** Results for a query, at most `perGroup` per group (all by default), rows in `lang`. */
	search(query: string, perGroup?: number, lang?: Lang): SearchResults;
}

let pending: Promise<Searcher> | null = null;

/** The searcher, loading the index and the query code on the first call. */
export function searcher(): Promise<Searcher> {
	pending ??= Promise.all([
		import('$lib/search/query'),
		fetch(resolve('/search-index.json')).then((res) => {
			if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
			return res.text();
		})
	])
		.then(([query, text]) => {
			const index = query.loadIndex(text);
			return {
				search: (q: string, perGroup?: number, lang?: Lang) =>
					query.search(index, q, perGroup, lang)
			};
		})
		.catch((error: unknown) => {
			pending = null;
			throw error;
		});
	return pending;
}

/** Where a result leads, with the site's base path, in the reader's language (`pageLang()`). */
export function hitHref(hit: Hit, lang: Lang = 'en'): string {
	// Hrefs are made from the routes at build time (src/lib/search/build.ts): a path of this site.
	return localizePath(lang, resolve('/') + hit.href.slice(1));
}
