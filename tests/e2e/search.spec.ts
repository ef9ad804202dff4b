/**
 * Search, as a reader uses it: the header's combobox (type, arrows, Enter, Escape,
 * the pointer, the `/` key), the /search page with and without JavaScript, a phone, and axe on
 * the page and on the open list. The index is loaded on first use, never on page load.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, journeyTimeout, mapReady, test, withoutLiveMap } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function hydrated(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

const box = (page: Page) => page.getByRole('combobox', { name: /Search places, events/ });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** Types a query and waits until the list shows the results for exactly that query. */
async function typeQuery(page: Page, query: string) {
	await box(page).fill('');
	await box(page).pressSequentially(query);
	await expect(page.locator(`#site-search-list[data-query="${query}"]`)).toBeAttached();
}

async function axe(page: Page): Promise<string[]> {
	// In the page itself, as in a11y.spec.ts: no blank page opened per audit (the atlas has no
	// frames for it to gather).
	const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
	expect(results.passes.length).toBeGreaterThan(10);
	return results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
	);
}

// Searching needs no live map: the tests that do not wait for it keep it from starting, as
// under Save-Data (it would only take the cores). The index test and the desktop audit keep it.
test('type, ArrowDown, Enter: the first result’s page opens', async ({ page }) => {
	await withoutLiveMap(page);
	await hydrated(page, '/source');
	await typeQuery(page, 'Kulob');
	await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
	const first = listbox(page).getByRole('option').first();
	await expect(first).toContainText('Kulyab — also Kulob');
	await expect(listbox(page).getByRole('group', { name: 'Places' })).toBeVisible();
	await expect(listbox(page).getByRole('group', { name: 'Events' })).toBeVisible();
	// Nothing is active until the reader moves.
	await expect(box(page)).not.toHaveAttribute('aria-activedescendant');
	await box(page).press('ArrowDown');
	await expect(box(page)).toHaveAttribute('aria-activedescendant', 'site-search-0');
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await expect(box(page)).toBeFocused();
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/place\/kulyab$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
	await expect(listbox(page)).toBeHidden();
});

test('a Cyrillic name and a misspelling find their place', async ({ page }) => {
	await withoutLiveMap(page);
	await hydrated(page, '/source');
	await typeQuery(page, 'Курган-Тюбе');
	await expect(listbox(page).getByRole('option').first()).toContainText(
		'Kurgan-Tyube — also Курган-Тюбе'
	);
	await typeQuery(page, 'Tavildra');
	await box(page).press('ArrowDown');
	await box(page).press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tavildara');
});

test('an event result lands on the event’s own page', async ({ page }) => {
	await withoutLiveMap(page);
	await hydrated(page, '/source');
	await typeQuery(page, 'UNMOT');
	await expect(listbox(page).getByRole('option').first()).toContainText(
		'UN Mission of Observers in Tajikistan (UNMOT)'
	);
	await box(page).press('ArrowDown');
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/event\/unmot-1994-2000$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'UN Mission of Observers in Tajikistan (UNMOT)'
	);
});

test('arrows wrap, Escape closes then clears, the pointer chooses', async ({ page }) => {
	await withoutLiveMap(page);
	await hydrated(page, '/source');
	await typeQuery(page, 'dush');
	const options = listbox(page).getByRole('option');
	const n = await options.count();
	expect(n).toBeGreaterThan(2);
	await box(page).press('ArrowUp');
	await expect(box(page)).toHaveAttribute('aria-activedescendant', `site-search-${n - 1}`);
	await box(page).press('ArrowDown');
	await expect(box(page)).toHaveAttribute('aria-activedescendant', 'site-search-0');
	await box(page).press('Escape');
	await expect(listbox(page)).toBeHidden();
	await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(box(page)).toHaveValue('dush');
	// ArrowDown opens the list again.
	await box(page).press('ArrowDown');
	await expect(listbox(page)).toBeVisible();
	await box(page).press('Escape');
	await box(page).press('Escape');
	await expect(box(page)).toHaveValue('');
	await typeQuery(page, 'Turajonzoda');
	await listbox(page)
		.getByRole('option', { name: /^Hoji Akbar Turajonzoda/ })
		.click();
	// The live map adds its view to the hash once it has drawn (`&map=`), after the anchor.
	await expect(page).toHaveURL(/\/about#person-akbar-turajonzoda(&map=[\d./-]+)?$/);
});

test('Enter with nothing chosen opens /search with the query in its URL', async ({ page }) => {
	await withoutLiveMap(page);
	await hydrated(page, '/');
	await typeQuery(page, 'Qurghonteppa');
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/search\?q=Qurghonteppa$/);
	const places = page.getByRole('region', { name: 'Places' });
	await expect(places.getByRole('link').first()).toContainText('Kurgan-Tyube — also Qurghonteppa');
	await expect(page.getByRole('status').filter({ hasText: 'results for' })).toContainText(
		/\d+ results for “Qurghonteppa”/
	);
	// The page's own form searches again, and the URL follows.
	await page.getByRole('searchbox').fill('Stalinobod');
	await page.getByRole('searchbox').press('Enter');
	await expect(page).toHaveURL(/\/search\?q=Stalinobod$/);
	await expect(places.getByRole('link').first()).toContainText('Dushanbe — also Stalinobod');
	await places.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dushanbe');
});

