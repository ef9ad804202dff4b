import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';

/** The static server behaves as a static host does: clean URLs, a 404 page, byte ranges. */
describe('scripts/serve.js', () => {
	let dir: string;
	let server: Awaited<ReturnType<typeof serve>>;
	const port = 4193;
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
		server = await serve({ port, dir });
	});
	afterAll(async () => {
		server.close();
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
		expect((await get('/data.pmtiles', { range: 'bytes=-3' })).status).toBe(206);
		expect((await get('/data.pmtiles', { range: 'bytes=20-' })).status).toBe(416);
	});
});
