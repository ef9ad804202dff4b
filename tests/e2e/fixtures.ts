/**
 * Shared end-to-end fixtures. Every test gets a page that records page errors, console errors
 * and any request that leaves the site's origin, and fails at the end if there were any: the
 * atlas promises a clean console and no outside server.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
	/** Console errors a test expects (a 404 page reports its own 404), as patterns. */
	allow: RegExp[];
	pageErrors: string[];
	consoleErrors: string[];
	foreignRequests: string[];
}

/** Starts recording on a page; `origin` is the site's, e.g. http://localhost:4180. */
export function watch(page: Page, origin: string): Watch {
	const w: Watch = { allow: [], pageErrors: [], consoleErrors: [], foreignRequests: [] };
	page.on('pageerror', (e) => w.pageErrors.push(e.message));
	page.on('console', (m) => {
		// Style validation problems are only warnings in MapLibre, but they are bugs of ours.
		if (m.type() === 'error' || (m.type() === 'warning' && /layers\[|sources\[/.test(m.text())))
			w.consoleErrors.push(`${m.text()} ${m.location().url}`);
	});
	page.on('request', (r) => {
		const url = r.url();
		// data: and blob: URLs never leave the machine.
		if (/^(data|blob|chrome-extension):/.test(url)) return;
		if (new URL(url).origin !== origin) w.foreignRequests.push(url);
	});
	return w;
}

/** Asserts that nothing bad was recorded. */
export function expectClean(w: Watch): void {
	expect(w.pageErrors, 'page errors').toEqual([]);
	const unexpected = w.consoleErrors.filter((e) => !w.allow.some((re) => re.test(e)));
	expect(unexpected, 'console errors').toEqual([]);
	expect(w.foreignRequests, 'requests leaving the origin').toEqual([]);
}

/** Waits until the map has rendered fully once. */
export async function mapReady(page: Page): Promise<void> {
	// MapLibre starts when the browser is idle, and draws in software here: allow it time.
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
		timeout: 45_000
	});
}

/** Waits until the map has stopped moving and drawing. */
export async function mapIdle(page: Page): Promise<void> {
	await page.waitForFunction(() => window.__atlas?.idle() === true);
}

/**
 * Where [lng, lat] is on the page, once the map and its box have stopped moving: two reads in a
 * row agree (a sheet that slides or a view that settles after idle would move a tap off target).
 */
export async function settledPoint(
	page: Page,
	lngLat: [number, number]
): Promise<{ x: number; y: number }> {
	let last = '';
	let point = { x: NaN, y: NaN };
	await expect
		.poll(async () => {
			await mapIdle(page);
			const box = (await page.getByTestId('map').boundingBox())!;
			const at = await page.evaluate(([x, y]) => window.__atlas!.project(x, y), lngLat);
			point = { x: box.x + at.x, y: box.y + at.y };
			const now = `${box.width}x${box.height} ${point.x.toFixed(1)},${point.y.toFixed(1)}`;
			const same = now === last;
			last = now;
			return same;
		})
		.toBe(true);
	return point;
}

/**
 * Keeps the live map from starting by itself, on this page and every page it loads: the atlas
 * treats the reader as one who asked to save data, and the static map stays the map until a
 * touch (AtlasMap.svelte's `startPolicy`). For tests of text, links and search that need no live
 * map: MapLibre in software WebGL takes seconds of the two cores the other worker needs too.
 */
export async function withoutLiveMap(page: Page): Promise<void> {
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', {
			value: { saveData: true },
			configurable: true
		})
	);
}

/**
 * The time budget of a test that does the work of `tests` former tests in one page (a journey
 * of `test.step`s): the 60 s of one test (playwright.config.ts), and 20 s for each step that
 * once was a test of its own and started its own map. Less than the tests had apart; each
 * wait inside keeps its own limit (mapReady's 45 s, expect's 20 s).
 */
export function journeyTimeout(tests: number): number {
	return 60_000 + 20_000 * (tests - 1);
}

/** The `#map=` part of the page's URL parsed to numbers, or null. */
export function hashView(url: string): { zoom: number; lat: number; lng: number } | null {
	const m = /[#&]map=([^&]+)/.exec(new URL(url).hash);
	if (!m) return null;
	const [zoom, lat, lng] = m[1].split('/').map(Number);
	return { zoom, lat, lng };
}

export const test = base.extend<{ watched: Watch }>({
	watched: [
		async ({ page, baseURL }, use) => {
			const w = watch(page, new URL(baseURL!).origin);
			await use(w);
			expectClean(w);
		},
		{ auto: true }
	]
});

export { expect };
