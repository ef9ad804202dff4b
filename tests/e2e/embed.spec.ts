/**
 * Embedding: a host page with the atlas in an iframe keeps its own scrolling (a wheel over the
 * embed scrolls the host; Ctrl with the wheel zooms the map); the embed's link opens the atlas at
 * the frame's view; the Embed code beside Copy link; the oEmbed file a page names in its head;
 * axe on an embed page; an embed in Russian.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, hashView, mapReady, test, withoutLiveMap } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * A host page of another site, served at a path of the atlas's origin that the atlas does not
 * have, so that its requests count as the atlas's: tall enough to scroll, with the embed in it.
 */
async function host(page: Page, src: string): Promise<Frame> {
	await page.route('**/__host.html', (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><html lang="en"><head><title>A host page</title>
<link rel="icon" href="data:,"></head><body>
<h1>A host page</h1><div style="height:150px"></div>
<iframe id="atlas" src="${src}" title="Map" width="800" height="600" style="border:0"></iframe>
<div style="height:2000px"></div></body></html>`
		})
	);
	await page.goto('/__host.html');
	const frame = page.frame({ url: /\/embed\// });
	expect(frame).not.toBeNull();
	return frame!;
}

/** The embed's zoom, read through its probe once its map is still. */
async function zoomIn(frame: Frame): Promise<number> {
	await frame.waitForFunction(() => window.__atlas?.idle() === true);
	return frame.evaluate(() => window.__atlas!.view().zoom);
}

test('the embed leaves the host page its scrolling, zooms with Ctrl, and opens the atlas at its view', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const frame = await host(page, '/embed/place/kulyab?layers=bases,osce#map=8/37.9/69.8');
	const frameMap = page.frameLocator('#atlas').getByTestId('map');
	await expect(frameMap).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
	const before = await zoomIn(frame);
	expect(before).toBeCloseTo(8, 5);

	await test.step('a wheel over the map scrolls the host page; the map keeps its zoom', async () => {
		const box = (await frameMap.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await page.mouse.wheel(0, 200);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		expect(await zoomIn(frame)).toBeCloseTo(before, 5);
	});

	await test.step('Ctrl with the wheel zooms the map, and the host page stays', async () => {
		const scrolled = await page.evaluate(() => window.scrollY);
		const box = (await frameMap.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(() => zoomIn(frame)).toBeGreaterThan(before + 0.1);
		expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
	});

	await test.step('"Open in the atlas" opens the place, its layers and the frame’s view', async () => {
		// The frame's address follows its map (throttled): wait until it holds the new zoom.
		const zoom = await zoomIn(frame);
		await expect.poll(() => hashView(frame.url())?.zoom).toBeCloseTo(zoom, 1);
		const link = frame.getByRole('link', { name: /Open in the atlas/ });
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', 'noopener');
		await link.hover();
		const href = new URL((await link.getAttribute('href'))!, frame.url());
		expect(href.pathname).toBe('/place/kulyab');
		expect(href.searchParams.get('layers')).toBe('bases,osce');
		expect(hashView(href.href)).toEqual(hashView(frame.url()));

		const atlas = await context.newPage();
		await withoutLiveMap(atlas);
		await atlas.goto(href.pathname + href.search + href.hash);
		await expect(atlas.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
		await expect(atlas.getByRole('checkbox', { name: /Russian bases/ })).toBeChecked();
		await expect(atlas.getByRole('checkbox', { name: /Clashes/ })).not.toBeChecked();
		expect(hashView(atlas.url())).toEqual(hashView(href.href));
		await atlas.close();
	});
});

test('Embed beside Copy link gives an iframe of this view, and copies it', async ({
	page,
	context,
	baseURL
}) => {
	await withoutLiveMap(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/place/kulyab?layers=bases#map=9/37.91/69.78');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const show = page.getByRole('button', { name: 'Embed' });
	await expect(show).toHaveAttribute('aria-expanded', 'false');
	await show.click();
	await expect(show).toHaveAttribute('aria-expanded', 'true');
	const code = page.getByRole('textbox', { name: 'Code to embed this map in another site' });
	const snippet = await code.inputValue();
	// Read as text: parsed in the page, its inline style would trip the atlas's own CSP.
	expect(snippet).toMatch(/^<iframe [^<>]*><\/iframe>$/);
	const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(snippet)?.[1];
	expect(attr('src')).toBe(`${baseURL}/embed/place/kulyab?layers=bases#map=9/37.91/69.78`);
	expect(attr('title')).toContain('Kulyab');
	expect(attr('loading')).toBe('lazy');
	expect(snippet).toMatch(/ allowfullscreen>/);
	await page.getByRole('button', { name: 'Copy code' }).click();
	await expect(page.getByText('Code copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

test('a place names its oEmbed file, whose JSON embeds it', async ({ page, request }) => {
	await withoutLiveMap(page);
	await page.goto('/place/kulyab');
	const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
	await expect(link).toHaveCount(1);
	await expect(link).toHaveAttribute('title', 'Kulyab');
	// Absolute, from the build's origin, which is not the test server's.
	const href = new URL((await link.getAttribute('href'))!);
	expect(href.pathname).toBe('/oembed/place/kulyab.json');
	const res = await request.get(href.pathname);
	expect(res.ok()).toBe(true);
	const body = await res.json();
	expect(body).toMatchObject({
		type: 'rich',
		version: '1.0',
		title: 'Kulyab',
		provider_name: 'Tajikistan Peace Atlas',
		width: 640,
		height: 480
	});
	expect(body.html).toMatch(/^<iframe src="http[^"]*\/embed\/place\/kulyab" title="[^"]*Kulyab/);
	expect(body.html).toContain('allowfullscreen');
	expect(new URL(body.provider_url).pathname).toBe('/');
	const thumbnail = new URL(body.thumbnail_url).pathname;
	expect(thumbnail).toBe('/maps/place-kulyab.svg');
	expect((await request.get(thumbnail)).ok()).toBe(true);
});

test('event and chapter embeds: their title, paragraph and link, and no site around them', async ({
	page
}) => {
	await withoutLiveMap(page);
	await page.goto('/embed/event/unmot-1994-2000');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/UN Mission of Observers/i);
	await expect(page.locator('main p')).toHaveText(/1994/);
	await expect(page.getByRole('link', { name: /Open in the atlas/ })).toHaveAttribute(
		'href',
		/^\/event\/unmot-1994-2000(\?|$)/
	);
	await expect(page.locator('header, .panel, [role="combobox"], .timeline-strip')).toHaveCount(0);
	await expect(page.locator('.static-map img')).toBeVisible();

	await page.goto('/embed/story/the-accord-of-1997');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
	// The chapter sets its layers and years, in the embed's own address.
	await expect(page).toHaveURL(/\/embed\/story\/the-accord-of-1997\?/);
	await expect(page.getByRole('link', { name: /Open in the atlas/ })).toHaveAttribute(
		'href',
		/^\/story\/the-accord-of-1997(\?|$)/
	);
});

test('axe finds nothing on an embed with its live map', async ({ page }) => {
	await page.goto('/embed/place/kulyab');
	await mapReady(page);
	const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
	expect(results.passes.length).toBeGreaterThan(10);
});

test('an embed in Russian speaks Russian, the map’s gesture hint too', async ({ page }) => {
	await page.goto('/ru/embed/place/kulyab');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Куляб');
	const link = page.getByRole('link', { name: /Открыть в атласе/ });
	await expect(link).toHaveAttribute('href', /^\/ru\/place\/kulyab/);
	await mapReady(page);
	await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toContainText(
		/масштаб карты/
	);
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', /[А-Яа-я]/);
});

test('pasted into a page on a phone, the embed fits its frame, its static map live at a touch', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	// The code, as a reader copies it from the atlas's own page.
	const atlas = await context.newPage();
	await withoutLiveMap(atlas);
	await atlas.goto('/place/kulyab');
	await atlas.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await atlas.getByRole('button', { name: 'Embed' }).click();
	const snippet = await atlas
		.getByRole('textbox', { name: 'Code to embed this map in another site' })
		.inputValue();
	await atlas.close();

	await page.setViewportSize({ width: 360, height: 740 });
	await page.route('**/__phone-host.html', (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><html lang="en"><head><title>A host page</title>
<meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<style>body{margin:0}</style></head><body><h1>A host page</h1>${snippet}</body></html>`
		})
	);
	await page.goto('/__phone-host.html');
	const iframe = page.locator('iframe');
	// Full width at the embed's aspect ratio.
	const box = (await iframe.boundingBox())!;
	expect(box.width).toBe(360);
	expect(box.height).toBeCloseTo(270, 0);

	const frame = page.frameLocator('iframe');
	await expect(frame.locator('.static-map img')).toBeVisible();
	const inner = page.frame({ url: /\/embed\// })!;
	expect(inner.url()).toBe(`${baseURL}/embed/place/kulyab`);
	// Nothing wider than the frame, and its title and link inside it.
	expect(
		await inner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
	for (const part of [
		frame.getByRole('heading', { level: 1, name: 'Kulyab' }),
		frame.getByRole('link', { name: /Open in the atlas/ })
	]) {
		const b = (await part.boundingBox())!;
		expect(b.x).toBeGreaterThanOrEqual(box.x);
		expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
		expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
	}
	// The map keeps a share of the frame a reader can see the place in.
	const map = (await frame.getByTestId('map').boundingBox())!;
	expect(map.height).toBeGreaterThan(box.height / 3);
	expect(map.width).toBeGreaterThan(box.width / 2);

	// On a phone the frame's static map is the map until the reader touches it.
	await expect(frame.getByTestId('map')).toHaveAttribute('data-map-ready', 'false');
	await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
	await expect(frame.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
		timeout: 45_000
	});
});
