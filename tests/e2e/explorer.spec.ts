/**
 * The explorer's journeys: what a reader does and what they must see, asserted
 * through the page (URL, roles, text) and the map's probe (window.__atlas), never pixels.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	expect,
	hashView,
	journeyTimeout,
	mapIdle,
	mapReady,
	settledPoint,
	test,
	withoutLiveMap
} from './fixtures';
import { slugsOf } from '../../src/lib/geo/gazetteer';
import { LAYERS, type LayerId } from '../../src/lib/geo/layers';
import type { PlaceProperties } from '../../src/lib/geo/schema';

const places: PlaceProperties[] = JSON.parse(
	readFileSync('static/geo/places.geojson', 'utf8')
).features.map((f: { properties: PlaceProperties }) => f.properties);
const coords = (slug: string) => {
	const f = JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.find(
		(x: { properties: PlaceProperties }) => x.properties.slug === slug
	);
	return f.geometry.coordinates as [number, number];
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const LAYER_NAMES = Object.fromEntries(LAYERS.map((l) => [l.id, l.name])) as Record<
	LayerId,
	string
>;

test('clicking a place on the map opens its page, and the map marks it', async ({ page }) => {
	await page.goto('/#map=8/37.95/69.5');
	await mapReady(page);
	await mapIdle(page);
	const [lng, lat] = coords('kulyab');
	const at = await settledPoint(page, [lng, lat]);
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/\/place\/kulyab(\?|#|$)/);
	await expect(heading(page)).toHaveText('Kulyab');
	await expect(page.getByRole('heading', { name: 'What happened here' })).toBeVisible();
	await expect(page.getByText('27 February 2003').first()).toBeVisible();
	await expect
		.poll(() => page.evaluate(() => window.__atlas!.featureState('places', 'kulyab').selected))
		.toBe(true);
	// The map flew there.
	await mapIdle(page);
	const view = await page.evaluate(() => window.__atlas!.view());
	expect(Math.abs(view.lng - lng)).toBeLessThan(0.05);
	expect(Math.abs(view.lat - lat)).toBeLessThan(0.05);
});

test('Back and Forward move between places and restore the view', async ({ page }) => {
	await page.goto('/place/kulyab');
	await mapReady(page);
	await mapIdle(page);
	await expect.poll(() => hashView(page.url())).not.toBeNull();
	const kulyabView = hashView(page.url())!;
	await page
		.getByRole('navigation', { name: 'Places' })
		.getByRole('link', { name: 'Khujand' })
		.click();
	await expect(heading(page)).toHaveText('Khujand');
	await mapIdle(page);
	await expect.poll(() => hashView(page.url())?.lat ?? 0).toBeGreaterThan(40);

	await page.goBack();
	await expect(heading(page)).toHaveText('Kulyab');
	await expect(page).toHaveURL(/\/place\/kulyab/);
	await mapIdle(page);
	const back = await page.evaluate(() => window.__atlas!.view());
	expect(back.lat).toBeCloseTo(kulyabView.lat, 2);
	expect(back.lng).toBeCloseTo(kulyabView.lng, 2);
	expect(back.zoom).toBeCloseTo(kulyabView.zoom, 1);

	await page.goForward();
	await expect(heading(page)).toHaveText('Khujand');
	await mapIdle(page);
	expect((await page.evaluate(() => window.__atlas!.view())).lat).toBeGreaterThan(40);
});

// One page, each layer in turn: every step ends as it began, all layers shown (no `layers=`).
test('each layer leaves and returns, the others staying', async ({ page }) => {
	test.setTimeout(journeyTimeout(5));
	await page.goto('/#map=6.3/38.75/71.1');
	await mapReady(page);
	for (const [id, name] of Object.entries(LAYER_NAMES) as [keyof typeof LAYER_NAMES, string][]) {
		await test.step(`the ${name} layer leaves and returns`, async () => {
			const box = page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
			await expect(box).toBeChecked();
			// The layer's markers drawn, or for the border its line.
			const drawn = () =>
				page.evaluate(
					(l) =>
						l === 'border'
							? window.__atlas!.rendered(['afghan-border'])
							: window.__atlas!.renderedEvents(l).length,
					id
				);
			await expect.poll(drawn).toBeGreaterThan(0);

			await box.uncheck();
			await expect(page).toHaveURL(new RegExp(`[?&]layers=(?!.*\\b${id}\\b)`));
			await expect(page.getByTestId('announcer')).toHaveText(`${name} hidden`);
			await mapIdle(page);
			expect(await page.evaluate((l) => window.__atlas!.visible(l), id)).toBe(false);
			await expect.poll(drawn).toBe(0);
			// The others stay as they were.
			for (const other of Object.keys(LAYER_NAMES) as (keyof typeof LAYER_NAMES)[]) {
				if (other === id) continue;
				expect(await page.evaluate((l) => window.__atlas!.visible(l), other)).toBe(true);
			}

			await box.check();
			await expect(page).not.toHaveURL(/layers=/);
			await expect(page.getByTestId('announcer')).toHaveText(`${name} shown`);
			await expect.poll(drawn).toBeGreaterThan(0);
		});
	}
});

test('Copy link copies the URL with place, layers and view; the copy opens the same in a new page', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(journeyTimeout(2));
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/place/garm?layers=bases,osce#map=9/39.003/70.326');
	await mapReady(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	expect(copied).toMatch(/\/place\/garm\?layers=bases,osce#map=9\/39\.003\/70\.326$/);

	const fresh = await context.newPage();
	await fresh.goto(copied);
	await mapReady(fresh);
	await expect(heading(fresh)).toHaveText('Garm');
	const view = await fresh.evaluate(() => window.__atlas!.view());
	expect(view).toEqual(expect.objectContaining({ zoom: 9 }));
	expect(view.lat).toBeCloseTo(39.003, 3);
	expect(view.lng).toBeCloseTo(70.326, 3);
	for (const [id, name] of Object.entries(LAYER_NAMES)) {
		const on = id === 'bases' || id === 'osce';
		const box = fresh.getByRole('checkbox', { name: new RegExp(`^${name}`) });
		if (on) await expect(box).toBeChecked();
		else await expect(box).not.toBeChecked();
		expect(
			await fresh.evaluate((l) => window.__atlas!.visible(l), id as keyof typeof LAYER_NAMES)
		).toBe(on);
	}
	// Choosing another place keeps the layers.
	await fresh
		.getByRole('navigation', { name: 'Places' })
		.getByRole('link', { name: 'Dushanbe' })
		.click();
	await expect(heading(fresh)).toHaveText('Dushanbe');
	await expect(fresh).toHaveURL(/\/place\/dushanbe\?layers=bases,osce/);
});

test('malformed parts of a URL fall back to their defaults and the rest apply', async ({
	page
}) => {
	test.setTimeout(journeyTimeout(2));
	// Unknown layers and markup in the query; a hash that is not a view.
	await page.goto('/?layers=clashes,<b>bold</b>,nope#map=banana/999/68.8');
	await mapReady(page);
	await expect(page.getByRole('checkbox', { name: /^Clashes/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Russian bases/ })).not.toBeChecked();
	await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
	const view = await page.evaluate(() => window.__atlas!.view());
	// The default view frames Tajikistan (about 67.3–75.2°E, 36.7–41.0°N).
	expect(view.lng).toBeGreaterThan(67);
	expect(view.lng).toBeLessThan(76);
	expect(view.lat).toBeGreaterThan(36);
	expect(view.lat).toBeLessThan(42);
});

// One visit from the home page, as a keyboard reader and then by the list of places.
test('from the home page: a place by keyboard, history entries, one map across navigations', async ({
	page
}) => {
	test.setTimeout(journeyTimeout(3));
	await page.goto('/');
	await mapReady(page);
	const list = page.getByRole('navigation', { name: 'Places' });

	await test.step('keyboard only: reach a place from the list and read its narrative', async () => {
		const link = list.getByRole('link', { name: 'Shaartuz' });
		// Tab until the list entry has focus, as a keyboard user would.
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			if (await link.evaluate((el) => el === document.activeElement)) break;
		}
		await expect(link).toBeFocused();
		// Focusing the entry highlights the place on the map.
		await expect
			.poll(() => page.evaluate(() => window.__atlas!.featureState('places', 'shaartuz').hover))
			.toBe(true);
		await page.keyboard.press('Enter');
		await expect(heading(page)).toHaveText('Shaartuz');
		await expect(heading(page)).toBeFocused();
		await expect(page.locator('.narrative')).toContainText('Shaartuz');
		await expect(page.getByTestId('announcer')).toHaveText('Showing Shaartuz');
		const cite = page.locator('.narrative a[href*="source#p"]').first();
		await expect(cite).toHaveAttribute('href', /source#p\d+$/);
	});

	await test.step('choosing a place adds a history entry; panning does not', async () => {
		const start = await page.evaluate(() => history.length);
		await list.getByRole('link', { name: 'Garm' }).click();
		await expect(heading(page)).toHaveText('Garm');
		await mapIdle(page);
		await expect.poll(() => page.evaluate(() => history.length)).toBe(start + 1);
		await page.locator('.atlas-map canvas').focus();
		await page.keyboard.press('ArrowLeft');
		await mapIdle(page);
		await expect.poll(() => hashView(page.url())?.lng ?? 999).toBeLessThan(70.3);
		expect(await page.evaluate(() => history.length)).toBe(start + 1);
	});

	await test.step('one map instance across ten navigations', async () => {
		for (const name of [
			'Dushanbe',
			'Kulyab',
			'Garm',
			'Khujand',
			'Shaartuz',
			'Moscow',
			'Kurgan-Tyube',
			'Tavildara',
			'Pakistan',
			'Dushanbe'
		]) {
			await list.getByRole('link', { name, exact: true }).click();
			await expect(heading(page)).toHaveText(name);
		}
		await page.getByRole('link', { name: 'Source text' }).first().click();
		await expect(heading(page)).toHaveText(/Source/);
		expect(await page.evaluate(() => window.__atlas!.instances())).toBe(1);
		expect(await page.locator('.atlas-map canvas').count()).toBe(1);
	});
});

test('every name a place goes by reaches its canonical page', async ({ browser, baseURL }) => {
	// Every variant's prerendered page redirects without scripts (meta refresh + canonical link):
	// read over HTTP for all of them, and followed in a browser without scripts for one per place.
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	let checked = 0;
	for (const place of places) {
		const variants = slugsOf(place).slice(1);
		for (const slug of variants) {
			const response = await context.request.get(`/place/${encodeURIComponent(slug)}`);
			expect(response.ok(), slug).toBe(true);
			const html = await response.text();
			expect(html, slug).toMatch(
				new RegExp(`http-equiv="refresh" content="0; ?url=[^"]*/place/${place.slug}"`)
			);
			expect(html, slug).toMatch(new RegExp(`rel="canonical" href="[^"]*/place/${place.slug}"`));
			checked++;
		}
		if (variants.length === 0) continue;
		await page.goto(`/place/${encodeURIComponent(variants[0])}`);
		await expect(page, variants[0]).toHaveURL(new RegExp(`/place/${place.slug}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(place.name);
	}
	expect(checked).toBeGreaterThan(40);
	await context.close();
});

test('a variant name redirects with scripts on too', async ({ page }) => {
	// The redirect is the app's; the live map has no part in it.
	await withoutLiveMap(page);
	for (const [variant, name, slug] of [
		['куляб', 'Kulyab', 'kulyab'],
		['qurghonteppa', 'Kurgan-Tyube', 'kurgan-tyube'],
		['leninabad', 'Khujand', 'khujand']
	]) {
		await page.goto(`/place/${encodeURIComponent(variant)}`);
		await expect(page).toHaveURL(new RegExp(`/place/${slug}(#|$)`));
		await expect(heading(page)).toHaveText(name);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`/place/${slug}$`)
		);
	}
});

