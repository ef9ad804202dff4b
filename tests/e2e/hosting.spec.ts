/**
 * What a host sends: the build's `_headers` file (for Netlify and Cloudflare Pages) against what
 * the atlas's server (scripts/serve.js, which reads that file) answers. Hashed files cached for a
 * year, everything else revalidated, the Content-Security-Policy as a header with who may frame
 * the page, the 404 page with its status, precompressed copies when asked, byte ranges.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import {
	IMMUTABLE,
	REVALIDATE,
	headersFor,
	parseHeaders,
	rulesFor
} from '../../scripts/hosting.js';

const DIR = 'build-test';
const rules = parseHeaders(readFileSync(`${DIR}/_headers`, 'utf8'));
const chunk = `/_app/immutable/entry/${readdirSync(`${DIR}/_app/immutable/entry`).find((f) => f.endsWith('.js'))}`;
const fileOf = (path: string) => readFileSync(`${DIR}${path}`);
/** The `<meta>` policy of a prerendered page, directive by directive. */
const metaPolicy = (html: string) =>
	new Map(
		/<meta http-equiv="content-security-policy" content="([^"]+)"/
			.exec(html)![1]
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name, values])
	);

test('no URL is matched by two rules giving the same header; Cloudflare reads them all', () => {
	// Cloudflare Pages reads no more than 100 rules.
	expect(rules.length).toBeLessThanOrEqual(100);
	// Cloudflare joins such headers with a comma: two Cache-Control values, or two policies.
	const urls = [
		'/',
		'/place/kulyab',
		'/ru/place/kulyab',
		'/embed/place/kulyab',
		'/tg/embed/story/x',
		chunk,
		'/service-worker.js',
		'/geo/places.geojson',
		'/_app/version.json'
	];
	for (const url of urls) {
		const names = rulesFor(rules, url).flatMap((r) =>
			r.headers.map(([name]) => name.toLowerCase())
		);
		expect(names.length, url).toBeGreaterThan(0);
		expect(new Set(names).size, `${url}: ${names.join(', ')}`).toBe(names.length);
	}
});

test('hashed files are kept a year; pages, the service worker and data are revalidated', async ({
	request
}) => {
	const hashed = await request.get(chunk);
	expect(hashed.status()).toBe(200);
	expect(hashed.headers()['cache-control']).toBe(IMMUTABLE);
	expect(headersFor(rules, chunk).get('cache-control')).toBe(IMMUTABLE);
	for (const path of ['/', '/place/kulyab', '/service-worker.js', '/geo/places.geojson']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['cache-control'], path).toBe(REVALIDATE);
		expect(headersFor(rules, path).get('cache-control'), path).toBe(REVALIDATE);
	}
});

test('pages carry the policy as a header: their own directives, framed by the site alone; embeds by anyone', async ({
	request
}) => {
	const page = await request.get('/place/kulyab');
	const csp = page.headers()['content-security-policy'];
	expect(csp).toBe(headersFor(rules, '/place/kulyab').get('content-security-policy'));
	expect(csp).toMatch(/(^|; )frame-ancestors 'self'($|;)/);
	// Every directive of the page's <meta> is in the header, with the same sources but the
	// per-page hashes, which the <meta> keeps enforcing.
	const header = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
	for (const [name, values] of metaPolicy(await page.text())) {
		if (name === 'style-src-attr') continue;
		const plain = values.filter((v) => !/^'(sha256-|unsafe-hashes)/.test(v));
		expect(header.get(name), name).toEqual(expect.arrayContaining(plain));
	}
	for (const path of ['/embed/place/kulyab', '/ru/embed/place/kulyab']) {
		const embed = await request.get(path);
		expect(embed.status(), path).toBe(200);
		expect(embed.headers()['content-security-policy'], path).toMatch(
			/(^|; )frame-ancestors \*($|;)/
		);
	}
});

test('an unknown path is the 404 page with status 404', async ({ request }) => {
	const res = await request.get('/place/nowhere-at-all');
	expect(res.status()).toBe(404);
	expect(await res.text()).toBe(fileOf('/404.html').toString());
	expect((await request.get('/_headers')).status()).toBe(404);
});

test('the precompressed copies are sent when asked, the file itself when not', async ({
	request
}) => {
	const path = '/geo/places.geojson';
	const plain = fileOf(path);
	for (const [encoding, decode] of [
		['br', brotliDecompressSync],
		['gzip', gunzipSync]
	] as const) {
		// Playwright decodes the body it receives: the copy on disk is checked, and its length.
		const res = await request.get(path, { headers: { 'accept-encoding': encoding } });
		expect(res.headers()['content-encoding'], encoding).toBe(encoding);
		expect(res.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
		expect(res.headers()['vary']).toMatch(/accept-encoding/i);
		const sent = fileOf(`${path}.${encoding === 'br' ? 'br' : 'gz'}`);
		expect(decode(sent).equals(plain)).toBe(true);
		expect(Number(res.headers()['content-length'])).toBe(sent.length);
	}
	const identity = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
	expect(identity.headers()['content-encoding']).toBeUndefined();
	expect((await identity.body()).equals(plain)).toBe(true);
});

test('a byte range is answered with 206 and those bytes', async ({ request }) => {
	const path = '/geo/places.geojson';
	const res = await request.get(path, {
		headers: { range: 'bytes=100-199', 'accept-encoding': 'br, gzip' }
	});
	expect(res.status()).toBe(206);
	expect(res.headers()['content-range']).toBe(`bytes 100-199/${fileOf(path).length}`);
	expect((await res.body()).equals(fileOf(path).subarray(100, 200))).toBe(true);
});