test('a shared search link opens with its results', async ({ page }) => {
	await withoutLiveMap(page);
	await hydrated(page, `/search?q=${encodeURIComponent('Кӯлоб')}`);
	await expect(page.getByRole('searchbox')).toHaveValue('Кӯлоб');
	await expect(
		page.getByRole('region', { name: 'Places' }).getByRole('link').first()
	).toContainText('Kulyab — also Кӯлоб');
	await hydrated(page, '/search?q=zzqxv');
	await expect(page.getByRole('status').filter({ hasText: 'Nothing' })).toHaveText(
		'Nothing in the atlas goes by “zzqxv”.'
	);
});

test('the index loads on first use, not on page load; / focuses the box', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/search-index.json')) asked.push(r.url());
	});
	await hydrated(page, '/place/garm');
	await mapReady(page);
	expect(asked).toEqual([]);
	await page.locator('body').press('/');
	await expect(box(page)).toBeFocused();
	await expect.poll(() => asked.length).toBe(1);
	// `/` typed in a text field is text.
	await box(page).press('/');
	await expect(box(page)).toHaveValue('/');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the form submits to /search, which says how to find things', async ({ page }) => {
		await page.goto('/place/kulyab');
		await box(page).fill('Khodzhent');
		await box(page).press('Enter');
		await expect(page).toHaveURL(/\/search\?q=Khodzhent$/);
		const help = page.getByRole('region', { name: 'How to find things' });
		await expect(help).toContainText('needs JavaScript');
		await expect(help.getByRole('link', { name: 'list of places' })).toHaveAttribute(
			'href',
			'#places-heading'
		);
		await help.getByRole('link', { name: 'source text' }).click();
		await expect(page).toHaveURL(/\/source$/);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });
	test('the box spans the open menu, results are thumb-sized, a tap opens one', async ({
		page
	}) => {
		await hydrated(page, '/');
		// The box waits behind the header's Menu.
		await expect(box(page)).toBeHidden();
		await page.locator('header summary').tap();
		const b = await box(page).boundingBox();
		expect(b!.width).toBeGreaterThan(250);
		expect(b!.height).toBeGreaterThanOrEqual(44);
		await typeQuery(page, 'Khujnad');
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText('Khujand');
		const o = await first.boundingBox();
		expect(o!.height).toBeGreaterThanOrEqual(44);
		expect(o!.x).toBeGreaterThanOrEqual(0);
		expect(o!.x + o!.width).toBeLessThanOrEqual(375);
		await first.tap();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khujand');
	});
});

for (const [size, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 375, height: 667 }]
] as const) {
	test.describe(`axe at ${size} size`, () => {
		test.use({ viewport });
		test('/search with results, then the open list, have no WCAG 2.1 A/AA violations', async ({
			page
		}) => {
			test.setTimeout(journeyTimeout(2));
			await hydrated(page, '/search?q=Kulyab');
			// On a phone the live map waits for a touch: the static map is the map then.
			if (size === 'desktop') await mapReady(page);
			await expect(page.getByRole('region', { name: 'Places' })).toBeVisible();
			expect.soft(await axe(page), '/search?q=Kulyab').toEqual([]);
			// The open list, on the home page, reached by the header's link (the map stays).
			await page.getByRole('link', { name: 'Tajikistan Peace Atlas' }).click();
			await expect.poll(() => new URL(page.url()).pathname).toBe('/');
			if (size === 'phone') await page.locator('header summary').click();
			await typeQuery(page, 'Dushanbe');
			await box(page).press('ArrowDown');
			await expect(listbox(page)).toBeVisible();
			expect(await axe(page), 'the open list').toEqual([]);
		});
	});
}
