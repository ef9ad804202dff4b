/**
 * The atlas under a sub-path, as GitHub Pages serves a repository's site: the test build made
 * with `BASE_PATH=/atlas` (`npm run build:test-base`, into build-test-base/) served under
 * `/atlas/` by the atlas's own server, on a port of its own. A reader's journeys work there, and
 * nothing the page asks for (pages, scripts, fonts, data, static maps, the search index) lies
 * outside `/atlas/`: a file a page named from the host's root would be another site's there.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
// Not the fixtures' `test`: its watch takes the configured server's origin for the site's.
import {
	expectClean,
	mapIdle,
	mapReady,
	settledPoint,
	watch,
	withoutLiveMap,
	type Watch
} from './fixtures';
import type { PlaceProperties } from '../../src/lib/geo/schema';

const BASE = '/atlas';
const DIR = 'build-test-base';

let server: Server;
let origin = '';

test.beforeAll(async () => {
	if (!existsSync(DIR)) throw new Error(`${DIR}/ is missing: run npm run build:test-base first`);
	server = await serve({ port: 0, dir: DIR, base: BASE });
	origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
});

/** Records the page's errors and every request outside `/atlas/` on its own server. */
function watchUnderBase(page: Page): { w: Watch; outside: string[] } {
	const w = watch(page, origin);
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === origin && !url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE)
			outside.push(url.pathname);
	});
	return { w, outside };
}

const coords = (slug: string) =>
	JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.find(
		(f: { properties: PlaceProperties }) => f.properties.slug === slug
	).geometry.coordinates as [number, number];

const chapters: { id: string }[] = JSON.parse(
	readFileSync('src/lib/content/chapters.json', 'utf8')
);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('a shared link opens under the sub-path; a click on the map, layers, years and Back stay there', async ({
	page
}) => {
	const { w, outside } = watchUnderBase(page);
	await page.goto(
		`${origin}${BASE}/place/garm?layers=bases,osce&from=1995&to=2000#map=8/37.95/69.5`
	);
	await expect(heading(page)).toHaveText('Garm');
	await expect(page.getByRole('checkbox', { name: /^Russian bases/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Clashes and security/ })).not.toBeChecked();
	await mapReady(page);
	// The map's data came from the sub-path: the layer's markers are drawn.
	await expect
		.poll(() => page.evaluate(() => window.__atlas!.renderedEvents('osce').length))
		.toBeGreaterThan(0);

	const at = await settledPoint(page, coords('kulyab'));
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(
		new RegExp(`${BASE}/place/kulyab\\?layers=bases,osce&from=1995&to=2000`)
	);
	await expect(heading(page)).toHaveText('Kulyab');
	await mapIdle(page);

	await page.goBack();
	await expect(page).toHaveURL(
		new RegExp(`${BASE}/place/garm\\?layers=bases,osce&from=1995&to=2000`)
	);
	await expect(heading(page)).toHaveText('Garm');
	expect(outside, 'requests outside the sub-path').toEqual([]);
	expectClean(w);
});

test('search, the story and the 404 page stay under the sub-path', async ({ page }) => {
	const { w, outside } = watchUnderBase(page);
	// The 404 page names its own status in the console.
	w.allow.push(/status of 404/);
	// Links and text alone: the live map would only take the cores.
	await withoutLiveMap(page);
	await page.goto(`${origin}${BASE}/source`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const box = page.getByRole('combobox', { name: /Search places, events/ });
	await box.pressSequentially('Kulob');
	await expect(page.locator('#site-search-list[data-query="Kulob"]')).toBeAttached();
	await box.press('ArrowDown');
	await box.press('Enter');
	await expect(page).toHaveURL(`${origin}${BASE}/place/kulyab`);
	await expect(heading(page)).toHaveText('Kulyab');

	await page.getByRole('link', { name: 'Story', exact: true }).first().click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/story/`));
	const next = page.getByRole('link', { name: /^Next/ }).first();
	await next.click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/story/${chapters[1].id}\\?`));

	// A variant name's page sends the reader to the place's page under the sub-path.
	await page.goto(`${origin}${BASE}/place/kulob`);
	await expect(page).toHaveURL(`${origin}${BASE}/place/kulyab`);

	const response = await page.goto(`${origin}${BASE}/place/kulyabb`);
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1').first()).toHaveText('No such place');
	const suggestion = page.getByRole('link', { name: 'Kulyab' }).first();
	await expect(suggestion).toHaveAttribute('href', `${BASE}/place/kulyab`);
	expect(outside, 'requests outside the sub-path').toEqual([]);
	expectClean(w);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });
	test('the service worker works under the sub-path: a page visited opens offline', async ({
		page,
		context
	}) => {
		const { w, outside } = watchUnderBase(page);
		await page.goto(`${origin}${BASE}/place/kulyab`);
		await mapReady(page);
		await expect(page.locator('html')).toHaveAttribute('data-offline-kept', 'true');
		// And the live map's code and data, which MapLibre's own worker fetched.
		await expect(page.locator('html')).toHaveAttribute('data-offline-map-kept', 'true');
		const registration = await page.evaluate(async () => {
			const r = await navigator.serviceWorker.ready;
			return { scope: r.scope, script: r.active?.scriptURL };
		});
		expect(registration).toEqual({
			scope: `${origin}${BASE}/`,
			script: `${origin}${BASE}/service-worker.js`
		});
		await page
			.getByRole('navigation', { name: 'Places' })
			.getByRole('link', { name: 'Garm' })
			.click();
		await expect(heading(page)).toHaveText('Garm');

		await context.setOffline(true);
		await page.goBack();
		await expect(heading(page)).toHaveText('Kulyab');
		await page.reload();
		await expect(heading(page)).toHaveText('Kulyab');
		await page.goto(`${origin}${BASE}/place/garm`);
		await expect(heading(page)).toHaveText('Garm');
		await mapReady(page);
		await context.setOffline(false);
		expect(outside, 'requests outside the sub-path').toEqual([]);
		expectClean(w);
	});
});

test('the sub-path build’s _headers name its paths: pages framed by the site, hashed files kept', async ({
	request
}) => {
	const page = await request.get(`${origin}${BASE}/place/kulyab`);
	expect(page.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
	const embed = await request.get(`${origin}${BASE}/embed/place/kulyab`);
	expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
	const html = await page.text();
	const chunk = /href="(\/atlas\/_app\/immutable\/[^"]+\.js)"/.exec(html)![1];
	const hashed = await request.get(`${origin}${chunk}`);
	expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await request.get(`${origin}/place/kulyab`)).status()).toBe(404);
});
