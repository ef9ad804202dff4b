// Writes `offline.json` into a finished build: every file a copy saved for offline use may hold,
// with its size on the device and on the wire, and the language whose pages it belongs to
// (src/lib/site/offline.ts's `OfflineManifest`). The data page shows the size before the reader
// saves, and saves exactly these files. Run by the adapter (svelte.config.js), after the
// prerender has written every page.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a reader offline has no use for: the embeds and oEmbed answers (for other sites), the
 * preview image, and the worker's own files. The data page's downloads stay in (about 60 KB
 * gzipped): a researcher who saved the atlas can take its data away offline too.
 */
const LEFT_OUT =
	/^(?:(?:ru|tg)\/)?(?:embed|oembed)\/|^og-image\.png$|^service-worker\.js$|^offline\.json$|^_app\/version\.json$/;

/** What a static host compresses (as scripts/serve.js does): text, JSON, SVG, scripts. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|jsonld|csv|svg|txt|webmanifest)$/;

/**
 * Every file under `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/**
 * The URL path a static host answers with this file: `place/kulyab.html` is `/place/kulyab`,
 * `index.html` is `/`, the 404 page keeps its name.
 * @param {string} file relative to the build, with `/`
 */
export function urlPathOf(file) {
	if (file === 'index.html') return '/';
	if (file === '404.html') return '/404.html';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`;
	if (file.endsWith('.html')) return `/${file.slice(0, -'.html'.length)}`;
	return `/${file}`;
}

/**
 * The language a file's page is in: the path's prefix for Russian and Tajik; English for the
 * pages, page data and static maps at the root; null for what every language shares (the app's
 * code, fonts, the map's data, the search index).
 * @param {string} file relative to the build, with `/`
 */
export function langOf(file) {
	const prefix = /^(ru|tg)(?:\/|\.html$)/.exec(file);
	if (prefix) return prefix[1];
	if (/^messages\/(\w+)\.json$/.test(file)) return file.slice('messages/'.length, -'.json'.length);
	if (file === '404.html') return null;
	if (file.endsWith('.html') || file.endsWith('__data.json') || file.startsWith('maps/'))
		return 'en';
	return null;
}

/**
 * Writes `<dir>/offline.json` and returns what it wrote.
 * @param {string} dir the build's folder
 */
export function writeOfflineManifest(dir) {
	const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8'));
	const files = walk(dir)
		.map((path) => ({ path, file: relative(dir, path).split(sep).join('/') }))
		.filter(({ file }) => !LEFT_OUT.test(file))
		.map(({ path, file }) => {
			const body = readFileSync(path);
			return {
				path: urlPathOf(file),
				bytes: body.length,
				transfer: COMPRESSIBLE.test(file) ? gzipSync(body, { level: 6 }).length : body.length,
				lang: langOf(file)
			};
		})
		.sort((a, b) => (a.path < b.path ? -1 : 1));
	const manifest = { version, files };
	writeFileSync(join(dir, 'offline.json'), JSON.stringify(manifest));
	return manifest;
}
