/**
 * Names in the reader's language: a Russian or Tajik page names a place as that edition writes it,
 * in its heading and on the live map (the names the map draws, read through the test probe).
 */
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
