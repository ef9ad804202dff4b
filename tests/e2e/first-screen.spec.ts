/**
 * The first screen on a phone: a shared link to a place, an event or a chapter opens with the
 * page's heading and the first line of its text in view, under the map and uncovered by it or by
 * anything else; the header is one row, its links and search behind one Menu that works by
 * touch, keyboard and screen reader, and without scripts; the timeline opens on demand and its
 * controls fit the narrowest phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, withoutLiveMap } from './fixtures';

const PHONE = { width: 375, height: 667 };
const SMALL_PHONE = { width: 320, height: 568 };

/** The header is one row: Menu's 44 px and a little padding, not two rows of anything. */
const ONE_ROW = 56;

async function hydrated(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/**
 * Where a line of the page stands: the heading's box, or the first line box of a paragraph, and
 * whether the element the browser finds at its middle is that element (or inside it), i.e. not
 * covered by the map, the timeline, the header or its menu.
 */
async function firstLine(target: Locator, lineOnly: boolean) {
	return target.evaluate(async (el, lineOnly) => {
		// What the reader sees is the next frame's: the sheet's sections are laid out with
		// `content-visibility: auto`, rendered once a frame finds them near the screen.
		for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
		const range = document.createRange();
		range.selectNodeContents(el);
		const box = lineOnly ? range.getClientRects()[0] : el.getBoundingClientRect();
		const x = box.left + Math.min(box.width / 2, 40);
		const y = box.top + box.height / 2;
		const hit = document.elementFromPoint(x, y);
		return {
			top: box.top,
			bottom: box.bottom,
			uncovered: hit !== null && el.contains(hit)
		};
	}, lineOnly);
}

/** The page's subject and its text are in the first screen, below the map, uncovered. */
async function expectSubjectFirst(page: Page, heading: Locator, text: Locator): Promise<void> {
	const height = page.viewportSize()!.height;
	const map = (await page.locator('.map-area').boundingBox())!;
	for (const [what, line] of [
		['heading', await firstLine(heading, false)],
		['first line of the text', await firstLine(text, true)]
	] as const) {
		expect(line.top, `${what} below the map`).toBeGreaterThanOrEqual(map.y + map.height - 1);
		expect(line.bottom, `${what} within the first screen`).toBeLessThanOrEqual(height);
		expect(line.uncovered, `${what} uncovered`).toBe(true);
	}
	// The map is still most of the rest: a good part of the screen, not a strip.
	expect(map.height).toBeGreaterThanOrEqual(0.4 * height);
	const header = (await page.locator('header').boundingBox())!;
	expect(header.height).toBeLessThanOrEqual(ONE_ROW);
}

test.describe('a phone’s first screen', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

	test('a place, an event and a chapter open with their heading and text in view', async ({
		page
	}) => {
		await withoutLiveMap(page);
		await test.step('a place with many names: its name and summary first', async () => {
			await hydrated(page, '/place/garm');
			const main = page.getByRole('main');
			await expectSubjectFirst(
				page,
				main.getByRole('heading', { level: 1 }),
				main.locator('.summary')
			);
		});
		await test.step('an event with a long title: its title and its story’s first line', async () => {
			await hydrated(page, '/event/unmot-1994-2000');
			const main = page.getByRole('main');
			await expectSubjectFirst(
				page,
				main.getByRole('heading', { level: 1 }),
				main.getByRole('region', { name: 'What happened' }).locator('p').first()
			);
		});
		await test.step('a chapter: its title and its summary', async () => {
			await hydrated(page, '/story/the-accord-of-1997');
			const chapter = page.locator('article.chapter.shown');
			await expectSubjectFirst(
				page,
				chapter.getByRole('heading', { level: 2 }),
				chapter.locator('.summary')
			);
		});
	});

	test('Menu holds the links and the search box, by keyboard; Escape closes it', async ({
		page
	}) => {
		await withoutLiveMap(page);
		await hydrated(page, '/place/kulyab');
		const menu = page.locator('header summary');
		const search = page.getByRole('combobox', { name: /Search places, events/ });
		const links = page.getByRole('navigation', { name: 'Site' }).getByRole('link');
		await expect(menu).toHaveText('Menu');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(search).toBeHidden();
		await expect(links.first()).toBeHidden();

		// The skip link, then the atlas's name, then Menu.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(menu).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(links).toHaveText(['Story', 'Chronology', 'Source text', 'About', 'Data']);
		for (const el of [search, ...(await links.all())]) {
			await expect(el).toBeInViewport();
			const box = (await el.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		expect(await axe(page), 'the open menu').toEqual([]);

		// Tab reaches the links and the box; typing searches; Escape clears the box, then closes
		// the menu and gives focus back to Menu.
		await page.keyboard.press('Tab');
		await expect(links.first()).toBeFocused();
		await search.focus();
		await search.pressSequentially('Garm');
		await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(search).toHaveValue('');
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(menu).toBeFocused();
		await expect(search).toBeHidden();

		// A tap on a link goes there and the menu closes; `/` opens it at the box.
		await menu.tap();
		await links.filter({ hasText: 'Chronology' }).tap();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronology');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('/');
		await expect(search).toBeFocused();
		await expect(search).toBeInViewport();
		expect(await axe(page), 'the closed menu').toEqual([]);
	});

	test('the timeline opens on demand; its controls fit without wrapping or cutting', async ({
		page
	}) => {
		await withoutLiveMap(page);
		for (const viewport of [PHONE, SMALL_PHONE]) {
			await page.setViewportSize(viewport);
			await hydrated(page, '/place/kulyab?from=1997&to=1999');
			const toggle = page.getByRole('button', { name: 'Timeline' });
			const timeline = page.getByTestId('timeline');
			await expect(timeline).toHaveCount(0);
			await toggle.click();
			await expect(toggle).toHaveAttribute('aria-expanded', 'true');
			await expect(timeline).toBeVisible();
			const right = viewport.width;
			for (const control of [
				timeline.getByRole('button', { name: 'Play' }),
				timeline.getByRole('button', { name: 'Whole story' }),
				timeline.getByTestId('range-summary')
			]) {
				const fit = await control.evaluate((el) => {
					const box = el.getBoundingClientRect();
					const line = parseFloat(getComputedStyle(el).lineHeight);
					const range = document.createRange();
					range.selectNodeContents(el);
					return {
						lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
						cut: el.scrollWidth > el.clientWidth + 1,
						right: box.right,
						line
					};
				});
				expect(fit.lines, `${await control.textContent()} on one line`).toBe(1);
				expect(fit.cut, `${await control.textContent()} not cut`).toBe(false);
				expect(fit.right).toBeLessThanOrEqual(right);
			}
			// The whole story's words are the longest.
			await timeline.getByRole('button', { name: 'Whole story' }).click();
			const summary = timeline.getByTestId('range-summary');
			await expect(summary).toHaveText(/^The whole story: \d+ events$/);
			expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
			await toggle.click();
			await expect(timeline).toBeHidden();
		}
	});

	test('without scripts: Menu opens by itself, the timeline is the chronology', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({
			baseURL,
			viewport: PHONE,
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/place/garm');
		const header = (await page.locator('header').boundingBox())!;
		expect(header.height).toBeLessThanOrEqual(ONE_ROW);
		await page.locator('header summary').click();
		await expect(page.getByRole('combobox', { name: /Search places, events/ })).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'About' })
			.click();
		await expect(page).toHaveURL(/\/about$/);
		await page.locator('.sheet-top').getByRole('link', { name: 'Chronology' }).click();
		await expect(page).toHaveURL(/\/chronology$/);
		await context.close();
	});
});

test('a wide screen keeps its header: the links and the search box in one row, no Menu', async ({
	page
}) => {
	await withoutLiveMap(page);
	await page.setViewportSize({ width: 1366, height: 800 });
	await hydrated(page, '/place/garm');
	await expect(page.locator('header summary')).toBeHidden();
	const links = page.getByRole('navigation', { name: 'Site' }).getByRole('link');
	await expect(links).toHaveText(['Story', 'Chronology', 'Source text', 'About', 'Data']);
	const search = page.getByRole('combobox', { name: /Search places, events/ });
	await expect(search).toBeVisible();
	const header = (await page.locator('header').boundingBox())!;
	expect(header.height).toBeLessThanOrEqual(ONE_ROW);
	for (const el of [search, ...(await links.all())]) {
		const box = (await el.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(header.y);
		expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
	}
	// The sheet's controls are a phone's.
	await expect(page.getByRole('button', { name: 'Timeline' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Raise the panel' })).toBeHidden();
});

async function axe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.setLegacyMode(true)
		.analyze();
	expect(results.passes.length).toBeGreaterThan(10);
	return results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
	);
}
