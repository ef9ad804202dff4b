// What a static host needs to know about the built site, shared by the post-build step that
// writes it down (scripts/postbuild.js) and the local server that acts on it (scripts/serve.js):
// the content types, which files are worth compressing, and the `_headers` file's rules.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Content types by extension, where a generic table would be wrong or vague. */
export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.jsonld': 'application/ld+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8; header=present',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.pmtiles': 'application/octet-stream'
};

/**
 * Whether a file is worth compressing: text, JSON, SVG. Images, fonts and PMTiles archives are
 * compressed already, and an archive read by byte ranges must stay as it is.
 * @param {string} path
 */
export function isCompressible(path) {
	const type = /** @type {Record<string, string>} */ (TYPES)[extname(path)] ?? '';
	return /^(text\/|application\/(json|geo\+json|ld\+json|manifest\+json|xml)|image\/svg)/.test(
		type
	);
}

/** Hashed by the bundler: a new version gets a new name, so the old one can be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change with a deploy: the browser asks again every time (304 if unchanged). */
export const REVALIDATE = 'no-cache';

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 * A block of a `_headers` file: a URL pattern (`*` matches anything, `/` included) and its headers.
 */

/**
 * The Content-Security-Policy sent as a header. Every directive is the `<meta>`'s (from
 * `kit.csp`), but a header is one for many pages and cannot carry each page's hashes of its
 * inline script and styles: there `script-src` and `style-src` allow inline code, which is safe
 * because a browser enforces every policy a page has, header and `<meta>` alike, and the
 * `<meta>` still admits only the hashed code. What a `<meta>` cannot say, the header adds:
 * who may frame the page.
 * @param {Record<string, string[]>} directives `kit.csp.directives`
 * @param {string} frameAncestors `'self'`, or `*` for the pages meant to be embedded elsewhere
 */
export function cspHeader(directives, frameAncestors) {
	const quoted = (/** @type {string} */ s) =>
		/^(self|none|unsafe-[a-z-]+|strict-dynamic|(sha256|sha384|sha512|nonce)-.+)$/.test(s)
			? `'${s}'`
			: s;
	/** @type {Record<string, string[]>} */
	const policy = {
		...directives,
		'script-src': [...(directives['script-src'] ?? ['self']), 'unsafe-inline'],
		'style-src': [...(directives['style-src'] ?? ['self']), 'unsafe-inline'],
		'frame-ancestors': [frameAncestors]
	};
	// The one hashed attribute style would need 'unsafe-hashes' with its hash; style-src's
	// 'unsafe-inline' covers it where the directive is absent.
	delete policy['style-src-attr'];
	return Object.entries(policy)
		.map(([name, values]) => [name, ...values.map(quoted)].join(' '))
		.join('; ');
}

/**
 * The `_headers` rules (Netlify and Cloudflare Pages) for a build in `dir` served under `base`.
 * Both hosts apply every rule that matches a URL, and Cloudflare joins a header two rules give
 * with a comma (two Cache-Control values, or two policies that must both pass), so no URL is
 * matched by two rules: one per entry at the site's root, and per entry in each language's
 * folder, the embeds apart.
 * @param {string} dir the build
 * @param {{ base: string, directives: Record<string, string[]> }} options
 * @returns {HeaderRule[]}
 */
