/**
 * The story's journeys: scrolling through the chapters beside the map, opening a
 * chapter's link, the phone's one chapter at a time, the keyboard alone, and no JavaScript at all.
 * The expected view, layers, years and highlighted places and events come from `chapters.json`
 * and the gazetteer, not from the page; the map is read through its probe (window.__atlas),
 * never pixels.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, mapIdle, mapReady, test, withoutLiveMap } from './fixtures';
import { realAtlasInput } from '../fixtures/real-atlas';
import { loadAtlas } from '../../src/lib/content/atlas';
import { framePlaces, type Camera } from '../../src/lib/geo/camera';
import { eventSummaries, placeSummaries } from '../../src/lib/geo/summary';
import { LAYER_IDS } from '../../src/lib/geo/layers';

interface ChapterDef {
	id: string;
	title: string;
	frame: { places: string[] } | { center: [number, number]; zoom: number };
	layers: string[];
	range: { from: number; to: number };
	places: string[];
	events: string[];
}
const chapters: ChapterDef[] = JSON.parse(readFileSync('src/lib/content/chapters.json', 'utf8'));
const atlas = loadAtlas(realAtlasInput());
const summaries = placeSummaries(atlas);
const placeOf = (slug: string) => summaries.find((p) => p.slug === slug)!;
/** Every id the map's sources hold, from the atlas: the places, the region areas, the events. */
const IDS = {
	places: summaries.map((p) => p.slug),
	areas: summaries.filter((p) => p.precision === 'region').map((p) => p.slug),
	events: eventSummaries(atlas).map((e) => e.id)
};

/** The camera a chapter asks for, worked out here from its definition. */
function cameraOf(c: ChapterDef): Camera {
	return 'places' in c.frame
		? framePlaces(c.frame.places.map(placeOf))
		: { center: c.frame.center, zoom: c.frame.zoom };
}

/** The URL of a chapter as the story writes it: its path with its layers and years. */
function chapterUrl(c: ChapterDef): RegExp {
	const layers = LAYER_IDS.filter((l) => c.layers.includes(l)).join(',');
	const query = `\\?layers=${layers}&from=${c.range.from}&to=${c.range.to}`;
	return new RegExp(`/story/${c.id}${query}(#|$)`);
}

/** The places, region areas and events whose feature state on the live map is `featured`. */
async function featuredOnMap(page: Page): Promise<typeof IDS> {
	return page.evaluate((ids) => {
		const on = (source: string, list: string[]) =>
			list.filter((id) => window.__atlas!.featureState(source, id).featured === true).sort();
		return {
			places: on('places', ids.places),
			areas: on('place-areas', ids.areas),
			events: on('events', ids.events)
		};
	}, IDS);
}

/**
 * The map marks exactly the chapter's places (their dots or areas) and events as featured; with
 * no chapter (the story left), nothing.
 */
async function expectFeatured(page: Page, c: ChapterDef | null): Promise<void> {
	const places = c ? [...c.places].sort() : [];
	await expect
		.poll(() => featuredOnMap(page), {
			message: `featured on the map: ${c ? `${c.id}'s places and events` : 'nothing'}`,
			timeout: 15_000
		})
		.toEqual({
			places,
			areas: places.filter((slug) => IDS.areas.includes(slug)),
			events: c ? [...c.events].sort() : []
		});
}

const article = (page: Page, c: ChapterDef) => page.locator(`article[data-chapter="${c.id}"]`);
const chapterHeading = (page: Page, c: ChapterDef) =>
	page.getByRole('heading', { level: 2, name: c.title, exact: true });

/** The live map shows the chapter: its camera, its layers and no others, every framed place. */
async function expectMapAt(page: Page, c: ChapterDef, zoomOffset = 0): Promise<void> {
	const camera = cameraOf(c);
	await expect
		.poll(
			async () => {
				const v = await page.evaluate(() => window.__atlas!.view());
				return (
					Math.abs(v.lng - camera.center[0]) < 0.05 &&
					Math.abs(v.lat - camera.center[1]) < 0.05 &&
					Math.abs(v.zoom - (camera.zoom + zoomOffset)) < 0.05
				);
			},
			{ message: `the map at ${c.id}'s camera`, timeout: 30_000 }
		)
		.toBe(true);
	await mapIdle(page);
	for (const layer of LAYER_IDS) {
		const visible = await page.evaluate((id) => window.__atlas!.visible(id), layer);
		expect(visible, `${c.id}: layer ${layer}`).toBe(c.layers.includes(layer));
	}
	if ('places' in c.frame) {
		const box = (await page.getByTestId('map').boundingBox())!;
		for (const slug of c.frame.places) {
			const p = placeOf(slug);
			const at = await page.evaluate(([x, y]) => window.__atlas!.project(x, y), [p.lng, p.lat]);
			expect(at.x, `${slug} in view`).toBeGreaterThanOrEqual(0);
			expect(at.x, `${slug} in view`).toBeLessThanOrEqual(box.width);
			expect(at.y, `${slug} in view`).toBeGreaterThanOrEqual(0);
			expect(at.y, `${slug} in view`).toBeLessThanOrEqual(box.height);
		}
	}
}

