/**
 * What the bench does in Chromium: cold page loads under a CPU and network profile, the
 * interactions on a loaded atlas page, and the scale page's first render and pans. Timings are
 * taken inside the page (performance.now(), event timestamps, PerformanceObserver), never from
 * Node's side of the DevTools pipe, whose latency would swamp figures of a few milliseconds.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { TrafficRecorder, Transfer } from './server';
import type { ScaleProbe } from '../pages/scale/main';
// window.__atlas, the atlas's probe (its global declaration).
import type {} from '../../src/lib/map/probe';
import type { LayerId } from '../../src/lib/geo/layers';
import { MAP_MOUNT_MARK } from '../../src/lib/map/code';

/** CPU slowdown and network for the load figures: a mid-range phone on a decent 4G/ADSL line. */
export const PROFILE = {
	cpuSlowdown: 4,
	latencyMs: 40,
	downloadMbps: 10,
	uploadMbps: 5
} as const;

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** What the init script records on every bench page (`window.__bench`). */
interface PageRecord {
	/** performance.now() when a `[data-map-ready="true"]` first appeared. */
	ready: number | null;
	lcp: number | null;
	lcpElement: string | null;
	longtasks: [number, number][];
}

declare global {
	interface Window {
		__bench?: PageRecord;
	}
}

/**
 * Runs before any script of the page: records LCP and long tasks (buffered, from navigation
 * start) and the moment the map container is marked ready. `__name` is a no-op for the helper
 * that tsx's transpiler wraps named functions in, which page.evaluate would otherwise miss.
 */
const INIT_SCRIPT = `
window.__name = (f) => f;
(() => {
	const b = { ready: null, lcp: null, lcpElement: null, longtasks: [] };
	window.__bench = b;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				b.lcp = e.startTime;
				const el = e.element;
				b.lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : null;
			}
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
	const mark = () => {
		if (b.ready === null && document.querySelector('[data-map-ready="true"]')) {
			b.ready = performance.now();
			mo.disconnect();
		}
	};
	const mo = new MutationObserver(mark);
	mo.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
})();
`;

/** A fresh context (empty cache) with the init script, and a page in it. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	await context.addInitScript({ content: INIT_SCRIPT });
	const page = await context.newPage();
	return { context, page };
}

/** What the blank-static-map loads get instead of every static map: nothing drawn, same size. */
const BLANK_STATIC_MAP =
	'<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200" viewBox="0 0 1600 1200"/>';

/** One cold load's figures. */
export interface LoadResult {
	/** ms from navigation start to the map's first full render. */
	idle: number;
	lcp: number | null;
	lcpElement: string | null;
	/** Sum over long tasks before idle of (duration - 50 ms). */
	tbt: number;
	/**
	 * ms from navigation start to the atlas's map mount (`MAP_MOUNT_MARK`, the end of its
	 * hydration); null on a page without the mark (the floor, which is nothing but its map).
	 */
	mapMount: number | null;
	/** The part of `tbt` from long tasks that start after the map mounts (all of it on the floor). */
	mapTbt: number;
	longtasks: [number, number][];
	bytes: { js: number; font: number; data: number; all: number };
	transfers: Transfer[];
}

/**
 * Loads `url` cold under the CPU and network profile and waits for the map's first full render
 * (`data-map-ready="true"`, set at MapLibre's first `idle` by the atlas and the floor alike).
 */
