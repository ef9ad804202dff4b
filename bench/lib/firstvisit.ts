/**
 * What a first visit costs on the wire: a fresh browser context on a phone's screen, service
 * workers allowed, opens one page; once the worker is active and has stored what the page
 * loaded (the page's `data-offline-kept` flag, src/lib/site/offline-page.ts), everything the
 * server sent is summed: the page, its files and whatever the worker fetched. Used by
 * `npm run bench -- --only firstvisit` and tests/e2e/offline.spec.ts.
 */
import type { Browser } from '@playwright/test';
import type { TrafficRecorder, Transfer } from './server';

/** A phone's screen, as the phone tests use it. */
export const PHONE_SCREEN = { width: 375, height: 667 } as const;

export interface FirstVisit {
	/** Bytes the server wrote for this visit: headers and (gzipped where it compresses) bodies. */
	bytes: number;
	/** Of them, what was sent after the page's load event: the worker's install and keeping. */
	afterLoadBytes: number;
	transfers: Transfer[];
}

/**
 * Opens `url` once in a new context. `saveData` emulates a reader who asked to save data:
 * Chromium has no switch for it, so the page's `navigator.connection.saveData` is set by an
 * init script (what the atlas reads) and every request carries `Save-Data: on` (what a server
 * would read).
 */
export async function firstVisit(
	browser: Browser,
	traffic: TrafficRecorder,
	url: string,
	{ saveData = false, phone = true }: { saveData?: boolean; phone?: boolean } = {}
): Promise<FirstVisit> {
	const context = await browser.newContext({
		serviceWorkers: 'allow',
		...(phone
			? { viewport: PHONE_SCREEN, isMobile: true, hasTouch: true }
			: { viewport: { width: 1280, height: 800 } }),
		...(saveData ? { extraHTTPHeaders: { 'Save-Data': 'on' } } : {})
	});
	try {
		if (saveData) {
			await context.addInitScript(() =>
				Object.defineProperty(navigator, 'connection', {
					value: { saveData: true, effectiveType: '4g' },
					configurable: true
				})
			);
		}
		const page = await context.newPage();
		traffic.start();
		await page.goto(url, { waitUntil: 'load' });
		const loaded = traffic.take().length;
		await page.waitForFunction(
			() => document.documentElement.dataset.offlineKept === 'true',
			null,
			{
				timeout: 60_000
			}
		);
		const transfers = traffic.take();
		const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);
		return { bytes: sum(transfers), afterLoadBytes: sum(transfers.slice(loaded)), transfers };
	} finally {
		await context.close();
	}
}
