/**
 * Accessibility: axe-core with the WCAG 2.1 A and AA rules on every page, at desktop
 * size and on a phone; the tab order and focus ring; reduced motion.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, journeyTimeout, mapIdle, mapReady, test } from './fixtures';

const slugs: string[] = JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.map(
	(f: { properties: { slug: string } }) => f.properties.slug
);
/**
 * Event pages share one template: one per layer (a town, the border, a multi-year event over a
 * region, with a note and references), rather than all of them.
 */
const EVENT_PAGES = [
	'/event/unmot-1994-2000',
	'/event/osce-field-office-kulyab',
	'/event/russian-base-kulyab',
	'/event/border-clashes-2011'
];
/** Every page, audited on a phone, where the static map is the map until the reader touches it. */
const PAGES = [
	'/',
	...slugs.map((s) => `/place/${s}`),
	'/chronology',
	...EVENT_PAGES,
	'/source',
	'/about',
	'/search',
	'/story',
	'/story/the-border-in-2010',
	'/place/no-such-place',
	'/event/no-such-event'
];
/**
 * At desktop size the live map starts by itself, and each audit is made with it drawn: one page
 * of each template and each kind of place (a town, a region, a line), which share their markup
 * with the rest. A reader goes from page to page by links and the one map stays (it takes about
 * ten seconds to start in software WebGL), so most pages are audited along three journeys, each
 * page as a link leads to it; every page as it loads is audited at phone size, below. The story
 * (whose header link opens its first chapter) and the 404 pages are loaded directly.
 */
const DESKTOP_LOADED = [
	'/story',
	'/story/the-border-in-2010',
	'/place/no-such-place',
	'/event/no-such-event'
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Rules disabled, each with its reason. None so far. */
const DISABLED: Record<string, string> = {};

/** Opens a page as a reader arriving there, then audits it. */
async function audit(page: Page, path: string, size: 'desktop' | 'phone') {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	// On a wide screen the live map starts by itself; on a phone the static map is the map until
	// the reader touches it, and that is what a phone reader meets.
	if (!path.includes('/no-such-')) {
		if (size === 'desktop') await mapReady(page);
		else await expect(page.locator('.static-map img')).toHaveJSProperty('complete', true);
	}
	await analyze(page, path);
}

/** Runs axe's WCAG 2.1 A/AA rules on the page as it is now. */
async function analyze(page: Page, path: string) {
	// Legacy mode runs axe in the page itself; the default opens a blank page for every audit
	// to gather the frames' results, half of an audit's time here. The atlas has no frames.
	const results = await new AxeBuilder({ page })
		.withTags(TAGS)
		.disableRules(Object.keys(DISABLED))
		.setLegacyMode(true)
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
	);
	// Soft: a journey reports every page's violations, not only the first page's.
	expect.soft(summary, `axe on ${path}`).toEqual([]);
	// The audit really ran rules: an empty pass list would mean nothing was checked.
	expect(results.passes.length, `axe on ${path}`).toBeGreaterThan(10);
}

/** Follows a link, as a reader does (the app navigates, the live map stays), and audits. */
async function follow(page: Page, link: Locator, path: string) {
	await test.step(path, async () => {
		await link.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await analyze(page, path);
	});
}

const DESKTOP = { width: 1280, height: 800 };
const siteLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true });
const placeLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name, exact: true });
const mainLink = (page: Page, name: string) =>
	page.getByRole('main').getByRole('link', { name, exact: true });

test.describe('axe at desktop size', () => {
	test.use({ viewport: DESKTOP });
	test('the map and three kinds of place have no WCAG 2.1 A/AA violations', async ({ page }) => {
		test.setTimeout(journeyTimeout(4));
		await test.step('/', () => audit(page, '/', 'desktop'));
		await test.step('the map canvas says what it shows and how to use it', async () => {
			const canvas = page.locator('canvas.maplibregl-canvas');
			await expect(canvas).toHaveAccessibleName('Map of Tajikistan and its neighbours');
			// Its description is the map's legend in words and its keys.
			await expect(canvas).toHaveAccessibleDescription(/White dots are places/);
			await expect(canvas).toHaveAccessibleDescription(/OSCE offices: green diamonds/);
			await expect(canvas).toHaveAccessibleDescription(/arrow keys pan, plus and minus zoom/);
		});
		await follow(page, placeLink(page, 'Kulyab'), '/place/kulyab');
		await follow(page, placeLink(page, 'Tavildara'), '/place/tavildara');
		await follow(page, placeLink(page, 'Tajik-Afghan border'), '/place/afghan-border');
	});
	test('the chronology and two events have no WCAG 2.1 A/AA violations', async ({ page }) => {
		test.setTimeout(journeyTimeout(3));
		await test.step('/chronology', () => audit(page, '/chronology', 'desktop'));
		await follow(
			page,
			mainLink(page, 'Tehran ceasefire agreement signed; it does not hold'),
			'/event/ceasefire-1994'
		);
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronology');
		await follow(
			page,
			mainLink(page, 'UN Mission of Observers in Tajikistan (UNMOT)'),
			'/event/unmot-1994-2000'
		);
	});
	test('search, the source and about have no WCAG 2.1 A/AA violations', async ({ page }) => {
		test.setTimeout(journeyTimeout(3));
		await test.step('/search', () => audit(page, '/search', 'desktop'));
		await follow(page, siteLink(page, 'Source text'), '/source');
		await follow(page, siteLink(page, 'About'), '/about');
	});
	for (const path of DESKTOP_LOADED) {
		test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page, watched }) => {
			watched.allow.push(/status of 404 .*no-such-(place|event)/);
			await audit(page, path, 'desktop');
		});
	}
});

test.describe('axe at phone size', () => {
	test.use({ viewport: { width: 375, height: 667 } });
	for (const path of PAGES) {
		test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page, watched }) => {
			watched.allow.push(/status of 404 .*no-such-(place|event)/);
			await audit(page, path, 'phone');
		});
	}
});

test('every control is reachable by Tab, in order, with a visible focus ring', async ({ page }) => {
	await page.goto('/place/kulyab');
	await mapReady(page);
	const seen: string[] = [];
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			const name =
				el.getAttribute('aria-label') ??
				(el as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
				el.textContent?.trim() ??
				'';
			return { name: name.replace(/\s+/g, ' ').slice(0, 60), ring, tag: el.tagName };
		});
		if (!info) continue;
		expect(info.ring, `focus ring on ${info.tag} “${info.name}”`).toBe(true);
		seen.push(info.name);
	}
	const order = [
		'Skip to content',
		'Copy link',
		'Russian bases',
		'Afghan border',
		// An entry of the list of places (Kulyab's page links to Dushanbe earlier, among its facts).
		'Tavildara',
		'Map of Tajikistan and its neighbours',
		'Zoom in',
		'Zoom out'
	];
	const positions = order.map((name) => seen.findIndex((s) => s.startsWith(name)));
	for (const [i, name] of order.entries())
		expect(positions[i], `${name} reached`).toBeGreaterThan(-1);
	expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('choosing a place jumps the camera instead of flying', async ({ page }) => {
		await page.goto('/place/khujand');
		await mapReady(page);
		await mapIdle(page);
		await page
			.getByRole('navigation', { name: 'Places' })
			.getByRole('link', { name: 'Shaartuz' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shaartuz');
		// No animation: the camera is already there and still, at the very next frame.
		const lat = await page.evaluate(
			() => new Promise<number>((r) => requestAnimationFrame(() => r(window.__atlas!.view().lat)))
		);
		expect(lat).toBeCloseTo(37.26, 1);
	});
});
