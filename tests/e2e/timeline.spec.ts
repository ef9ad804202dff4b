/**
 * Time: the timeline's sliders, Play, the range in the URL, and what follows it (the
 * map's rendered markers, the layer counts, a place's events), asserted through roles, the URL
 * and the map's probe (window.__atlas).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, mapIdle, mapReady, test } from './fixtures';

// Software WebGL on a shared machine: a map's first render can take most of a minute.
test.describe.configure({ timeout: 120_000 });

/** The ids of the event markers the map draws. */
const rendered = (page: Page) => page.evaluate(() => window.__atlas!.renderedEvents());
const first = (page: Page) => page.getByRole('slider', { name: 'First year shown' });
const last = (page: Page) => page.getByRole('slider', { name: 'Last year shown' });
const announcer = (page: Page) => page.getByTestId('announcer');
const summary = (page: Page) => page.getByTestId('range-summary').locator('visible=true');

const coords = (slug: string) =>
	JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.find(
		(f: { properties: { slug: string } }) => f.properties.slug === slug
	).geometry.coordinates as [number, number];

/** Sets the range to 1997 from the keyboard alone. */
async function keyTo1997(page: Page) {
	await first(page).focus();
	await page.keyboard.press('PageUp'); // 1999
	await page.keyboard.press('ArrowLeft'); // 1998
	await page.keyboard.press('ArrowLeft'); // 1997
	await page.keyboard.press('Tab');
	await expect(last(page)).toBeFocused();
	await page.keyboard.press('End');
	for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown'); // 1997
}

test('the sliders, from the keyboard, filter the map, the counts and the URL', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await mapIdle(page);
	const all = await rendered(page);
	expect(all).toContain('russian-base-dushanbe');
	await expect(summary(page)).toHaveText('The whole story: 33 events');
	await expect(first(page)).toHaveAttribute('aria-valuetext', '1994');
	await expect(last(page)).toHaveAttribute('aria-valuetext', '2017');

	await keyTo1997(page);
	await expect(first(page)).toHaveAttribute('aria-valuenow', '1997');
	await expect(last(page)).toHaveAttribute('aria-valuenow', '1997');
	await expect(page).toHaveURL(/\?from=1997&to=1997/);
	await expect(summary(page)).toHaveText('1997: 6 events');
	await expect(announcer(page)).toHaveText('1997: 6 events');
	await expect(page.getByTestId('count-bases')).toHaveText('0/5');
	await expect(page.getByTestId('count-peace')).toHaveText('3/12');
	await expect(page.getByTestId('count-osce')).toHaveText('3/12');
	// The map draws only the events of 1997.
	await expect
		.poll(async () => {
			const ids = await rendered(page);
			return ids.includes('osce-peace-accord-guarantor') && !ids.includes('russian-base-dushanbe');
		})
		.toBe(true);
	expect((await rendered(page)).length).toBeLessThan(all.length);

	// A reload keeps the range.
	await page.reload();
	await mapReady(page);
	await expect(first(page)).toHaveAttribute('aria-valuenow', '1997');
	await expect(page.getByTestId('count-bases')).toHaveText('0/5');
	await expect
		.poll(async () => (await rendered(page)).includes('russian-base-dushanbe'))
		.toBe(false);
	await expect.poll(async () => (await rendered(page)).length).toBeGreaterThan(0);

	// Whole story brings everything back.
	await page.getByRole('button', { name: 'Whole story' }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect(page.getByTestId('count-bases')).toHaveText('5');
	await expect.poll(async () => (await rendered(page)).length).toBe(all.length);
});

test('dragging a handle changes the range and the map', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await mapIdle(page);
	const before = (await rendered(page)).length;
	const handle = (await last(page).boundingBox())!;
	const track = (await page.locator('.timeline-strip .track').boundingBox())!;
	await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
	await page.mouse.down();
	// Drag to the middle of the track, in steps, as a hand would (the middle is 2006).
	const to = track.x + track.width * 0.5;
	await page.mouse.move(to, handle.y + handle.height / 2, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/\?from=1994&to=200[45]/);
	const year = Number(await last(page).getAttribute('aria-valuenow'));
	await expect(announcer(page)).toHaveText(/^1994–200[45]: \d+ events$/);
	await expect(summary(page)).toHaveText(new RegExp(`^1994–${year}: \\d+ events$`));
	await expect.poll(async () => (await rendered(page)).length).toBeLessThan(before);
	expect(await rendered(page)).not.toContain('russian-base-lease-2012');
});