test('an unknown place gets a 404 that suggests the closest names', async ({ page, watched }) => {
	await withoutLiveMap(page);
	// The page and its data are missing by design; the browser logs each 404.
	watched.allow.push(/status of 404 .*\/place\/(kulab-city|%D0%94%D1%83)/);
	const response = await page.goto('/place/kulab-city');
	expect(response?.status()).toBe(404);
	await expect(heading(page)).toHaveText('No such place');
	const suggestions = page.locator('.suggestions');
	await expect(suggestions.getByRole('link', { name: 'Kulyab' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to the map' })).toBeVisible();

	// Across scripts: a misspelt Cyrillic name finds the Latin one.
	await page.goto(`/place/${encodeURIComponent('Душамбе')}`);
	await expect(page.locator('.suggestions').getByRole('link', { name: 'Dushanbe' })).toBeVisible();
});

test('on a phone the map stays usable and the panel is a sheet', async ({ browser, baseURL }) => {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 375, height: 667 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.goto('/place/kulyab');
	// Text and the static map first; the live map starts at the first touch.
	await expect(heading(page)).toHaveText('Kulyab');
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'false');
	await page.getByRole('button', { name: 'Start the interactive map' }).tap();
	await mapReady(page);
	const map = (await page.getByTestId('map').boundingBox())!;
	expect(map.height).toBeGreaterThan(300);
	expect(map.width).toBe(375);
	const panel = page.locator('#panel');
	const lowered = (await panel.boundingBox())!.height;
	const handle = page.getByRole('button', { name: 'Raise the panel' });
	await expect(handle).toHaveAttribute('aria-expanded', 'false');
	await handle.click();
	await expect(page.getByRole('button', { name: 'Lower the panel' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(lowered + 100);
	await page.getByRole('button', { name: 'Lower the panel' }).click();
	await expect.poll(async () => (await panel.boundingBox())!.height).toBeLessThan(lowered + 5);
	// Tapping a place on the map still opens it (Kurgan-Tyube is in view of Kulyab's map).
	await mapIdle(page);
	const at = await settledPoint(page, coords('kurgan-tyube'));
	const box = (await page.getByTestId('map').boundingBox())!;
	expect(at.x).toBeGreaterThan(box.x);
	expect(at.x).toBeLessThan(box.x + box.width);
	expect(at.y).toBeGreaterThan(box.y);
	expect(at.y).toBeLessThan(box.y + box.height);
	await page.touchscreen.tap(at.x, at.y);
	await expect(heading(page)).toHaveText('Kurgan-Tyube');
	await context.close();
});

/**
 * The files of the live map's code a page names (`<meta name="atlas-map-code">`) and does not
 * already load from its own HTML: the engine, MapLibre and its stylesheet.
 */
async function mapCodeOf(page: Page, path: string): Promise<string[]> {
	const html = await (await page.request.get(path)).text();
	const meta = /<meta name="atlas-map-code" content="([^"]+)"/.exec(html);
	expect(meta, `${path} names the live map's code`).not.toBeNull();
	const files = meta![1].split(' ').filter((f) => !html.includes(`/${f}"`));
	expect(files.some((f) => f.endsWith('.css'))).toBe(true);
	expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
	return files;
}

/** Paths (under the site, no leading slash) of the map-code files the page has requested. */
function requestsOf(page: Page, files: string[]): Set<string> {
	const seen = new Set<string>();
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname.slice(1);
		if (files.includes(path)) seen.add(path);
	});
	return seen;
}

test('a wide screen fetches the live map’s code at low priority as the page loads; with Save-Data, and on a phone, none of it comes before a touch', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(journeyTimeout(2));
	await test.step('wide screen: a low-priority preload of every file, then the map', async () => {
		const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const files = await mapCodeOf(page, '/place/kulyab');
		const seen = requestsOf(page, files);
		await page.goto('/place/kulyab');
		const preloads = await page
			.locator('link[fetchpriority="low"]')
			.evaluateAll((links) =>
				links.map((l) => `${l.getAttribute('rel')} ${(l as HTMLLinkElement).href}`)
			);
		for (const file of files) {
			const rel = file.endsWith('.css') ? 'preload' : 'modulepreload';
			expect(preloads).toContain(`${rel} ${new URL(file, `${baseURL}/`).href}`);
		}
		await mapReady(page);
		expect([...seen].sort()).toEqual([...files].sort());
		// MapLibre's stylesheet is applied, not only preloaded: its controls sit over the map.
		await expect(page.locator('.maplibregl-ctrl-top-right')).toHaveCSS('position', 'absolute');
		await context.close();
	});
	await test.step('Save-Data on a wide screen, and a phone: none of it until the first touch', async () => {
		for (const options of [
			{ viewport: { width: 1280, height: 800 }, saveData: true },
			{ viewport: { width: 375, height: 667 }, saveData: false }
		]) {
			const context = await browser.newContext({
				baseURL,
				viewport: options.viewport,
				hasTouch: true
			});
			const page = await context.newPage();
			if (options.saveData) await withoutLiveMap(page);
			const files = await mapCodeOf(page, '/place/kulyab');
			const seen = requestsOf(page, files);
			await page.goto('/place/kulyab');
			await expect(heading(page)).toHaveText('Kulyab');
			const img = page.locator('.static-map img');
			await expect(img).toHaveJSProperty('complete', true);
			await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
			expect([...seen], JSON.stringify(options)).toEqual([]);
			await expect(page.locator('link[fetchpriority="low"]')).toHaveCount(0);
			await page.getByRole('button', { name: 'Start the interactive map' }).tap();
			await mapReady(page);
			expect([...seen].sort()).toEqual([...files].sort());
			await context.close();
		}
	});
});

test('a place page is readable with JavaScript off', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/place/kurgan-tyube');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kurgan-Tyube');
	await expect(page.getByText('Bokhtar').first()).toBeVisible();
	await expect(page.locator('.narrative p').first()).toContainText(/\w/);
	await expect(page.locator('.narrative a[href*="source#p"]').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Distances' })).toBeVisible();
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		/Kurgan-Tyube/
	);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveCount(1);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/place\/kurgan-tyube$/
	);
	await context.close();
});
