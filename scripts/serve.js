// Serves the production build (`build/`) as a static host would: `/x` is `x.html` or
// `x/index.html`, anything else is `404.html` with status 404; text is gzipped when the client
// accepts it, as every static host does. `npm start`, the end-to-end tests
// and the benchmark all use it, so what they exercise is what a static host serves.
//
//   node scripts/serve.js [--port 4173] [--dir build]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

/** @type {Record<string, string>} */
const TYPES = {
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
	'.webmanifest': 'application/manifest+json',
	'.pmtiles': 'application/octet-stream'
};

/** Types worth compressing: text, JSON, SVG; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|ld\+json|manifest)|image\/svg)/;

/** Gzipped bodies by path and modification time: a rebuild while serving is picked up. */
const gzipped = new Map();

/**
 * The file under `root` that a URL path names, or null. Never leaves `root`.
 * @param {string} root
 * @param {string} pathname
 */
async function resolveFile(root, pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (path.includes('\0')) return null;
	const base = normalize(join(root, path));
	if (base !== root && !base.startsWith(root + sep)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		const s = await stat(candidate).catch(() => null);
		if (s?.isFile()) return candidate;
	}
	return null;
}

/**
 * Starts the server; resolves with it once listening.
 * @param {{ port?: number, dir?: string, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ port = 4173, dir = 'build', host = 'localhost' } = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = await resolveFile(root, url.pathname);
		const status = file ? 200 : 404;
		const path = file ?? join(root, '404.html');
		let body;
		try {
			body = await readFile(path);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const headers = {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'accept-ranges': 'bytes',
			// Hashed assets never change; everything else is revalidated.
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		// Byte ranges, as any static host answers them: PMTiles archives are read this way.
		const range = file ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '') : null;
		if (range && (range[1] || range[2])) {
			const size = body.length;
			const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
			const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
			if (start >= size || start > end) {
				res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
				return;
			}
			const part = body.subarray(start, end + 1);
			res.writeHead(206, {
				...headers,
				'content-range': `bytes ${start}-${end}/${size}`,
				'content-length': part.length
			});
			res.end(req.method === 'HEAD' ? undefined : part);
			return;
		}
		if (
			COMPRESSIBLE.test(headers['content-type']) &&
			/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
		) {
			const key = `${path}@${(await stat(path)).mtimeMs}`;
			if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
			body = gzipped.get(key);
			Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
		}
		res.writeHead(status, { ...headers, 'content-length': body.length });
		res.end(req.method === 'HEAD' ? undefined : body);
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
			dir: { type: 'string', default: 'build' }
		}
	});
	const port = Number(values.port);
	serve({ port, dir: values.dir }).then(
		() => console.log(`Tajikistan Peace Atlas: serving ${values.dir}/ at http://localhost:${port}`),
		(e) => {
			console.error(`Cannot serve on port ${port}: ${e.message}`);
			process.exit(1);
		}
	);
}
