/**
 * What the service worker keeps, shared by the worker (src/service-worker.ts) and the pages: the
 * names of its caches, the shell it stores as it installs, and the manifest of the copy a reader
 * saves for offline use (written at build time by scripts/offline-manifest.js).
 *
 * Two caches per version of the site: what the reader has visited (and the shell), and the copy
 * they asked for. Both carry the build's version, so that the worker of a new version removes the
 * old ones whole and never answers a page of one version with the code of another.
 */

/** Every cache of the atlas starts so; a worker removes those that are not its version's. */
export const CACHE_PREFIX = 'atlas-';

/** The shell, and every page and file the reader has fetched, for one version of the site. */
export function visitedCache(version: string): string {
	return `${CACHE_PREFIX}visited-${version}`;
}

/** The copy the reader asked for ("Save for offline"), for one version of the site. */
export function savedCache(version: string): string {
	return `${CACHE_PREFIX}saved-${version}`;
}

/** The manifest of the saved copy, relative to the site's root. */
export const OFFLINE_MANIFEST = 'offline.json';

/**
 * The header that marks the saved copy's own requests: the worker lets them pass, so that a file
 * saved is stored once (in the saved cache), not twice.
 */
export const SAVING_HEADER = 'x-atlas-saving';

/** One file of the saved copy, as the build found it. */
export interface OfflineFile {
	/** Its URL path from the site's root, without the base path: `/place/kulyab`. */
	path: string;
	/** Its size on the device. */
	bytes: number;
	/** Its size on the wire: gzipped where a static host compresses it, else its size. */
	transfer: number;
	/** The language whose pages it belongs to, or null for what every language uses. */
	lang: string | null;
}

/** `offline.json`: every file a saved copy may hold, for one version. */
export interface OfflineManifest {
	version: string;
	files: OfflineFile[];
}

/** The files of the copy in one language: its pages and everything the languages share. */
export function filesOf(manifest: OfflineManifest, lang: string): OfflineFile[] {
	return manifest.files.filter((f) => f.lang === null || f.lang === lang);
}

/**
 * The shell the worker stores as it installs, given the 404 page's HTML (the page it answers
 * with for a page never visited, offline) and the build's files: that page and what it loads,
 * and the app's other code, styles and fonts, but not the live map's code (MapLibre and its
 * worker, a half-megabyte gzipped), which the page names in its `atlas-map-code` meta and which
 * is fetched when a map first starts. Paths as `$service-worker`'s `build` lists them.
 */
export function shellOf(notFoundHtml: string, build: readonly string[], base: string): string[] {
	const referenced = [...notFoundHtml.matchAll(/["'](\/[^"'\s]*_app\/immutable\/[^"'\s]+)["']/g)];
	const own = new Set(referenced.map((m) => m[1]));
	const meta = /<meta name="atlas-map-code" content="([^"]*)"/.exec(notFoundHtml);
	const mapCode = new Set(
		(meta?.[1] ?? '')
			.split(/\s+/)
			.filter(Boolean)
			.map((path) => `${base}/${path}`)
	);
	const isMapCode = (path: string) =>
		(mapCode.has(path) && !own.has(path)) || /\/maplibre-gl[.-][^/]*$/.test(path);
	return [...new Set([...own, ...build.filter((path) => !isMapCode(path))])];
}
