/**
 * What the service worker costs and keeps: a first visit pays for its page alone (and a small
 * shell), on a phone and under Save-Data; the whole atlas is saved only when the reader asks,
 * and then opens offline, pages never visited included.
 */
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { filesOf, shellOf, type OfflineManifest } from '../../src/lib/site/offline';
import { LANGS } from '../../src/lib/geo/lang';
import { firstVisit } from '../../bench/lib/firstvisit';
import { startServer, type TrafficRecorder } from '../../bench/lib/server';
import { expect, mapReady, test } from './fixtures';

/** The budget of a first visit to a place page, everything the server sends, gzipped. */
const FIRST_VISIT_BUDGET = 300_000;
/** The shell the worker stores as it installs, gzipped (about 145 KB: the app without MapLibre). */
const SHELL_BUDGET = 180_000;
/** A copy saved for offline use in one language, gzipped (about 7.7–9.3 MB). */
const SAVED_COPY_BUDGET = 12_000_000;

test('what the service worker keeps stays within its budgets', () => {
	// Read from the build, as the worker computes it: every file's size is in offline.json.
	const manifest = JSON.parse(readFileSync('build-test/offline.json', 'utf8')) as OfflineManifest;
	const size = new Map(manifest.files.map((f) => [f.path, f.transfer]));
	const build = manifest.files.map((f) => f.path).filter((p) => p.startsWith('/_app/immutable/'));
	const shell = ['/404.html', ...shellOf(readFileSync('build-test/404.html', 'utf8'), build, '')];
	const shellBytes = shell.reduce((sum, path) => sum + size.get(path)!, 0);
	expect(shell.filter((path) => /maplibre/.test(path))).toEqual([]);
	expect(shellBytes).toBeLessThan(SHELL_BUDGET);
	for (const lang of LANGS) {
		const copy = filesOf(manifest, lang).reduce((sum, f) => sum + f.transfer, 0);
		expect(copy, lang).toBeLessThan(SAVED_COPY_BUDGET);
	}
});

test.describe('a first visit', () => {
	let server: Server;
	let origin: string;
	let traffic: TrafficRecorder;
	test.beforeAll(async () => {
		// A server of its own: the bytes it sends are this test's alone.
		({ server, origin, traffic } = await startServer('build-test'));
	});
	test.afterAll(() => void server.close());

	test('to a place page on a phone costs its page, not the atlas', async ({ browser }) => {
		const visit = await firstVisit(browser, traffic, `${origin}/place/kulyab`);
		const paths = visit.transfers.map((t) => new URL(t.url, origin).pathname);
		expect(paths).toContain('/service-worker.js');
		expect(paths).toContain('/404.html');
		// No other page, and not the live map's code (the phone starts the map at a touch).
		expect(paths.filter((p) => /^\/(place|event|story)\//.test(p)).sort()).toEqual([
			// The worker keeps the page from the browser's cache, and its data for a return to it.
			'/place/kulyab',
			'/place/kulyab/__data.json'
		]);
		expect(paths.filter((p) => /maplibre-gl-worker|\.geojson$/.test(p))).toEqual([]);
		expect(visit.bytes).toBeLessThan(FIRST_VISIT_BUDGET);
	});

	test('under Save-Data on a wide screen costs no more than on a phone', async ({ browser }) => {
		// A wide screen starts the live map by itself (MapLibre and its data, about 700 KB gzipped)
		// unless the reader saves data: then it waits for a touch, like a phone's.
		const visit = await firstVisit(browser, traffic, `${origin}/place/kulyab`, {
			saveData: true,
			phone: false
		});
		expect(visit.bytes).toBeLessThan(FIRST_VISIT_BUDGET);
	});
});

test.describe('Save for offline', () => {
	test.use({ serviceWorkers: 'allow' });
	test('saves the atlas on request, opens a place never visited offline, and removes it', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		await page.goto('/data');
		await expect(page.locator('html')).toHaveAttribute('data-offline-kept', 'true');
		const size = page.getByTestId('offline-size');
		await expect(size).toHaveText(/^The copy: [\d.]+ MB to download \([\d,]+ files\)\.$/);
		// The polite live region that says how the saving goes.
		const state = page.getByRole('status').and(page.locator('[data-status]'));

		// A slow line (2 Mbit/s) while the reader stops and resumes: what is stored stays stored.
		const cdp = await context.newCDPSession(page);
		const line = (bytesPerSecond: number) =>
			cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 0,
				downloadThroughput: bytesPerSecond,
				uploadThroughput: bytesPerSecond
			});
		await line(250_000);
		await page.getByRole('button', { name: 'Save for offline' }).click();
		const progress = page.getByRole('progressbar', { name: 'Saved so far' });
		await expect(progress).toBeVisible();
		await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Stop saving' }).click();
		await expect(state).toHaveAttribute('data-status', 'paused');
		await expect(state).toHaveText(/^Saving stopped at \d+%; you can resume it\.$/);
		await line(-1);
		let fetchedOnResume = 0;
		page.on('request', (r) => {
			if (r.headers()['x-atlas-saving']) fetchedOnResume++;
		});
		await page.getByRole('button', { name: 'Resume saving' }).click();
		await expect(state).toHaveAttribute('data-status', 'saved', { timeout: 90_000 });
		await expect(state).toHaveText(/^Saved: the whole atlas in this language/);
		// Resumed where it stopped: the files stored before are not fetched again.
		const files = Number(
			/\(([\d,]+) files\)/.exec((await size.textContent())!)![1].replace(',', '')
		);
		expect(fetchedOnResume).toBeGreaterThan(0);
		expect(fetchedOnResume).toBeLessThan(files);

		await context.setOffline(true);
		// A client-side navigation to a place never visited: its data from the saved copy.
		await page
			.getByRole('navigation', { name: 'Places' })
			.getByRole('link', { name: 'Garm' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');
		await expect(page.locator('.narrative p').first()).toBeVisible();
		// A full load offline: the page, the live map's code, its data and fonts, all saved.
		await page.goto('/place/shaartuz');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shaartuz');
		await mapReady(page);
		// The data page and every file it offers, downloads included.
		await page.goto('/data');
		const links = page.locator('table.files a[download]');
		await expect(links).toHaveCount(8);
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		const statuses = await page.evaluate(
			(paths) => Promise.all(paths.map((p) => fetch(p).then((r) => r.status))),
			hrefs
		);
		expect(statuses).toEqual(hrefs.map(() => 200));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'places.csv', exact: true }).click()
		]);
		expect(readFileSync(await download.path(), 'utf8')).toMatch(/^slug,/);
		await context.setOffline(false);

		await page.goto('/data');
		await page.getByRole('button', { name: 'Remove the saved copy' }).click();
		await expect(state).toHaveAttribute('data-status', 'removed');
		await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
		expect(
			await page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('saved')))
		).toEqual([]);
	});
});
