/**
 * The atlas holds up without WebGL and without a network.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.js';
import { EVENT_LAYERS } from '../../src/lib/geo/layers';
import { expect, expectClean, mapReady, test, watch } from './fixtures';

const featureCount = EVENT_LAYERS.map(
	(l) => JSON.parse(readFileSync(`static/${l.file}`, 'utf8')).features.length
).reduce((a, b) => a + b, 0);

test('without WebGL the page says so and offers everything but the map', async ({ baseURL }) => {
	const browser = await chromium.launch({
		executablePath: findChromium() ?? undefined,
		args: [
			...CHROMIUM_ARGS.filter((a) => !/swiftshader|gpu-blocklist/.test(a)),
			'--disable-webgl',
			'--disable-3d-apis',
			'--disable-gpu'
		]
	});
	try {
		const page = await browser.newPage({ baseURL });
		const w = watch(page, new URL(baseURL!).origin);
		await page.goto('/place/kulyab');
		await expect(
			page.getByRole('status').filter({ hasText: 'cannot draw the live map' })
		).toHaveText(/This browser cannot draw the live map \(it needs WebGL\)/);
		await expect(page.locator('.atlas-map canvas')).toHaveCount(0);
		// The story, the places, the layers as dated lists, the source.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
		await expect(page.locator('.narrative p').first()).toBeVisible();
		await expect(page.locator('.lists li')).toHaveCount(featureCount);
		await expect(page.locator('.lists').getByText('27 February 2003').first()).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Places' })
			.getByRole('link', { name: 'Garm' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');
		await page.getByRole('checkbox', { name: /^OSCE offices/ }).uncheck();
		await expect(page.locator('.lists h2', { hasText: 'OSCE offices' })).toHaveCount(0);
		await page.getByRole('link', { name: 'Source text' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Source/);
		expectClean(w);
	} finally {
		await browser.close();
	}
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });
	test('after one visit the atlas works with the network off', async ({ page, context }) => {
		// The service worker stores the whole atlas in every language before it takes control.
		test.setTimeout(150_000);
		await page.goto('/place/kulyab');
		await mapReady(page);
		// The service worker has installed (and cached everything) once it is active.
		await page.evaluate(async () => {
			const reg = await navigator.serviceWorker.ready;
			return reg.active?.state;
		});
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

		await context.setOffline(true);
		const list = page.getByRole('navigation', { name: 'Places' });
		await list.getByRole('link', { name: 'Garm' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');
		await expect(page.locator('.narrative p').first()).toBeVisible();
		await page.getByRole('link', { name: 'Source text' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Source/);
		await expect(page.locator('#p17')).toBeVisible();
		// A full reload offline: the page, the map, its data and fonts all come from the cache.
		await page.goto('/place/shaartuz');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shaartuz');
		await mapReady(page);
		await context.setOffline(false);
	});
});
