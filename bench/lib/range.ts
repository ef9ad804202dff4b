/**
 * The range figure: a range change → the map idle again, on the atlas's data (the timeline's
 * slider moved from the keyboard, timed from the keydown until the markers outside the new years
 * are hidden and the map is idle: the atlas hides them by feature state) and on the synthetic events
 * of the scale page (too many to switch one by one: a filter, `filterEvents`, timed until idle), at zoom 10 over Dushanbe, where the synthetic
 * events are markers (clusters above zoom 9 sum every year: the time filter applies to markers).
 */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './measure';

/** The keys pressed on the first slider, in order: 1999, 2004, 2009, 2017, 1994. */
const KEYS = ['PageUp', 'PageUp', 'PageUp', 'End', 'Home'];
/** The ranges set on the scale page. */
const RANGES = [
	{ from: 1997, to: 1997 },
	{ from: 2004, to: 2008 },
	{ from: 1994, to: 2017 },
	{ from: 2010, to: 2010 },
	{ from: 1994, to: 2000 }
];
const DUSHANBE = { center: [68.78, 38.56] as [number, number], zoom: 10 };

/** One range change on the atlas: ms from the keydown. */
export interface RangeTiming {
	/** Until the markers outside the new years are switched off (the app's own work). */
	switched: number;
	/** Until the map is idle again: the frame drawn and composited. */
	idle: number;
}

/** Range changes on the atlas's home page, one per key. */
export async function rangeOnAtlas(browser: Browser, origin: string): Promise<RangeTiming[]> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	await context.addInitScript({ content: 'window.__name = (f) => f;' });
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/?map-start=now`);
		await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
		await page.waitForFunction(() => window.__atlas?.idle() === true, null, { timeout: 60_000 });
		const slider = page.getByRole('slider', { name: 'First year shown' });
		await slider.focus();
		const times: RangeTiming[] = [];
		for (const key of KEYS) {
			await page.evaluate(() => {
				const w = window as unknown as { __range?: Promise<RangeTiming> };
				const before = window.__atlas!.outOfRange().join();
				w.__range = new Promise((resolve) => {
					addEventListener(
						'keydown',
						(e) => {
							const t0 = e.timeStamp;
							let switched: number | null = null;
							const check = () => {
								const a = window.__atlas!;
								if (switched === null && a.outOfRange().join() !== before) {
									switched = performance.now() - t0;
								}
								if (switched !== null && a.idle()) {
									resolve({ switched, idle: performance.now() - t0 });
								} else setTimeout(check, 0);
							};
							check();
						},
						{ capture: true, once: true }
					);
				});
			});
			await page.keyboard.press(key);
			times.push(
				await page.evaluate(() => (window as unknown as { __range: Promise<RangeTiming> }).__range)
			);
		}
		return times;
	} finally {
		await context.close();
	}
}

/** Range changes on the scale page with `events` (a file under /__bench/data/), in ms. */
export async function rangeOnScale(
	browser: Browser,
	origin: string,
	box: string,
	events: string
): Promise<number[]> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	await context.addInitScript({ content: 'window.__name = (f) => f;' });
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/__bench/scale/?box=${box}&events=${events}&mode=geojson`);
		await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
		const times: number[] = [];
		for (const range of RANGES) {
			times.push(await page.evaluate((o) => window.__scale!.range(o), { ...range, ...DUSHANBE }));
		}
		return times;
	} finally {
		await context.close();
	}
}