test('a shared link restores the place, the layers, the range and the view', async ({ page }) => {
	await page.goto('/place/kulyab?layers=osce,peace&from=1997&to=1999#map=7/38.2/69.6');
	await mapReady(page);
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulyab');
	await expect(page.getByRole('checkbox', { name: 'OSCE offices' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Russian bases' })).not.toBeChecked();
	await expect(first(page)).toHaveAttribute('aria-valuenow', '1997');
	await expect(last(page)).toHaveAttribute('aria-valuenow', '1999');
	const view = await page.evaluate(() => window.__atlas!.view());
	expect(view.zoom).toBeCloseTo(7, 1);
	// Both of Kulyab's events (2003 on, 2004 on) fall outside 1997–1999.
	const note = page.getByTestId('hidden-by-range');
	await expect(note).toContainText('2 events here fall outside 1997–1999');
	const ids = await rendered(page);
	expect(ids).not.toContain('osce-field-office-kulyab');
	expect(ids).toContain('osce-field-office-kurgan-tyube');
	await note.getByRole('button', { name: 'Show the whole story' }).click();
	await expect(note).toHaveCount(0);
	await expect(page.getByText('27 February 2003').first()).toBeVisible();
	await expect(page).toHaveURL(/\/place\/kulyab\?layers=osce,peace#map=/);
	await expect
		.poll(async () => (await rendered(page)).includes('osce-field-office-kulyab'))
		.toBe(true);
	// Links to places keep the layers and the years.
	await first(page).focus();
	await page.keyboard.press('PageUp');
	await expect(page.getByRole('link', { name: 'Garm' }).first()).toHaveAttribute(
		'href',
		/\/place\/garm\?layers=osce%2Cpeace&from=1999&to=2017|\/place\/garm\?layers=osce,peace&from=1999&to=2017/
	);
});

test('Play steps through the years, announced, and Pause stops it', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(announcer(page)).toHaveText('1994: 4 events');
	await expect(page).toHaveURL(/\?from=1994&to=1994/);
	await expect(announcer(page)).toHaveText('1995: 4 events', { timeout: 5000 });
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(announcer(page)).toHaveText(/^Paused at (1995|1996): \d+ events$/);
	const paused = await first(page).getAttribute('aria-valuenow');
	// Stopped: two steps' time later it has not moved.
	await page.waitForTimeout(3200);
	await expect(first(page)).toHaveAttribute('aria-valuenow', paused!);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a mark and its marker light each other', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await mapIdle(page);
	// Focusing a mark (one tab stop, arrow keys between marks) rings its marker.
	const marks = page.locator('.timeline-strip [data-event]');
	await marks.first().focus();
	await expect(marks.first()).toHaveAttribute('data-event', 'osce-mission-dushanbe');
	await page.keyboard.press('ArrowRight');
	const second = await marks.nth(1).getAttribute('data-event');
	await expect(marks.nth(1)).toBeFocused();
	await expect
		.poll(() => page.evaluate((id) => window.__atlas!.featureState('events', id!).hover, second))
		.toBe(true);
	// Enter shows the event's years.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?from=1994&to=1994/);
	await page.getByRole('button', { name: 'Whole story' }).click();
	await mapIdle(page);

	// The pointer on Khujand's only marker (OSCE: offset 14,-14 at icon size) rings its mark.
	const [lng, lat] = coords('khujand');
	const at = await page.evaluate(([x, y]) => window.__atlas!.project(x, y), [lng, lat]);
	const zoom = (await page.evaluate(() => window.__atlas!.view())).zoom;
	const size = 0.7 + (0.3 * Math.min(Math.max(zoom - 3, 0), 5)) / 5;
	const box = (await page.getByTestId('map').boundingBox())!;
	const mark = page.locator('.timeline-strip [data-event="osce-field-office-khujand"]');
	// The marker's centre, give or take the icon's rounding: a few nearby points.
	await expect
		.poll(async () => {
			for (const [dx, dy] of [
				[0, 0],
				[2, 2],
				[-2, -2],
				[2, -2],
				[-2, 2]
			]) {
				await page.mouse.move(box.x + at.x + 14 * size + dx, box.y + at.y - 14 * size + dy);
				if (/\bhovered\b/.test((await mark.getAttribute('class')) ?? '')) return true;
			}
			return false;
		})
		.toBe(true);
});

test('a malformed range falls back to the whole story', async ({ page }) => {
	await page.goto('/?from=19x7&to=1997');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(first(page)).toHaveAttribute('aria-valuenow', '1994');
	await expect(last(page)).toHaveAttribute('aria-valuenow', '2017');
	await expect(summary(page)).toHaveText('The whole story: 33 events');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the timeline opens atop the sheet, its handles are thumb-sized, the map stays usable', async ({
		page
	}) => {
		await page.goto('/?map-start=now&from=2000&to=2004');
		await mapReady(page);
		const timeline = page.locator('#panel').getByTestId('timeline');
		// It waits for the reader to ask: the page's text comes first.
		await expect(timeline).toHaveCount(0);
		await page.getByRole('button', { name: 'Timeline' }).tap();
		await expect(timeline).toBeVisible();
		// One timeline on the page: the phone builds no hidden copy for wide screens.
		await expect(page.getByTestId('timeline')).toHaveCount(1);
		for (const handle of [first(page), last(page)]) {
			const b = (await handle.boundingBox())!;
			expect(b.width).toBeGreaterThanOrEqual(44);
			expect(b.height).toBeGreaterThanOrEqual(44);
		}
		const map = (await page.getByTestId('map').boundingBox())!;
		expect(map.height).toBeGreaterThanOrEqual(300);
		await expect(first(page)).toHaveAttribute('aria-valuenow', '2000');
		// A thumb drags the first handle back to the start.
		const b = (await first(page).boundingBox())!;
		const track = (await timeline.locator('.track').boundingBox())!;
		await first(page).dispatchEvent('pointerdown', {
			pointerId: 1,
			clientX: b.x + b.width / 2,
			clientY: b.y + b.height / 2,
			isPrimary: true
		});
		await first(page).dispatchEvent('pointermove', {
			pointerId: 1,
			clientX: track.x,
			clientY: b.y + b.height / 2,
			isPrimary: true
		});
		await first(page).dispatchEvent('pointerup', { pointerId: 1, isPrimary: true });
		await expect(first(page)).toHaveAttribute('aria-valuenow', '1994');
		await expect(page).toHaveURL(/[?&]from=1994&to=2004/);
	});
});

