import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';

/**
 * The static server behaves as a static host does: clean URLs, a 404 page, byte ranges, the
 * headers of the build's `_headers` file, a site under a sub-path.
 */
describe('scripts/serve.js', () => {
	let dir: string;
	let server: Awaited<ReturnType<typeof serve>>;
	let underBase: Awaited<ReturnType<typeof serve>>;
	const port = 4193;
	const basePort = 4194;
	const get = (path: string, headers: Record<string, string> = {}) =>
		fetch(`http://localhost:${port}${path}`, { headers });

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'serve-'));
		await mkdir(join(dir, 'place'));
		await writeFile(join(dir, 'index.html'), 'home');
		await writeFile(join(dir, 'place', 'kulyab.html'), 'kulyab');
		await writeFile(join(dir, 'place', 'куляб.html'), 'alias');
		await writeFile(join(dir, '404.html'), 'not found page');
		await writeFile(join(dir, 'data.pmtiles'), Buffer.from('0123456789'));
		await writeFile(
			join(dir, '_headers'),
			'# a comment\n/place/*\n  Cache-Control: no-cache\n  X-Kind: place\n'
		);
		server = await serve({ port, dir });
		underBase = await serve({ port: basePort, dir, base: '/atlas' });
	});
	afterAll(async () => {
		server.close();
		underBase.close();
		await rm(dir, { recursive: true, force: true });
	});

	it.each([
		['/', 200, 'home'],
		['/place/kulyab', 200, 'kulyab'],
		[`/place/${encodeURIComponent('куляб')}`, 200, 'alias'],
		['/place/nowhere', 404, 'not found page'],
		['/place/%', 404, 'not found page'],
		['/../../etc/passwd', 404, 'not found page'],
		['/%2e%2e/%2e%2e/etc/passwd', 404, 'not found page'],
		[`/place/${'x'.repeat(5000)}`, 404, 'not found page']
	])('%s → %i', async (path, status, body) => {
		const res = await get(path);
		expect(res.status).toBe(status);
		expect(await res.text()).toBe(body);
	});

	it('answers byte ranges', async () => {
		const res = await get('/data.pmtiles', { range: 'bytes=2-5' });
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 2-5/10');
		expect(await res.text()).toBe('2345');
		const last = await get('/data.pmtiles', { range: 'bytes=-3' });
		expect(last.status).toBe(206);
		expect(await last.text()).toBe('789');
		expect((await get('/data.pmtiles', { range: 'bytes=20-' })).status).toBe(416);
		// Not a range sirv reads right: ignored, the whole file sent.
		const backwards = await get('/data.pmtiles', { range: 'bytes=5-2' });
		expect(backwards.status).toBe(200);
		expect(await backwards.text()).toBe('0123456789');
	});

	it('sends the headers of _headers, and never the file itself', async () => {
		const res = await get('/place/kulyab');
		expect(res.headers.get('x-kind')).toBe('place');
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect((await get('/')).headers.get('x-kind')).toBeNull();
		expect((await get('/_headers')).status).toBe(404);
	});

	it.each([
		['/atlas', 200, 'home'],
		['/atlas/', 200, 'home'],
		['/atlas/place/kulyab', 200, 'kulyab'],
		['/place/kulyab', 404, 'not found page'],
		['/atlasplace/kulyab', 404, 'not found page']
	])('under /atlas: %s → %i', async (path, status, body) => {
		const res = await fetch(`http://localhost:${basePort}${path}`);
		expect(res.status).toBe(status);
		expect(await res.text()).toBe(body);
	});

	it('refuses a folder without _headers and a malformed base, saying why', async () => {
		await expect(serve({ port: 0, dir: join(dir, 'place') })).rejects.toThrow(
			/_headers is missing/
		);
		await expect(serve({ port: 0, dir, base: 'atlas/' })).rejects.toThrow(
			/base must start with \//
		);
	});
});
