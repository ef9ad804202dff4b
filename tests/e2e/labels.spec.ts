/**
 * Place names and event markers on the live map: at every view the atlas opens at (the overview,
 * every place, every event, every story chapter) no name the map draws lies on a marker it draws,
 * as the map's own collision boxes report them (`labelsOnMarkers` in the probe). One page visits
 * the views in turn, moving by the atlas's own links, as a reader would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, journeyTimeout, mapReady, test } from './fixtures';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const slugs = (path: string, key: string): string[] =>
	json(path).features.map((f: { properties: Record<string, string> }) => f.properties[key]);

const VIEWS = [
	'/',
	...slugs('static/geo/places.geojson', 'slug').map((s) => `/place/${s}`),
	...readdirSync('static/geo/layers')
		.filter((f) => f.endsWith('.geojson'))
		.flatMap((f) => slugs(`static/geo/layers/${f}`, 'id'))
		.map((id) => `/event/${id}`),
	...json('src/lib/content/chapters.json').map((c: { id: string }) => `/story/${c.id}`)
];

/** Follows a link to `path` inside the page (the router's navigation, the one map kept). */
async function follow(page: Page, path: string): Promise<void> {
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		// Inside the app, where the router listens for clicks on links.
		(document.querySelector('main') ?? document.body).append(a);
		a.click();
		a.remove();
	}, path);
	await expect.poll(() => new URL(page.url()).pathname).toBe(path);
}

/** Waits until the map is idle and its view is the same on two reads in a row. */
async function settled(page: Page): Promise<void> {
	let last = '';
	await expect
		.poll(async () => {
			await page.waitForFunction(() => window.__atlas?.idle() === true);
			const now = JSON.stringify(await page.evaluate(() => window.__atlas!.view()));
			const same = now === last;
			last = now;
			return same;
		})
		.toBe(true);
}

/** Visits every view in turn; the overlaps found, as `path: "name" on marker id`. */
async function overlapsAtEveryView(page: Page): Promise<string[]> {
	const overlaps: string[] = [];
	for (const path of VIEWS) {
		if (path !== '/') await follow(page, path);
		await settled(page);
		const found = await page.evaluate(() => window.__atlas!.labelsOnMarkers());
		overlaps.push(...found.map((o) => `${path}: "${o.label}" on marker ${o.marker}`));
	}
	return overlaps;
}

test('no place name lies on an event marker at any view the atlas opens at', async ({ page }) => {
	test.setTimeout(journeyTimeout(VIEWS.length / 4));
	// The camera jumps: each view is reached at once, with no flight to wait out.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await mapReady(page);
	await settled(page);
	// The name that a marker once cut ("Garr") is drawn whole at the overview.
	expect(await page.evaluate(() => window.__atlas!.renderedNames(['place-labels']))).toContain(
		'Garm'
	);
	expect(await overlapsAtEveryView(page)).toEqual([]);
});

test.describe('phone', () => {
	test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

	test('no place name lies on an event marker at any view, on a phone', async ({ page }) => {
		test.setTimeout(journeyTimeout(VIEWS.length / 4));
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// The test build can start the live map at once (phones wait for a first touch).
		await page.goto('/?map-start=now');
		await mapReady(page);
		await settled(page);
		expect(await overlapsAtEveryView(page)).toEqual([]);
	});
});
