// Serves a build as a static host would, with sirv: `/x` is `x.html` or `x/index.html`, anything
// else is `404.html` with status 404; the build's precompressed `.br` and `.gz` copies when the
// client accepts them; byte ranges (the PMTiles reader needs them); and the headers of the
// build's `_headers` file (scripts/postbuild.js), so that what is tested here is what Netlify or
// Cloudflare Pages would send. `npm start`, the end-to-end tests and the benchmark all use it.
//
//   node scripts/serve.js [--port 4173] [--dir build] [--base /atlas]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { REVALIDATE, TYPES, headersFor, parseHeaders } from './hosting.js';

/**
 * The path of the file a URL path names under `root`, or '' where it names none (bad
 * percent-encoding, or a way out of `root`).
 * @param {string} root
 * @param {string} pathname
 */
function fileOf(root, pathname) {
	try {
		const file = join(root, decodeURIComponent(pathname));
		return file.startsWith(root + sep) ? file : '';
	} catch {
		return '';
	}
}

/**
 * The one byte range of a request in the form sirv reads (`bytes=from-` or `bytes=from-to`), a
 * suffix (`bytes=-n`, the last n bytes) rewritten to it; undefined for anything else, which is
 * then ignored and the whole file sent, as HTTP allows.
 * @param {string} range the Range header
 * @param {string} file the file the path names, if it is one
 */
function simpleRange(range, file) {
	const m = /^bytes=(\d*)-(\d*)$/.exec(range);
	if (!m || (!m[1] && !m[2])) return undefined;
	if (!m[1]) {
		const stats = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
		return stats?.isFile() ? `bytes=${Math.max(0, stats.size - Number(m[2]))}-` : undefined;
	}
	return m[2] && Number(m[2]) < Number(m[1]) ? undefined : range;
}

/**
 * Starts the server; resolves with it once listening. `base` is the path the build was made for
 * (`kit.paths.base`): the site answers under it, and nothing outside it.
 * @param {{ port?: number, dir?: string, host?: string, base?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export async function serve({ port = 4173, dir = 'build', host = 'localhost', base = '' } = {}) {
	if (base && !/^\/[^/].*[^/]$|^\/[^/]$/.test(base)) {
		throw new Error(`base must start with / and not end with one, as kit.paths.base: "${base}"`);
	}
	const root = resolve(dir);
	const headersFile = join(root, '_headers');
	if (!existsSync(headersFile)) {
		throw new Error(`${headersFile} is missing: build with npm run build (or build:test)`);
	}
	const rules = parseHeaders(readFileSync(headersFile, 'utf8'));
	const notFound = join(root, '404.html');

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} pathname as requested, base included
	 */
	const setHeaders = (res, pathname) => {
		for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
		const type = /** @type {Record<string, string>} */ (TYPES)[extname(pathname)];
		if (type) res.setHeader('Content-Type', type);
	};

	// `dev`: every request looks at the disk, so a rebuild or a new deploy swapped in under a
	// running server is served at once, as a host serves its newest upload.
	const files = sirv(root, {
		dev: true,
		etag: true,
		gzip: true,
		brotli: true,
		// sirv is handed the path without the base; the rules name the whole one.
		setHeaders: (res, pathname) => setHeaders(res, base + pathname)
	});

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const inside = !base || url.pathname === base || url.pathname.startsWith(`${base}/`);
		if (req.headers.range) {
			// A host serves a precompressed copy whole; a range is of the file itself.
			delete req.headers['accept-encoding'];
			const range = simpleRange(req.headers.range, fileOf(root, url.pathname.slice(base.length)));
			if (range) req.headers.range = range;
			else delete req.headers.range;
		}
		const answerNotFound = () => {
			res.statusCode = 404;
			setHeaders(res, url.pathname);
			res.setHeader('Cache-Control', REVALIDATE);
			if (!existsSync(notFound)) {
				res.setHeader('Content-Type', 'text/plain; charset=utf-8');
				res.end('Not found');
				return;
			}
			res.setHeader('Content-Type', TYPES['.html']);
			res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
		};
		// The headers file is the host's, not the site's.
		if (!inside || url.pathname === `${base}/_headers`) return answerNotFound();
		req.url = (url.pathname.slice(base.length) || '/') + url.search;
		files(req, res, answerNotFound);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: process.env.PORT ?? '4173' },
			dir: { type: 'string', default: 'build' },
			base: { type: 'string', default: '' }
		}
	});
	const port = Number(values.port);
	const fail = (/** @type {Error} */ e) => {
		console.error(`Cannot serve ${values.dir}/ on port ${port}: ${e.message}`);
		process.exit(1);
	};
	serve({ port, dir: values.dir, base: values.base }).then(
		() =>
			console.log(
				`Tajikistan Peace Atlas: serving ${values.dir}/ at http://localhost:${port}${values.base}/`
			),
		fail
	);
}