export async function coldLoad(
	browser: Browser,
	traffic: TrafficRecorder,
	url: string,
	options: { blankStaticMap?: boolean } = {}
): Promise<LoadResult> {
	const { context, page } = await freshPage(browser);
	try {
		// A diagnosis, not a target: the atlas with its static map answered by an empty SVG of the
		// same size, to show what drawing the static map costs (in software WebGL, its rasterising
		// shares the GPU thread with MapLibre's synchronous WebGL calls).
		if (options.blankStaticMap) {
			await page.route(/\/maps\/[^/]+\.svg$/, (route) =>
				route.fulfill({ contentType: 'image/svg+xml', body: BLANK_STATIC_MAP })
			);
		}
		const cdp = await context.newCDPSession(page);
		// Applies to the page's workers' requests too (checked: a worker's fetch is slowed alike).
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: PROFILE.latencyMs,
			downloadThroughput: (PROFILE.downloadMbps * 1e6) / 8,
			uploadThroughput: (PROFILE.uploadMbps * 1e6) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
		traffic.start();
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(() => window.__bench?.ready != null, null, {
			polling: 100,
			timeout: 120_000
		});
		const [rec, mapMount] = await page.evaluate(
			(mark) =>
				[
					window.__bench!,
					performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null
				] as const,
			MAP_MOUNT_MARK
		);
		const ready = rec.ready!;
		const before = rec.longtasks.filter(([start]) => start < ready);
		const blocking = (tasks: [number, number][]) =>
			tasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
		const snapshot = traffic.take();
		const sum = (k?: Transfer['kind']) =>
			snapshot.filter((t) => !k || t.kind === k).reduce((a, t) => a + t.bytes, 0);
		return {
			idle: ready,
			lcp: rec.lcp,
			lcpElement: rec.lcpElement,
			tbt: blocking(before),
			mapMount,
			mapTbt: blocking(before.filter(([start]) => mapMount === null || start > mapMount)),
			longtasks: before,
			bytes: { js: sum('js'), font: sum('font'), data: sum('data'), all: sum() },
			transfers: snapshot
		};
	} finally {
		await context.close();
	}
}

/** Loads `url` without throttling and waits until the map is ready and idle. */
async function loadedAtlas(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
	await page.waitForFunction(() => window.__atlas?.idle() === true, null, { timeout: 60_000 });
}

/** The atlas's map box (CSS pixels), for placing the floor's map the same. */
export async function mapBox(browser: Browser, origin: string) {
	const { context, page } = await freshPage(browser);
	try {
		await loadedAtlas(page, `${origin}/`);
		const box = (await page.getByTestId('map').boundingBox())!;
		const renderer = await page.evaluate(() => {
			const gl = document.createElement('canvas').getContext('webgl');
			const ext = gl?.getExtension('WEBGL_debug_renderer_info');
			return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
		});
		const userAgent = await page.evaluate(() => navigator.userAgent);
		return { box, renderer, userAgent };
	} finally {
		await context.close();
	}
}

/** Times (ms) for one h1 + narrative to show: in the DOM, and the start of the next frame. */
export interface ShowTime {
	dom: number;
	frame: number;
}

/**
 * In the page: resolves when the h1 reads `name` and a `.narrative` is visible, timed from the
 * next click (`after: 'click'`) or from now (`after: 'now'`, for history.back()).
 */
function armShow(page: Page, name: string, after: 'click' | 'now'): Promise<void> {
	return page.evaluate(
		([name, after]) => {
			const w = window as unknown as { __show?: Promise<{ dom: number; frame: number }> };
			w.__show = new Promise((resolve) => {
				let t0 = after === 'now' ? performance.now() : -1;
				const shown = () => {
					const h1 = document.querySelector('h1');
					const narrative = document.querySelector('.narrative');
					return h1?.textContent?.trim() === name && !!narrative?.checkVisibility();
				};
				const done = () => {
					const dom = performance.now() - t0;
					requestAnimationFrame((frameStart) => resolve({ dom, frame: frameStart - t0 }));
				};
				const mo = new MutationObserver(() => {
					if (t0 >= 0 && shown()) {
						mo.disconnect();
						done();
					}
				});
				mo.observe(document.body, { subtree: true, childList: true, characterData: true });
				if (after === 'click') {
					addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
				}
			});
		},
		[name, after] as const
	);
}

/** A layer toggle's times (ms from the click): the style layer switched, and the map idle. */
export interface ToggleTime {
	switched: number;
	idle: number;
}

