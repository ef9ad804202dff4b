/**
 * The atlas in Russian and Tajik: the journeys a reader makes in English, made in each of the
 * other two languages, with what makes them that language's (the prefix kept on every step, the
 * page's own words, names in that language); the language switch that keeps the view; axe on
 * every page type; and no page without scripts left in English.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
	expect,
	hashView,
	journeyTimeout,
	mapIdle,
	mapReady,
	settledPoint,
	test,
	withoutLiveMap
} from './fixtures';

type Other = 'ru' | 'tg';

/** What each language calls the places these journeys visit (the gazetteer's choice per language). */
const NAMES: Record<Other, Record<string, string>> = {
	ru: { kulyab: 'Куляб', khujand: 'Худжанд', 'kurgan-tyube': 'Курган-Тюбе' },
	tg: { kulyab: 'Кӯлоб', khujand: 'Хуҷанд', 'kurgan-tyube': 'Қӯрғонтеппа' }
};

const coords = (slug: string) =>
	JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.find(
		(f: { properties: { slug: string } }) => f.properties.slug === slug
	).geometry.coordinates as [number, number];

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The page's visible text in `root`, less what is marked as English (names, titles, the source). */
async function textOutsideEnglish(page: Page, selector: string): Promise<string> {
	return page.evaluate((sel) => {
		const root = document.querySelector(sel);
		if (!root) return '';
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		let out = '';
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement!;
			if (el.closest('[lang="en"], script, style, [hidden]')) continue;
			out += ` ${n.textContent}`;
		}
		return out;
	}, selector);
}

