/**
 * "Cite this page" and the pages' structured data: the citation names the page's permalink and
 * the build's version, Copy puts it on the clipboard, it is in the page's language, it is there
 * without JavaScript, and the JSON-LD holds what the page shows. The panel open passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, withoutLiveMap } from './fixtures';

const coords = (slug: string) =>
	JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.find(
		(f: { properties: { slug: string } }) => f.properties.slug === slug
	).geometry.coordinates as [number, number];

/** The page's JSON-LD, parsed: exactly one block. */
async function jsonLd(page: Page): Promise<Record<string, unknown>> {
	const blocks = page.locator('script[type="application/ld+json"]');
	await expect(blocks).toHaveCount(1);
	return JSON.parse((await blocks.textContent()) ?? '');
}

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

test.beforeEach(async ({ page }) => {
	await withoutLiveMap(page);
});

test('the citation of a place names its permalink and version, and Copy copies it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/place/kulyab');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const panel = page.getByTestId('cite');
	await panel.getByText('Cite this page').click();
	const chicago = panel.locator('[data-format="chicago"]');
	const url = (await canonical(page))!;
	expect(url).toMatch(/\/place\/kulyab$/);
	await expect(chicago).toContainText(`“Kulyab.” Tajikistan Peace Atlas. Version `);
	await expect(chicago).toContainText(url);
	await expect(chicago).toContainText(/Version \d{4}-\d{2}-\d{2} \((?:[0-9a-f]{7,}|unknown)\)/);
	// With JavaScript the date of access is today's, not a placeholder.
	await expect(chicago).not.toContainText('[date]');
	await expect(chicago).toContainText(/Accessed \d{1,2} [A-Z][a-z]+ \d{4}\./);

	await chicago.getByRole('button', { name: 'Copy' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Copied/);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await chicago.locator('p').textContent())!.trim());

	const bib = panel.locator('[data-format="bibtex"]');
	await bib.getByRole('button', { name: 'Copy' }).click();
	const entry = await page.evaluate(() => navigator.clipboard.readText());
	expect(entry).toMatch(/^@online\{tpa-place-kulyab,/);
	expect(entry).toContain(`url = {${url}}`);
	expect(entry).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);

	const csl = JSON.parse((await panel.locator('[data-format="csl"] code').textContent())!);
	expect(csl[0]).toMatchObject({ type: 'webpage', title: 'Kulyab', URL: url });
});

test('BibTeX and CSL-JSON download as files a reference manager imports', async ({ page }) => {
	await page.goto('/event/russian-base-kulyab');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const panel = page.getByTestId('cite');
	await panel.getByText('Cite this page').click();
	const url = (await canonical(page))!;

	const saved = async (format: string, name: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			panel.locator(`[data-format="${format}"]`).getByRole('link', { name }).click()
		]);
		const path = await download.path();
		return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
	};
	const bib = await saved('bibtex', 'Download .bib');
	expect(bib.name).toBe('tpa-event-russian-base-kulyab.bib');
	expect(bib.text).toMatch(/^@online\{tpa-event-russian-base-kulyab,/);
	expect(bib.text).toContain(`url = {${url}}`);
	// The file is what the panel shows, the reader's day of access included.
	expect(bib.text).toBe(await panel.locator('[data-format="bibtex"] code').textContent());
	expect(bib.text).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);

	const csl = await saved('csl', 'Download .json');
	expect(csl.name).toBe('tpa-event-russian-base-kulyab.json');
	const [item] = JSON.parse(csl.text);
	expect(item).toMatchObject({ type: 'webpage', URL: url, language: 'en' });
	expect(item.accessed['date-parts'][0]).toHaveLength(3);
});

test('a Russian page cites in Russian', async ({ page }) => {
	await page.goto('/ru/place/kulyab');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const panel = page.getByTestId('cite');
	await panel.getByText('Как цитировать эту страницу').click();
	const chicago = panel.locator('[data-format="chicago"]');
	await expect(chicago).toContainText('«Куляб». Атлас мира в Таджикистане. Версия ');
	await expect(chicago).toContainText(/Дата обращения: \d{1,2} [а-я]+ \d{4} года\./);
	await expect(chicago).toContainText((await canonical(page))!);
	expect(await canonical(page)).toMatch(/\/ru\/place\/kulyab$/);
});

test('without JavaScript the citation is there, its date of access a placeholder', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/place/kulyab');
	const panel = page.getByTestId('cite');
	await panel.getByText('Cite this page').click();
	const chicago = panel.locator('[data-format="chicago"]');
	await expect(chicago).toContainText('“Kulyab.” Tajikistan Peace Atlas. Version ');
	await expect(chicago).toContainText('Accessed [date].');
	await expect(chicago).toContainText('/place/kulyab');
	await expect(panel.locator('[data-format="bibtex"] code')).toContainText('@online{');
	// Nothing to press without a script, but the files still download.
	await expect(panel.getByRole('button')).toHaveCount(0);
	const bib = panel.locator('[data-format="bibtex"]').getByRole('link', { name: 'Download .bib' });
	const href = decodeURIComponent((await bib.getAttribute('href'))!);
	expect(href).toMatch(/^data:application\/x-bibtex;charset=utf-8,@online\{tpa-place-kulyab,/);
	expect(href).not.toContain('urldate');
	await context.close();
});

test("a place's JSON-LD is its Place at the coordinates of the map", async ({ page }) => {
	await page.goto('/place/kulyab');
	const ld = await jsonLd(page);
	const [lng, lat] = coords('kulyab');
	expect(ld).toMatchObject({
		'@context': 'https://schema.org',
		'@type': 'Place',
		name: 'Kulyab',
		inLanguage: 'en',
		geo: { '@type': 'GeoCoordinates', latitude: lat, longitude: lng },
		sameAs: ['https://en.wikipedia.org/wiki/Kulob']
	});
	await expect(page.locator('.place .summary')).toHaveText(ld.description as string);
});

test("an event's JSON-LD holds the dates and the place its page shows", async ({ page }) => {
	await page.goto('/ru/event/russian-base-kulyab');
	const ld = await jsonLd(page);
	const start = await page.locator('.facts time').getAttribute('datetime');
	const [lng, lat] = coords('kulyab');
	expect(ld).toMatchObject({
		'@type': 'Event',
		name: (await page.getByRole('heading', { level: 1 }).textContent())!.trim(),
		inLanguage: 'ru',
		startDate: start,
		endDate: '2015',
		location: { '@type': 'Place', name: 'Куляб', geo: { latitude: lat, longitude: lng } }
	});
	await expect(page.locator('.facts')).toContainText('2015');
});

test('every other page describes itself: the atlas, a chapter, the chronology', async ({
	page
}) => {
	await page.goto('/tg');
	expect(await jsonLd(page)).toMatchObject({ '@type': 'WebSite', inLanguage: 'tg' });
	await page.goto('/story/the-border-in-2010');
	expect(await jsonLd(page)).toMatchObject({ '@type': 'Article', inLanguage: 'en' });
	await page.goto('/chronology');
	expect(await jsonLd(page)).toMatchObject({ '@type': 'WebPage', name: 'Chronology' });
});

test('the open panel passes axe', async ({ page }) => {
	await page.goto('/event/russian-base-kulyab');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const panel = page.getByTestId('cite');
	await panel.getByText('Cite this page').click();
	await expect(panel.getByRole('button', { name: 'Copy' }).first()).toBeVisible();
	const results = await new AxeBuilder({ page })
		.include('[data-testid="cite"]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.setLegacyMode(true)
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