/**
 * In the page: resolves with the times from the next click until `layer`'s visibility has
 * flipped (read at the first animation frame after the click: the checkbox's handler and the
 * map's update have run by then), and until the map's `idle` event after it, the moment the
 * repaint floor is measured at too. Polling with timers instead would time the first timer task
 * the browser runs after drawing, which in software WebGL comes 20–60 ms after the frame.
 */
function armToggle(page: Page, layer: LayerId): Promise<void> {
	return page.evaluate((layer) => {
		const w = window as unknown as { __toggle?: Promise<ToggleTime> };
		const a = window.__atlas!;
		const before = a.visible(layer);
		w.__toggle = new Promise((resolve) => {
			addEventListener(
				'click',
				(e) => {
					const t0 = e.timeStamp;
					let switched = -1;
					requestAnimationFrame(() => {
						if (a.visible(layer) !== before) switched = performance.now() - t0;
					});
					// Idle events until one comes with the layer switched: a click that changed nothing
					// never resolves, and the bench stops with the step's name.
					const untilSwitched = (): Promise<void> =>
						a.nextIdle().then((at) => {
							if (a.visible(layer) === before) return untilSwitched();
							resolve({ switched: switched < 0 ? at - t0 : switched, idle: at - t0 });
						});
					void untilSwitched();
				},
				{ capture: true, once: true }
			);
		});
	}, layer);
}

/** In the page: ms from asking the map for one frame with nothing changed until it is idle. */
function repaintToIdle(page: Page): Promise<number> {
	return page.evaluate(() => window.__atlas!.repaint());
}

/**
 * Awaits a promise an `arm…` function left on `window`, failing with `what` after 30 s: a step
 * that never happens (a click that missed its dot) stops the bench with its name, not a hang.
 */
function settle<T>(page: Page, key: string, what: string): Promise<T> {
	return page.evaluate(
		([key, what]) =>
			Promise.race([
				(window as unknown as Record<string, Promise<unknown>>)[key],
				new Promise((_, reject) =>
					setTimeout(() => reject(new Error(`bench: no ${what} within 30 s`)), 30_000)
				)
			]),
		[key, what] as const
	) as Promise<T>;
}

/** One run of the interactions on loaded atlas pages (no throttling). */
export interface InteractionResult {
	clickToNarrative: ShowTime;
	back: ShowTime;
	toggle: ToggleTime[];
	/** One frame with nothing changed → idle, on the same page: this machine's floor for a toggle. */
	repaint: number[];
	/** Maps created after `navigations` navigations (null when not counted in this run). */
	instances: number | null;
	navigations: number;
}

/** Place names in the order the instance check visits them (ten navigations), as the e2e test. */
const TEN_PLACES = [
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
];

/**
 * From Kurgan-Tyube's page: click Kulyab's dot on the map (narrative shown), Back (Kurgan-Tyube shown),
 * hide and show the OSCE layer from the panel, then ten navigations through the place list and
 * the number of maps created.
 */