export function headerRules(dir, { base, directives }) {
	const common = /** @type {[string, string][]} */ ([['X-Content-Type-Options', 'nosniff']]);
	const page = /** @type {[string, string][]} */ ([
		['Cache-Control', REVALIDATE],
		['Content-Security-Policy', cspHeader(directives, "'self'")],
		...common
	]);
	const embed = /** @type {[string, string][]} */ ([
		['Cache-Control', REVALIDATE],
		['Content-Security-Policy', cspHeader(directives, '*')],
		...common
	]);
	/** @type {HeaderRule[]} */
	const rules = [
		{ pattern: `${base}/_app/immutable/*`, headers: [['Cache-Control', IMMUTABLE], ...common] },
		{ pattern: `${base}/`, headers: page }
	];
	if (base) rules.push({ pattern: base, headers: page });
	for (const name of readdirSync(join(dir, '_app'))) {
		if (name !== 'immutable' && !isCopyOrHostFile(name))
			rules.push(...entryRules(dir, `_app/${name}`, base, page));
	}
	// A language's folder holds the same kinds of pages as the root: its embeds are embeds too.
	const languages = readdirSync(dir).filter(
		(name) => existsSync(join(dir, `${name}.html`)) && existsSync(join(dir, name, 'place'))
	);
	for (const name of readdirSync(dir)) {
		if (name === '_app' || isCopyOrHostFile(name)) continue;
		if (languages.includes(name)) {
			for (const inner of readdirSync(join(dir, name))) {
				if (isCopyOrHostFile(inner)) continue;
				const path = `${name}/${inner}`;
				rules.push(...entryRules(dir, path, base, inner.startsWith('embed') ? embed : page));
			}
		} else {
			rules.push(...entryRules(dir, name, base, name.startsWith('embed') ? embed : page));
		}
	}
	return rules;
}

/**
 * Whether a file is a compressed copy (served for its file's URL, under its rules) or the host's
 * own (`_headers`, `.nojekyll`), which has no URL.
 * @param {string} name
 */
function isCopyOrHostFile(name) {
	return /\.(gz|br)$/.test(name) || name === '_headers' || name.startsWith('.');
}

/**
 * The rules for one file or folder of the build: a folder's everything, a page both as the host
 * serves it (`/about`) and by its file's name (`/about.html`).
 * @param {string} dir
 * @param {string} path relative to the build, `/`-separated
 * @param {string} base
 * @param {[string, string][]} headers
 * @returns {HeaderRule[]}
 */
function entryRules(dir, path, base, headers) {
	if (isDirectory(dir, path)) return [{ pattern: `${base}/${path}/*`, headers }];
	if (path.endsWith('.html')) {
		return [
			{ pattern: `${base}/${path.slice(0, -'.html'.length)}`, headers },
			{ pattern: `${base}/${path}`, headers }
		];
	}
	return [{ pattern: `${base}/${path}`, headers }];
}

/**
 * @param {string} dir
 * @param {string} path
 */
function isDirectory(dir, path) {
	return statSync(join(dir, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/**
 * The text of a `_headers` file.
 * @param {HeaderRule[]} rules
 */
export function formatHeaders(rules) {
	return rules
		.map(({ pattern, headers }) =>
			[pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')
		)
		.join('\n');
}

/**
 * Reads a `_headers` file: a line at the margin is a URL pattern, indented `Name: value` lines
 * below it are its headers, `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) {
			throw new Error(`_headers, line ${index + 1}: expected "  Name: value" under a URL pattern`);
		}
		rule.headers.push([header[1], header[2].trim()]);
	}
	return rules;
}

/**
 * The headers the rules give a URL path, as Cloudflare Pages applies them: every matching rule,
 * a header two rules give joined with a comma.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>} by lower-case name
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, string>} */
	const out = new Map();
	for (const { headers } of rulesFor(rules, pathname)) {
		for (const [name, value] of headers) {
			const key = name.toLowerCase();
			out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
		}
	}
	return out;
}

/**
 * The rules whose pattern matches a URL path.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 */
export function rulesFor(rules, pathname) {
	return rules.filter(({ pattern }) => patternRegExp(pattern).test(pathname));
}

/** @type {Map<string, RegExp>} */
const compiled = new Map();

/** @param {string} pattern */
function patternRegExp(pattern) {
	let re = compiled.get(pattern);
	if (!re) {
		const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
		re = new RegExp(`^${escaped}$`);
		compiled.set(pattern, re);
	}
	return re;
}
