/**
 * A tab open across a deploy: the reader opened the atlas, a new version went live, and the
 * next place they open is the new version's, whole (its page, its code, its service worker and
 * caches), with a working map and a clean console; offline in between, the old version's copy
 * serves them until the network is back.
 */
import type { Browser, Page } from '@playwright/test';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { serve } from '../../scripts/serve.js';
import { NEW_PLACES_HEADING, nextDeploy, pointAt } from './deploy';
import { expect, expectClean, mapReady, test, watch } from './fixtures';

const BUILD = resolve('build-test');

/** Serves the folder `site` links to, on a port of its own; the test re-points the link. */
async function deploySite(): Promise<{
	server: Server;
	origin: string;
	site: string;
	next: string;
}> {
	const site = test.info().outputPath('site');
	const next = test.info().outputPath('next');
	pointAt(site, BUILD);
	const server = await serve({ port: 0, dir: site, host: 'localhost' });
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { server, origin: `http://localhost:${port}`, site, next };
}

/** Opens a place with the service worker allowed, and waits until the worker keeps the page. */
async function openPlace(browser: Browser, url: string): Promise<Page> {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(url);
	await mapReady(page);
	await expect(page.locator('html')).toHaveAttribute('data-offline-kept', 'true');
	return page;
}

/** Expects the page to be the new deploy's whole: its words, its code, its worker's caches. */
async function expectNewVersion(page: Page, version: string, chunk: string): Promise<void> {
	await expect(page.locator('#places-heading')).toHaveText(NEW_PLACES_HEADING);
	expect(
		await page.evaluate(
			(name) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(name)),
			chunk
		)
	).toBe(true);
	await mapReady(page);
	await expect
		.poll(() =>
			page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('atlas-')))
		)
		.toEqual([`atlas-visited-${version}`]);
}

test('a click after a deploy opens the new version whole', async ({ browser }) => {
	test.setTimeout(120_000);
	const { server, origin, site, next } = await deploySite();
	try {
		const page = await openPlace(browser, `${origin}/place/kulyab`);
		const w = watch(page, origin);
		const { version, chunk } = nextDeploy(BUILD, next);
		pointAt(site, next);

		await page
			.getByRole('navigation', { name: 'Places' })
			.getByRole('link', { name: 'Garm' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');
		await expectNewVersion(page, version, chunk);
		expectClean(w);
	} finally {
		server.close();
		rmSync(next, { recursive: true, force: true });
	}
});

test('offline across a deploy, the old version serves; online, the new one', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { server, origin, site, next } = await deploySite();
	try {
		const page = await openPlace(browser, `${origin}/place/kulyab`);
		const w = watch(page, origin);
		const places = page.getByRole('navigation', { name: 'Places' });
		await places.getByRole('link', { name: 'Garm' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');

		await page.context().setOffline(true);
		const { version, chunk } = nextDeploy(BUILD, next);
		pointAt(site, next);
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
		await expect(page.locator('#places-heading')).toHaveText('Places');

		await page.context().setOffline(false);
		await places.getByRole('link', { name: 'Garm' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garm');
		await expectNewVersion(page, version, chunk);
		expectClean(w);
	} finally {
		server.close();
		rmSync(next, { recursive: true, force: true });
	}
});