test('one timeline under the map on a wide screen; without scripts, a link to the chronology', async ({
	browser,
	baseURL
}) => {
	const page = await browser.newPage({ baseURL });
	await page.goto('/place/kulyab');
	await expect(page.locator('.timeline-strip').getByTestId('timeline')).toBeVisible();
	await expect(page.getByTestId('timeline')).toHaveCount(1);
	await page.close();

	const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const still = await noScript.newPage();
	await still.goto('/place/kulyab');
	await expect(still.getByTestId('timeline')).toHaveCount(0);
	await still.locator('.timeline-strip').getByRole('link', { name: 'the chronology' }).click();
	await expect(still.getByRole('heading', { level: 1 })).toHaveText(/Chronology/);
	await noScript.close();
});

for (const [size, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 375, height: 667 }]
] as const) {
	test(`axe: the timeline at ${size} size, with a range`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/place/kulyab?from=1997&to=1999');
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		if (size === 'desktop') await mapReady(page);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		const found = results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
		);
		expect(found).toEqual([]);
	});
}

for (const [size, viewport, box] of [
	['desktop', { width: 1280, height: 800 }, '.timeline-strip'],
	['phone', { width: 375, height: 667 }, '.timeline-sheet']
] as const) {
	test(`at ${size} size the timeline appears in the box the page reserved: nothing moves`, async ({
		browser,
		baseURL
	}) => {
		/** The reserved box and the map area, as laid out. */
		const boxes = (page: Page) =>
			Promise.all([page.locator(box).boundingBox(), page.locator('.map-area').boundingBox()]);
		const still = await browser.newContext({ baseURL, viewport, javaScriptEnabled: false });
		const before = await still.newPage();
		await before.goto('/place/kulyab');
		const reserved = await boxes(before);
		await still.close();

		const live = await browser.newContext({ baseURL, viewport });
		const page = await live.newPage();
		await page.goto('/place/kulyab');
		const timeline = page.locator(box).getByTestId('timeline');
		if (size === 'phone') {
			// A phone opens the timeline when the reader asks; until then the sheet shows neither
			// it nor its box, with scripts or without, and opening it leaves the map where it was.
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			expect(await boxes(page)).toEqual(reserved);
			expect(reserved[0]).toBeNull();
			await page.getByRole('button', { name: 'Timeline' }).click();
			reserved[0] = await page.locator(box).boundingBox();
		}
		await expect(timeline).toBeVisible();
		expect(await boxes(page)).toEqual(reserved);
		// And the timeline fits its box: its track's last pixel is inside it.
		const track = (await timeline.locator('.track').boundingBox())!;
		const outer = (await timeline.boundingBox())!;
		expect(track.y + track.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
		await live.close();
	});
}