test.describe('wide screen', () => {
	test('every chapter opens with the window still: only the panel scrolls, the header stays', async ({
		page
	}) => {
		// The layout alone is in question: no live map to wait for.
		await withoutLiveMap(page);
		await page.setViewportSize({ width: 1366, height: 800 });
		const windowAt = () => page.evaluate(() => window.scrollY);
		for (const c of chapters) {
			await page.goto(`/story/${c.id}`);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await page.waitForTimeout(500);
			expect(await windowAt(), `${c.id}: the window's scroll`).toBe(0);
			expect((await page.locator('header').boundingBox())!.y).toBe(0);
			// The panel has brought the chapter's heading to its top.
			const panel = (await page.locator('#panel').boundingBox())!;
			const heading = (await chapterHeading(page, c).boundingBox())!;
			expect(heading.y, `${c.id}: heading at the panel's top`).toBeGreaterThanOrEqual(panel.y);
			expect(heading.y, `${c.id}: heading at the panel's top`).toBeLessThan(panel.y + 100);
		}
		// Nothing makes the document taller than the window, so nothing can scroll it later either.
		expect(
			await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)
		).toBe(true);
		// The reader's Previous scrolls the panel (smoothly) and still not the window.
		await article(page, chapters.at(-1)!)
			.getByRole('link', { name: /^← Previous/ })
			.click();
		await expect(chapterHeading(page, chapters.at(-2)!)).toBeFocused();
		await page.waitForTimeout(2500);
		expect(await windowAt()).toBe(0);
	});

	test('scrolling through every chapter moves the map, the layers and the years, in one history entry', async ({
		page
	}) => {
		// Nine flights drawn in software WebGL, on a machine others share.
		test.setTimeout(240_000);
		await page.goto('/story');
		await mapReady(page);
		const length = await page.evaluate(() => history.length);
		for (const [i, c] of chapters.entries()) {
			// The reader scrolls the panel until the chapter's heading reaches its top.
			await article(page, c).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expect(page).toHaveURL(chapterUrl(c));
			await expect(page.getByTestId('announcer')).toHaveText(
				`Chapter ${i + 1} of ${chapters.length}: ${c.title}`
			);
			await expectMapAt(page, c);
			await expectFeatured(page, c);
		}
		expect(await page.evaluate(() => history.length)).toBe(length);
		expect(await page.evaluate(() => window.__atlas!.instances())).toBe(1);
	});

	test('the header’s Story link opens the first chapter, focus on its heading, one map', async ({
		page
	}) => {
		await page.goto('/place/kulyab');
		await mapReady(page);
		// Opened outside the story, the map's style has no story marks; the first chapter adds them.
		const marks = () =>
			page.evaluate(() => window.__atlas!.rendered(['place-featured-points', 'events-featured']));
		expect(await marks()).toBe(0);
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'Story' })
			.click();
		await expect(page).toHaveURL(chapterUrl(chapters[0]));
		await expect(chapterHeading(page, chapters[0])).toBeFocused();
		await expectMapAt(page, chapters[0]);
		await expectFeatured(page, chapters[0]);
		await expect.poll(marks).toBeGreaterThan(0);
		// Leaving the story for a place of the chapter keeps its layers and years, not its marks.
		const place = chapters[0].places[0];
		await article(page, chapters[0])
			.getByRole('link', { name: placeOf(place).name, exact: true })
			.click();
		await expect(page).toHaveURL(
			new RegExp(
				`/place/${place}\\?layers=.*&from=${chapters[0].range.from}&to=${chapters[0].range.to}`
			)
		);
		await expectFeatured(page, null);
		expect(await page.evaluate(() => window.__atlas!.instances())).toBe(1);
	});

	test('a chapter’s URL opens the story scrolled to it, with the map set', async ({ page }) => {
		const c = chapters[5];
		await page.goto(`/story/${c.id}`);
		await expect(chapterHeading(page, c)).toBeInViewport();
		// Every chapter is there to scroll to, before and after.
		await expect(chapterHeading(page, chapters[0])).toBeAttached();
		await expect(chapterHeading(page, chapters[0])).not.toBeInViewport();
		await expect(page).toHaveURL(chapterUrl(c));
		await mapReady(page);
		await expectMapAt(page, c);
		await expectFeatured(page, c);
	});

	test('“Explore from here” opens the explorer with the chapter’s layers, years and view', async ({
		page
	}) => {
		const c = chapters[4];
		await page.goto(`/story/${c.id}`);
		await mapReady(page);
		await expectFeatured(page, c);
		await article(page, c).getByRole('link', { name: 'Explore from here' }).click();
		await expect(page).toHaveURL(/\/\?layers=/);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/');
		expect(url.searchParams.get('layers')!.split(',').sort()).toEqual([...c.layers].sort());
		expect(url.searchParams.get('from')).toBe(String(c.range.from));
		expect(url.searchParams.get('to')).toBe(String(c.range.to));
		await expectMapAt(page, c);
		// The explorer is not the story: the chapter's marks are gone.
		await expectFeatured(page, null);
	});

	test('keyboard only: arrows and the Next link move between chapters, focus on the heading', async ({
		page
	}) => {
		await page.goto('/story');
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		// Tab into the page: the skip link, then on to the first chapter's links.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowRight');
		await expect(chapterHeading(page, chapters[1])).toBeFocused();
		await expect(page).toHaveURL(chapterUrl(chapters[1]));
		await expect(page.getByTestId('announcer')).toHaveText(
			`Chapter 2 of ${chapters.length}: ${chapters[1].title}`
		);
		// Tab from the heading reaches the chapter's Next link; Enter follows it in the page.
		const next = article(page, chapters[1]).getByRole('link', { name: /^Next/ });
		for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(chapterHeading(page, chapters[2])).toBeFocused();
		await expect(page).toHaveURL(chapterUrl(chapters[2]));
		await page.keyboard.press('ArrowLeft');
		await expect(chapterHeading(page, chapters[1])).toBeFocused();
		// Arrows typed in the search box stay there.
		await page.getByRole('combobox').focus();
		await page.keyboard.type('du');
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(chapterUrl(chapters[1]));
	});
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('one chapter at a time, Next, Previous and a swipe, the map following', async ({ page }) => {
		// The test build can force the live map to start at once (phones wait for a first touch).
		await page.goto('/story?map-start=now');
		await mapReady(page);
		await expect(article(page, chapters[0])).toBeVisible();
		await expect(article(page, chapters[1])).toBeHidden();
		await expect(page.getByTestId('map')).toBeInViewport();
		await expectMapAt(page, chapters[0], -1);
		await expectFeatured(page, chapters[0]);

		await article(page, chapters[0]).getByRole('link', { name: /^Next/ }).click();
		await expect(article(page, chapters[1])).toBeVisible();
		await expect(article(page, chapters[0])).toBeHidden();
		await expect(chapterHeading(page, chapters[1])).toBeFocused();
		await expect(page).toHaveURL(chapterUrl(chapters[1]));
		await expectMapAt(page, chapters[1], -1);
		await expectFeatured(page, chapters[1]);

		// A swipe to the left: the next chapter.
		await swipe(page, article(page, chapters[1]), -150);
		await expect(article(page, chapters[2])).toBeVisible();
		await expect(page).toHaveURL(chapterUrl(chapters[2]));
		await expectMapAt(page, chapters[2], -1);
		await expectFeatured(page, chapters[2]);
		// To the right: back.
		await swipe(page, article(page, chapters[2]), 150);
		await expect(article(page, chapters[1])).toBeVisible();

		await article(page, chapters[1])
			.getByRole('link', { name: /^← Previous/ })
			.click();
		await expect(article(page, chapters[0])).toBeVisible();
		await expect(page).toHaveURL(chapterUrl(chapters[0]));
		await expect(page.getByTestId('map')).toBeInViewport();
		expect(await page.evaluate(() => window.__atlas!.instances())).toBe(1);
	});
});

