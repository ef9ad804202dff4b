/**
 * The URL's schema: every parameter of the explorer's state in the URL, in one table, with where
 * it lives (the query or the named hash), its keys, how it is read, how it is written and its
 * default. It is the only code that reads or writes a URL's state: the server's links (the
 * story's "Explore from here"), the place links that carry the layers and the years, the
 * explorer's replaceState and goto, and the static map's view. A new parameter is one more
 * entry here and one more field of `UrlState`.
 *
 * Reading is defensive: a malformed parameter gives its default and the others still apply.
 * Writing a default removes the parameter, so a shared link stays as short as the view allows.
 * Parameters the table does not know are kept as they are, in their order.
 */
// Relative, not $lib: a plain module that Node imports without Vite's aliases (tsx, Playwright).
import { WHOLE_STORY, type YearRange } from '../geo/time';
import type { LayerId } from '../geo/layers';
import { HASH_KEY, parseHash, writeHash, type MapView } from './hash';
import { DEFAULT_LAYERS, LAYERS_KEY, parseLayers, writeLayers } from './layers';
import { FROM_KEY, parseRange, TO_KEY, writeRange } from './range';

import { BASE_LANG, LANGS, type Lang } from '../geo/lang';

export { LANGS, type Lang };

/** The state a URL carries. */
export interface UrlState {
	/** The page's language, the path's first segment (`/ru/place/kulyab`); none: English. */
	lang: Lang;
	/** The map's view, `#map=zoom/lat/lng`; null for the page's own camera. */
	view: MapView | null;
	/** The layers shown, `?layers=a,b`. */
	layers: LayerId[];
	/** The years shown, `?from=1994&to=1997`. */
	range: YearRange;
}

/** One parameter: where it lives, its keys, and its codec over that part of the URL. */
export interface UrlParam<T> {
	/** The part of the URL it lives in. */
	in: 'path' | 'query' | 'hash';
	/** Its keys in that part (the range has two). */
	keys: readonly string[];
	/** Its value when the URL does not say, or says something malformed. */
	default: () => T;
	/** Reads it from the part (a path, `?…` or `#…`, with or without the sign); malformed gives `default`. */
	parse: (part: string) => T;
	/** The part with the parameter set to `value` (removed when it is the default). */
	write: (part: string, value: T) => string;
}

/** The parts of a URL that hold state: `location` and `URL` both have them. */
export interface UrlParts {
	/** The path, where the language lives; without it a URL says nothing of its language. */
	pathname?: string;
	search: string;
	hash: string;
}

/** Every parameter of the state in the URL. */
export const URL_SCHEMA: { [K in keyof UrlState]: UrlParam<UrlState[K]> } = {
	lang: {
		in: 'path',
		keys: [],
		default: () => BASE_LANG,
		parse: langOf,
		write: (pathname, lang) => localizePath(lang, pathname)
	},
	view: {
		in: 'hash',
		keys: [HASH_KEY],
		default: () => null,
		parse: parseHash,
		write: (hash, view) => (view ? writeHash(hash, view) : removeFromHash(hash, HASH_KEY))
	},
	layers: {
		in: 'query',
		keys: [LAYERS_KEY],
		default: () => [...DEFAULT_LAYERS],
		parse: (search) => parseLayers(new URLSearchParams(search)),
		write: writeLayers
	},
	range: {
		in: 'query',
		keys: [FROM_KEY, TO_KEY],
		default: () => ({ ...WHOLE_STORY }),
		parse: (search) => parseRange(new URLSearchParams(search)),
		write: writeRange
	}
};

const NAMES = Object.keys(URL_SCHEMA) as (keyof UrlState)[];

/** The keys present in the query (decoded, as the codecs read them). */
function queryKeys(search: string): Set<string> {
	return new Set(new URLSearchParams(search).keys());
}