export async function interactions(
	browser: Browser,
	origin: string,
	kulyab: [number, number],
	countInstances: boolean
): Promise<InteractionResult> {
	const { context, page } = await freshPage(browser);
	try {
		// Kurgan-Tyube's view has Kulyab well inside the map (on Dushanbe's, the attribution
		// covers Kulyab's dot).
		await loadedAtlas(page, `${origin}/place/kurgan-tyube`);
		// The hash is written 300 ms after the camera settles; Back restores the view from it.
		await page.waitForFunction(() => /#map=/.test(location.hash), null, { timeout: 10_000 });

		const at = await page.evaluate(([x, y]) => window.__atlas!.project(x, y), kulyab);
		const box = (await page.getByTestId('map').boundingBox())!;
		if (at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height) {
			throw new Error(`Kulyab is outside the map on Kurgan-Tyube's page: ${JSON.stringify(at)}`);
		}
		const hit = await page.evaluate(
			([x, y]) => document.elementFromPoint(x, y)?.tagName,
			[box.x + at.x, box.y + at.y]
		);
		if (hit !== 'CANVAS') throw new Error(`Kulyab's dot is covered by a ${hit} element`);
		await armShow(page, 'Kulyab', 'click');
		await page.mouse.click(box.x + at.x, box.y + at.y);
		const clickToNarrative = await settle<ShowTime>(
			page,
			'__show',
			"Kulyab's narrative after the click"
		);
		await page.waitForFunction(() => window.__atlas!.idle(), null, { timeout: 30_000 });
		await page.waitForFunction(() => /#map=/.test(location.hash), null, { timeout: 10_000 });

		await armShow(page, 'Kurgan-Tyube', 'now');
		await page.evaluate(() => history.back());
		const back = await settle<ShowTime>(page, '__show', "Kurgan-Tyube's narrative after Back");
		await page.waitForFunction(() => window.__atlas!.idle(), null, { timeout: 30_000 });

		const toggle: ToggleTime[] = [];
		const box2 = page.getByRole('checkbox', { name: /^OSCE offices/ });
		for (let i = 0; i < 2; i++) {
			// The pointer reaches the checkbox first, as a reader's does some time before the click:
			// leaving the map un-hovers Kulyab, and that frame is not the toggle's.
			await box2.hover();
			await page.waitForFunction(() => window.__atlas!.idle(), null, { timeout: 30_000 });
			await armToggle(page, 'osce');
			await box2.click();
			toggle.push(
				await settle<ToggleTime>(page, '__toggle', 'the OSCE layer switched and the map idle')
			);
			await page.waitForFunction(() => window.__atlas!.idle(), null, { timeout: 30_000 });
		}
		const repaint: number[] = [];
		for (let i = 0; i < 2; i++) repaint.push(await repaintToIdle(page));

		if (!countInstances) {
			return { clickToNarrative, back, toggle, repaint, instances: null, navigations: 0 };
		}
		const list = page.getByRole('navigation', { name: 'Places' });
		for (const name of TEN_PLACES) {
			await list.getByRole('link', { name, exact: true }).click();
			await page.waitForFunction(
				(name) => document.querySelector('h1')?.textContent?.trim() === name,
				name,
				{ timeout: 30_000 }
			);
		}
		const instances = await page.evaluate(() => window.__atlas!.instances());
		return { clickToNarrative, back, toggle, repaint, instances, navigations: TEN_PLACES.length };
	} finally {
		await context.close();
	}
}

/** One scale-page run: first render, clash features drawn, and pans. */
export interface ScaleResult {
	idle: number;
	rendered: number;
	bytes: number;
	pans: { name: string; fps: number; renderFps: number }[];
}

/** The pans: at the atlas's home view (clusters), and at zoom 10 over Dushanbe (every marker). */
export const PANS = [
	{ name: 'home view (clustered)', dx: 360, dy: 120, ms: 3000 },
	{
		name: 'zoom 10, Dushanbe (markers)',
		dx: 360,
		dy: 120,
		ms: 3000,
		center: [68.78, 38.56] as [number, number],
		zoom: 10
	}
];

/** Opens the scale page (no throttling), waits for its first render, then pans. */
export async function scaleRun(
	browser: Browser,
	traffic: TrafficRecorder,
	url: string,
	pans: typeof PANS
): Promise<ScaleResult> {
	const { context, page } = await freshPage(browser);
	try {
		traffic.start();
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(() => window.__bench?.ready != null, null, {
			polling: 100,
			timeout: 120_000
		});
		const idle = (await page.evaluate(() => window.__bench!.ready))!;
		const rendered = await page.evaluate(() => window.__scale!.rendered());
		const bytes = traffic.take().reduce((a, t) => a + t.bytes, 0);
		const results: ScaleResult['pans'] = [];
		for (const pan of pans) {
			const { name, ...options } = pan;
			const r = await page.evaluate(
				(o) => window.__scale!.pan(o as Parameters<ScaleProbe['pan']>[0]),
				options
			);
			results.push({ name, fps: (r.frames * 1000) / r.ms, renderFps: (r.renders * 1000) / r.ms });
		}
		return { idle, rendered, bytes, pans: results };
	} finally {
		await context.close();
	}
}
