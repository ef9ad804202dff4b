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
	test('pages visited work with the network off; others say they are not saved', async ({
		page,
		context,
		watched
	}) => {
		// The live map starts at once, before the new worker has taken the page over: MapLibre's
		// worker then fetches the map's data past it, and the page must ask for it to be kept.
		await page.goto('/place/kulyab?map-start=now');
		await mapReady(page);
		// The worker is active and has stored what this first page loaded before it ran.
		await expect(page.locator('html')).toHaveAttribute('data-offline-kept', 'true');
		// And the live map's code and data, which MapLibre's own worker fetched.
		await expect(page.locator('html')).toHaveAttribute('data-offline-map-kept', 'true');
		const list = page.getByRole('navigation', { name: 'Places' });
		await list.getByRole('link', { name: 'Garm' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');

		await context.setOffline(true);
		// Back to the first page, and a full reload of a visited one: all from the worker's cache.
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await page.goto('/place/garm');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');
		await expect(page.locator('.narrative p').first()).toBeVisible();
		await mapReady(page);
		// A place neither visited nor saved cannot load offline: the page says so.
		watched.allow.push(/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch|status of 404/);
		await page
			.getByRole('navigation', { name: 'Places' })
			.getByRole('link', { name: 'Shaartuz' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not on this device');
		await expect(page.getByRole('link', { name: 'Data', exact: true }).last()).toBeVisible();
		await context.setOffline(false);
	});
});
