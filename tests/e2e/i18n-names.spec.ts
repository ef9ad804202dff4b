/**
 * Names in the reader's language: a Russian or Tajik page names a place as that edition writes it,
 * in its heading, on the live map (the names the map draws, read through the test probe) and on
 * its static map (the prerendered SVGs of the test build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, mapIdle, mapReady, test } from './fixtures';

test('a place page is headed by its name in the page language', async ({ page }) => {
	await page.goto('/ru/place/kurgan-tyube');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Курган-Тюбе');
	await page.goto('/tg/place/kulyab');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кӯлоб');
});

test('the live map of a Russian page draws the places by their Russian names', async ({ page }) => {
	await page.goto('/ru');
	await mapReady(page);
	await mapIdle(page);
	const names = await page.evaluate(() => window.__atlas!.renderedNames(['place-labels']));
	expect(names).toContain('Куляб');
	expect(names).not.toContain('Kulyab');
});

test('the live map of a Russian page names the countries in Russian', async ({ page }) => {
	await page.goto('/ru');
	await mapReady(page);
	await mapIdle(page);
	const ru = await page.evaluate(() => window.__atlas!.renderedTexts(['country-labels']));
	expect(ru).toContain('ТАДЖИКИСТАН');
	expect(ru).not.toContain('TAJIKISTAN');
});

test('the live map of a Tajik page names the rivers in Tajik', async ({ page }) => {
	// Close in, where the rivers are named: the Vakhsh and the Panj by Kurgan-Tyube.
	await page.goto('/tg/place/kurgan-tyube');
	await mapReady(page);
	await mapIdle(page);
	const tg = await page.evaluate(() => window.__atlas!.renderedTexts(['river-labels']));
	expect(tg.some((t) => ['Вахш', 'Панҷ'].includes(t))).toBe(true);
	expect(tg).not.toContain('Panj');
});

test('every static map is prerendered in each language, naming Kulyab in it', () => {
	const english = readdirSync('build-test/maps').filter((f) => f.endsWith('.svg'));
	expect(english.length).toBeGreaterThan(100);
	const naming = english.filter((f) =>
		readFileSync(`build-test/maps/${f}`, 'utf8').includes('>Kulyab</text>')
	);
	expect(naming.length).toBeGreaterThan(10);
	for (const [lang, kulyab] of [
		['ru', 'Куляб'],
		['tg', 'Кӯлоб']
	] as const) {
		const maps = readdirSync(`build-test/${lang}/maps`).filter((f) => f.endsWith('.svg'));
		expect(maps.sort()).toEqual([...english].sort());
		const wrong: string[] = [];
		for (const f of english) {
			const svg = readFileSync(`build-test/${lang}/maps/${f}`, 'utf8');
			if (svg.includes('Kulyab')) wrong.push(`${f}: Kulyab`);
			if (naming.includes(f) && !svg.includes(`>${kulyab}</text>`))
				wrong.push(`${f}: no ${kulyab}`);
		}
		expect(wrong, lang).toEqual([]);
	}
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });

	test('a Russian page shows the Russian static map, described in Russian', async ({ page }) => {
		await page.goto('/ru/place/kulyab');
		const img = page.locator('.static-map img');
		await expect(img).toHaveAttribute('src', '/ru/maps/place-kulyab.svg');
		await expect(img).toHaveAttribute('alt', 'Карта: Куляб и окрестности');
		await expect(page.locator('.static-map source')).toHaveAttribute(
			'srcset',
			'/ru/maps/place-kulyab-phone.svg'
		);
		const svg = await (await page.request.get('/tg/maps/place-kulyab.svg')).text();
		expect(svg).toContain('<title>Харита: Кӯлоб ва атрофи он</title>');
	});
});