for (const lang of ['ru', 'tg'] as const) {
	const names = NAMES[lang];
	const prefix = `/${lang}`;

	test.describe(`in ${lang}`, () => {
		test(`${lang}: click a place, layers, Back, the story and search stay in ${lang}`, async ({
			page
		}) => {
			test.setTimeout(journeyTimeout(5));
			await page.goto(`${prefix}#map=8/37.95/69.5`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await mapReady(page);

			await test.step('a click on the map opens the place in this language', async () => {
				await mapIdle(page);
				const at = await settledPoint(page, coords('kulyab'));
				await page.mouse.click(at.x, at.y);
				await expect(page).toHaveURL(new RegExp(`${prefix}/place/kulyab(\\?|#|$)`));
				await expect(heading(page)).toHaveText(names.kulyab);
				await expect
					.poll(() =>
						page.evaluate(() => window.__atlas!.featureState('places', 'kulyab').selected)
					)
					.toBe(true);
			});

			await test.step('a layer leaves and returns, announced in this language', async () => {
				const box = page.locator('input[type="checkbox"]').first();
				await expect(box).toBeChecked();
				await box.uncheck();
				await expect(page).toHaveURL(/[?&]layers=/);
				await expect(page).toHaveURL(new RegExp(`${prefix}/place/kulyab`));
				const said = await page.getByTestId('announcer').textContent();
				expect(said).toMatch(/[А-Яа-яЁёҒғӢӣҚқӮӯҲҳҶҷ]/);
				expect(said).not.toMatch(/\b(hidden|shown)\b/);
				await box.check();
				await expect(page).not.toHaveURL(/layers=/);
			});

			await test.step('another place, then Back', async () => {
				await page.locator(`#panel a[href^="${prefix}/place/khujand"]`).first().click();
				await expect(heading(page)).toHaveText(names.khujand);
				await expect(page).toHaveURL(new RegExp(`${prefix}/place/khujand`));
				await page.goBack();
				await expect(heading(page)).toHaveText(names.kulyab);
				await expect(page).toHaveURL(new RegExp(`${prefix}/place/kulyab`));
			});

			await test.step('the story opens its first chapter in this language', async () => {
				await page.locator(`a[href="${prefix}/story"]`).first().click();
				await expect(page).toHaveURL(new RegExp(`${prefix}/story/the-war-and-the-talks`));
				await expect(heading(page)).toBeVisible();
				const text = await textOutsideEnglish(page, 'main');
				expect(text).toMatch(/[А-Яа-яҒғӢӣҚқӮӯҲҳҶҷ]{4}/);
			});

			await test.step('search in this language finds the place and opens it here', async () => {
				const menu = page.locator('details.menu');
				if (!(await page.getByRole('combobox').isVisible())) await menu.locator('summary').click();
				// Typed in English, the rows still read in the page's language.
				await page.getByRole('combobox').fill('Kulyab');
				await expect(page.getByRole('option').first()).toContainText(names.kulyab);
				// English only where it is marked so (the source's passages, as received), or where it
				// is the name the reader typed ("Куляб — также Kulyab").
				const unmarked = await page
					.getByRole('option')
					.evaluateAll((rows) =>
						rows
							.filter((r) =>
								[...r.querySelectorAll('span')].some(
									(s) =>
										!s.closest('[lang="en"], .also') &&
										[...s.childNodes].some(
											(n) => n.nodeType === Node.TEXT_NODE && /Kulyab/.test(n.textContent ?? '')
										)
								)
							)
							.map((r) => r.textContent)
					);
				expect(unmarked).toEqual([]);
				await page.getByRole('combobox').fill(names.kulyab);
				await page.getByRole('option').first().click();
				await expect(page).toHaveURL(new RegExp(`${prefix}/place/kulyab`));
				await expect(heading(page)).toHaveText(names.kulyab);
			});
		});

		test(`${lang}: a shared link with layers, years and view opens the same, and the switch keeps them`, async ({
			page
		}) => {
			test.setTimeout(journeyTimeout(2));
			const state = '?layers=bases,osce&from=1999&to=2005#map=9/39.003/70.326';
			await page.goto(`${prefix}/place/garm${state}`);
			await mapReady(page);
			await mapIdle(page);
			const view = await page.evaluate(() => window.__atlas!.view());
			expect(view.zoom).toBeCloseTo(9, 5);
			expect(await page.evaluate(() => window.__atlas!.visible('clashes'))).toBe(false);
			expect(await page.evaluate(() => window.__atlas!.visible('osce'))).toBe(true);

			const other = lang === 'ru' ? 'tg' : 'ru';
			await page.locator(`nav.langs a[hreflang="${other}"]`).click();
			await expect(page).toHaveURL(
				new RegExp(
					`/${other}/place/garm\\?layers=bases,osce&from=1999&to=2005#map=9/39\\.003/70\\.326$`
				)
			);
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			await mapReady(page);
			await mapIdle(page);
			const after = await page.evaluate(() => window.__atlas!.view());
			expect(after.lat).toBeCloseTo(39.003, 3);
			expect(after.lng).toBeCloseTo(70.326, 3);
			expect(after.zoom).toBeCloseTo(9, 5);
			expect(await page.evaluate(() => window.__atlas!.visible('clashes'))).toBe(false);
			expect(hashView(page.url())?.zoom).toBe(9);

			await page.locator('nav.langs a[hreflang="en"]').click();
			await expect(page).toHaveURL(/\/place\/garm\?layers=bases,osce&from=1999&to=2005#map=/);
			await expect(page).not.toHaveURL(/\/(ru|tg)\//);
			await expect(heading(page)).toHaveText('Garm');
		});

		test(`${lang}: a place page without scripts, and on a phone`, async ({ browser, baseURL }) => {
			const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await noJs.newPage();
			await page.goto(`${prefix}/place/kurgan-tyube`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(heading(page)).toHaveText(names['kurgan-tyube']);
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new RegExp(`${prefix}/place/kurgan-tyube$`)
			);
			await expect(page.locator(`link[rel="alternate"][hreflang="en"]`)).toHaveAttribute(
				'href',
				/[^/]\/place\/kurgan-tyube$/
			);
			const text = await textOutsideEnglish(page, 'body');
			expect(text).not.toMatch(/\b(Menu|Story|Chronology|Source text|About|Layers|Places)\b/);
			await noJs.close();

			const phone = await browser.newContext({
				baseURL,
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true
			});
			const mobile = await phone.newPage();
			await withoutLiveMap(mobile);
			await mobile.goto(`${prefix}/place/kulyab`);
			await expect(heading(mobile)).toBeInViewport();
			await expect(heading(mobile)).toHaveText(names.kulyab);
			await expect(mobile.locator('details.menu summary')).not.toHaveText('Menu');
			await phone.close();
		});

		test(`${lang}: every page type passes axe`, async ({ browser, baseURL }) => {
			test.setTimeout(journeyTimeout(4));
			const context = await browser.newContext({
				baseURL,
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true
			});
			const page = await context.newPage();
			await withoutLiveMap(page);
			for (const path of [
				'',
				'/place/kulyab',
				'/place/afghan-border',
				'/event/ceasefire-1994',
				'/story/the-accord-of-1997',
				'/chronology',
				'/source',
				'/about',
				'/search',
				'/place/no-such-place'
			]) {
				await test.step(`${prefix}${path}`, async () => {
					await page.goto(`${prefix}${path}`);
					await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
					await expect(heading(page)).toBeVisible();
					await expect(page.locator('html')).toHaveAttribute('lang', lang);
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
						.setLegacyMode(true)
						.analyze();
					const summary = results.violations.map(
						(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
					);
					expect.soft(summary, `axe on ${prefix}${path}`).toEqual([]);
					expect(results.passes.length).toBeGreaterThan(10);
				});
			}
			await context.close();
		});
	});
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
}

/**
 * Latin words a Russian or Tajik page may show outside an element marked English: those the
 * translators kept in that language's content (spellings the text is about, names of datasets and
 * publishers with no Cyrillic form). The interface has none of its own.
 */
function keptLatin(lang: Other): Set<string> {
	// Names of keys and of the technology a message asks for, written as on the keyboard.
	const words = new Set<string>(['Tab', 'Enter', 'JavaScript', 'WebGL']);
	// A place with no name in the language shows its English one, marked so where it is a link.
	for (const f of JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features) {
		if (!f.properties.label?.[lang])
			for (const w of f.properties.name.match(/\p{Script=Latin}{3,}/gu) ?? []) words.add(w);
	}
	for (const file of filesUnder(`src/lib/content/i18n/${lang}`)) {
		if (!/\.(md|json)$/.test(file)) continue;
		for (const w of readFileSync(file, 'utf8').match(/\p{Script=Latin}{3,}/gu) ?? []) words.add(w);
	}
	return words;
}

test.describe('no English left untranslated', () => {
	for (const lang of ['ru', 'tg'] as const) {
		test(`${lang}: every prerendered page's text and labels are in ${lang}`, async ({
			browser,
			baseURL
		}) => {
			test.setTimeout(240_000);
			// Each page once: not the pages of another name of a place, which only redirect.
			const pages = [`build-test/${lang}.html`, ...filesUnder(`build-test/${lang}`)]
				.filter((f) => f.endsWith('.html'))
				.filter((f) => !readFileSync(f, 'utf8').includes('http-equiv="refresh"'))
				.map((f) => f.slice('build-test'.length).replace(/\.html$/, ''));
			expect(pages.length).toBeGreaterThan(60);
			const allowed = keptLatin(lang);
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await context.newPage();
			const leftovers: string[] = [];
			for (const path of pages) {
				await page.goto(path);
				const words: string[] = await page.evaluate(() => {
					// Text in another language is marked so by its element (a name in its own script,
					// a reference's title, the source); a reference's link carries its title, in English.
					const own = document.documentElement.lang;
					const english = (el: Element | null) =>
						!!el?.closest('script, style, svg, code, a[href*="#ref-"]') ||
						(el?.closest('[lang]')?.getAttribute('lang') ?? own) !== own;
					const out: string[] = [];
					const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						if (!english(n.parentElement)) out.push(n.textContent ?? '');
					}
					for (const el of document.querySelectorAll(
						'[aria-label], [title], [alt], [placeholder]'
					)) {
						if (english(el)) continue;
						for (const a of ['aria-label', 'title', 'alt', 'placeholder'])
							out.push(el.getAttribute(a) ?? '');
					}
					for (const meta of document.querySelectorAll(
						'meta[name="description"], meta[property^="og:"]'
					)) {
						const p = meta.getAttribute('property') ?? '';
						if (/og:(url|image$|type|locale)/.test(p)) continue;
						out.push(meta.getAttribute('content') ?? '');
					}
					return (
						out
							.join(' ')
							.replace(/\[[^\]]*\]/g, ' ')
							.match(/\p{Script=Latin}{3,}/gu) ?? []
					);
				});
				const stray = [...new Set(words.filter((w) => !allowed.has(w)))];
				if (stray.length) leftovers.push(`${path}: ${stray.join(', ')}`);
			}
			await context.close();
			expect(leftovers).toEqual([]);
		});
	}
});