/** The keys present in the hash (`#a=1&b` has `a` and `b`; the hash codec reads them raw). */
function hashKeys(hash: string): Set<string> {
	return new Set(
		hash
			.replace(/^#/, '')
			.split('&')
			.map((p) => p.split('=')[0])
	);
}

/**
 * The state a URL says, parameter by parameter: only those it has (so that a page's own default,
 * an event's years, can apply where the URL is silent), each parsed or, if malformed, defaulted.
 */
export function readUrl(url: UrlParts): Partial<UrlState> {
	const present = { query: queryKeys(url.search), hash: hashKeys(url.hash) };
	const state: Partial<Record<keyof UrlState, unknown>> = {};
	for (const name of NAMES) {
		const param = URL_SCHEMA[name];
		if (param.in === 'path') {
			// Every path says its language, by its prefix or by having none.
			if (url.pathname !== undefined) state[name] = param.parse(url.pathname);
		} else if (param.keys.some((k) => present[param.in as 'query' | 'hash'].has(k))) {
			state[name] = param.parse(param.in === 'query' ? url.search : url.hash);
		}
	}
	return state as Partial<UrlState>;
}

/**
 * `url`'s state parts with the given parameters written (the others, and anything the schema does
 * not know, kept). The query starts with `?` and the hash with `#`, or they are empty.
 */
export function writeUrl(url: UrlParts, state: Partial<UrlState>): UrlParts {
	let { pathname, search, hash } = url;
	for (const name of NAMES) {
		if (!(name in state)) continue;
		const param = URL_SCHEMA[name] as UrlParam<unknown>;
		if (param.in === 'path') {
			if (pathname !== undefined) pathname = param.write(pathname, state[name]);
		} else if (param.in === 'query') search = param.write(search, state[name]);
		else hash = param.write(hash, state[name]);
	}
	return pathname === undefined ? { search, hash } : { pathname, search, hash };
}

/**
 * A link to `path` (already resolved) that carries `state`: `/place/garm?layers=bases#map=…`,
 * under the language's prefix when `state` names one (`/ru/place/garm…`).
 */
export function stateHref(path: string, state: Partial<UrlState>): string {
	const {
		pathname = path,
		search,
		hash
	} = writeUrl({ pathname: path, search: '', hash: '' }, state);
	return pathname + search + hash;
}

/**
 * The site's root path, where the language prefix goes (`/` at a domain's root, `/atlas/` under a
 * sub-path). Set once by the app from SvelteKit's `base`; the tests and Node scripts keep `/`.
 */
let root = '/';
export function setPathRoot(base: string): void {
	root = base.endsWith('/') ? base : `${base}/`;
}

/** The path's language: its first segment under the root when that is a language's, else English. */
export function langOf(pathname: string): Lang {
	if (!pathname.startsWith(root)) return BASE_LANG;
	const first = pathname.slice(root.length).split('/')[0];
	return (LANGS as readonly string[]).includes(first) && first !== BASE_LANG
		? (first as Lang)
		: BASE_LANG;
}

/** The path without its language prefix: `/ru/place/kulyab` → `/place/kulyab`, `/ru` → `/`. */
export function delocalizePath(pathname: string): string {
	const lang = langOf(pathname);
	if (lang === BASE_LANG) return pathname;
	const rest = pathname.slice(root.length + lang.length);
	return root + rest.replace(/^\//, '');
}

/** `pathname` (with or without a prefix) in `lang`: `/place/kulyab` → `/tg/place/kulyab`. */
export function localizePath(lang: Lang, pathname: string): string {
	const bare = delocalizePath(pathname);
	if (lang === BASE_LANG || !bare.startsWith(root)) return bare;
	const rest = bare.slice(root.length);
	return rest ? `${root}${lang}/${rest}` : `${root}${lang}`;
}

/** `hash` without the parameter `key`; other `&`-separated parameters keep their order. */
function removeFromHash(hash: string, key: string): string {
	const params = hash
		.replace(/^#/, '')
		.split('&')
		.filter((p) => p !== '' && !p.startsWith(`${key}=`));
	return params.length ? `#${params.join('&')}` : '';
}
