/**
 * The /data page: in English and Russian it lists every download, each link answers 200 with the
 * file's media type and exactly the size the page states, and axe finds nothing on it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, withoutLiveMap } from './fixtures';

/** Each download and the media type a host serves it with. */
const FILES: Record<string, string> = {
	'places.geojson': 'application/geo+json',
	'events.geojson': 'application/geo+json',
	'places.csv': 'text/csv',
	'events.csv': 'text/csv',
	'chronology.csv': 'text/csv',
	'places.lpf.jsonld': 'application/ld+json',
	'source.json': 'application/json',
	'references.json': 'application/json'
};

// Text and links only: the live map would only take the cores.
test.beforeEach(({ page }) => withoutLiveMap(page));

for (const [path, title] of [
	['/data', 'Data'],
	['/ru/data', 'Данные'],
	['/tg/data', 'Маълумот']
]) {
	test(`${path} lists every download, and each link serves it`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		const rows = page.locator('table.files tbody tr');
		await expect(rows).toHaveCount(Object.keys(FILES).length);
		// The table fits the panel: no column is cut off.
		const fit = await page.locator('table.files').evaluate((t) => ({
			table: t.getBoundingClientRect().width,
			panel: t.closest('main')!.clientWidth
		}));
		expect(fit.table).toBeLessThanOrEqual(fit.panel);
		for (const [file, type] of Object.entries(FILES)) {
			const row = rows.filter({ has: page.getByRole('link', { name: file, exact: true }) });
			const href = await row.getByRole('link').getAttribute('href');
			// One copy of each file for every language.
			expect(href).toBe(`/data/${file}`);
			const response = await page.request.get(href!);
			expect(response.status(), file).toBe(200);
			expect(response.headers()['content-type'], file).toContain(type);
			const bytes = (await response.body()).length;
			await expect(row.locator('td.size'), file).toHaveAttribute('data-bytes', String(bytes));
			// The size as the reader sees it, with the language's grouping of digits.
			expect(Number((await row.locator('td.size').innerText()).replace(/\D/g, ''))).toBe(bytes);
		}
	});
}

test('/data describes itself as a Dataset whose distribution is the files it lists', async ({
	page
}) => {
	await page.goto('/ru/data');
	const ld = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? ''
	);
	expect(ld).toMatchObject({
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: 'Данные',
		inLanguage: 'ru',
		license: 'https://creativecommons.org/licenses/by/4.0/',
		temporalCoverage: '1994/2017'
	});
	expect(ld.version).toMatch(/^\d{4}-\d{2}-\d{2} \(/);
	expect(ld.distribution).toHaveLength(Object.keys(FILES).length);
	for (const d of ld.distribution) {
		const row = page.locator('table.files tbody tr').filter({
			has: page.getByRole('link', { name: d.name, exact: true })
		});
		expect(FILES[d.name], d.name).toBe(d.encodingFormat);
		expect(new URL(d.contentUrl).pathname).toBe(await row.getByRole('link').getAttribute('href'));
		await expect(row.locator('td.size')).toHaveAttribute(
			'data-bytes',
			d.contentSize.replace(' B', '')
		);
	}
});

test('the header and /about link to /data', async ({ page }) => {
	await page.goto('/about');
	await expect(page.locator('main a[href="/data"], article a[href="/data"]').first()).toBeVisible();
	await expect(page.locator('header nav a[href="/data"]')).toHaveCount(1);
});

test('axe finds nothing on /data', async ({ page }) => {
	await page.goto('/data');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.setLegacyMode(true)
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