/** A one-finger horizontal swipe over an element. */
async function swipe(page: Page, target: ReturnType<Page['locator']>, dx: number): Promise<void> {
	const box = (await target.boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 60);
	await target.evaluate(
		(el, [x, y, dx]) => {
			const touch = (cx: number) =>
				new Touch({ identifier: 1, target: el, clientX: cx, clientY: y });
			el.dispatchEvent(
				new TouchEvent('touchstart', {
					touches: [touch(x)],
					changedTouches: [touch(x)],
					bubbles: true
				})
			);
			el.dispatchEvent(
				new TouchEvent('touchend', { touches: [], changedTouches: [touch(x + dx)], bubbles: true })
			);
		},
		[x, y, dx]
	);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each chapter is a page: its text, its static map, previous and next links', async ({
		page
	}) => {
		const [prev, c, next] = chapters.slice(1, 4);
		await page.goto(`/story/${c.id}`);
		await expect(chapterHeading(page, c)).toBeVisible();
		await expect(article(page, c).locator('a[href*="source#p"]').first()).toBeVisible();
		await expect(article(page, prev)).toBeHidden();
		await expect(article(page, next)).toBeHidden();
		await expect(page.locator('.static-map img')).toHaveAttribute('src', `/maps/story-${c.id}.svg`);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
			'content',
			new RegExp(c.title)
		);
		const nav = article(page, c).getByRole('navigation');
		await expect(nav.getByRole('link', { name: /Previous/ })).toHaveAttribute(
			'href',
			new RegExp(`/story/${prev.id}$`)
		);
		await nav.getByRole('link', { name: /^Next/ }).click();
		await expect(page).toHaveURL(new RegExp(`/story/${next.id}$`));
		await expect(chapterHeading(page, next)).toBeVisible();
		// The first page of the story opens at the first chapter and has no Previous.
		await page.goto('/story');
		await expect(chapterHeading(page, chapters[0])).toBeVisible();
		await expect(article(page, chapters[0]).getByRole('link', { name: /Previous/ })).toHaveCount(0);
	});
});
