/**
 * Event pages and the chronology: an event page reached from the map's popup, framed
 * on its place with the event's years as the range; readable without JavaScript and on a phone;
 * its link-preview tags; the chronology in order; an unknown event is a 404. Asserted through
 * the page (URL, roles, text, links) and the map's probe (window.__atlas).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, mapIdle, mapReady, settledPoint, test, withoutLiveMap } from './fixtures';
import { chronology } from '../../src/lib/geo/chronology';
import { EVENT_LAYERS } from '../../src/lib/geo/layers';
import type { EventProperties } from '../../src/lib/geo/schema';

type Feature = { properties: EventProperties; geometry: { coordinates: [number, number] } };
const EVENTS: Feature[] = EVENT_LAYERS.flatMap(
	(l) => JSON.parse(readFileSync(`static/${l.file}`, 'utf8')).features as Feature[]
);
const event = (id: string) => EVENTS.find((e) => e.properties.id === id)!;
const placeAt = (slug: string): [number, number] =>
	JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.find(
		(f: { properties: { slug: string } }) => f.properties.slug === slug
	).geometry.coordinates;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The "Where" entry's link: the explorer writes the range it holds into links to places. */
const placeLink = (page: Page) => page.locator('.facts a');
/** Where a link leads, path and query: prerendered links are relative ("../place/…"). */
const target = (page: Page) =>
	placeLink(page).evaluate((a: HTMLAnchorElement) => a.pathname + a.search);

test('a popup’s event title opens the event’s page, framed on its place, with its years', async ({
	page
}) => {
	await page.goto('/place/tehran');
	await mapReady(page);
	await mapIdle(page);
	const [lng, lat] = event('ceasefire-1994').geometry.coordinates;
	const at = await settledPoint(page, [lng, lat]);
	// The peace layer's markers sit 14 px right of and below their place (LAYERS' offset).
	await page.mouse.click(at.x + 14, at.y + 14);
	const popup = page.locator('.event-popup');
	const title = popup.getByRole('link', {
		name: 'Tehran ceasefire agreement signed; it does not hold'
	});
	await expect(title).toBeVisible();
	// The place link stays beside it.
	await expect(popup.getByRole('link', { name: 'Tehran', exact: true })).toBeVisible();
	await title.click();

	await expect(page).toHaveURL(/\/event\/ceasefire-1994$/);
	await expect(heading(page)).toHaveText('Tehran ceasefire agreement signed; it does not hold');
	await expect(page.locator('.facts time')).toHaveText('17 September 1994');
	await expect(page.getByText('Known to the day.')).toBeVisible();
	await expect(page.locator('.facts').getByText('Peace process')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
	await expect(page.locator('.narrative p').first()).toContainText('signed in Tehran');
	await expect(page.locator('.narrative a[href$="source#p2"]').first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^reference r\d+$/ }).first()).toBeVisible();
	// The range is the event's year: the place link carries it.
	await expect(placeLink(page)).toHaveText('Tehran');
	await expect.poll(() => target(page)).toBe('/place/tehran?from=1994&to=1994');
	// The map stays the one map, framed on Tehran with Tehran selected.
	await mapIdle(page);
	const view = await page.evaluate(() => window.__atlas!.view());
	const [plng, plat] = placeAt('tehran');
	expect(Math.abs(view.lng - plng)).toBeLessThan(0.05);
	expect(Math.abs(view.lat - plat)).toBeLessThan(0.05);
	expect(await page.evaluate(() => window.__atlas!.instances())).toBe(1);
	await expect
		.poll(() => page.evaluate(() => window.__atlas!.featureState('places', 'tehran').selected))
		.toBe(true);
});

test('an event page opened directly frames its place at once, with a range of several years', async ({
	page
}) => {
	await page.goto('/event/osce-field-office-kulyab');
	await mapReady(page);
	await mapIdle(page);
	await expect(heading(page)).toHaveText('OSCE field office opens in Kulyab');
	await expect(page.locator('.facts time')).toHaveText('27 February 2003 – July 2017');
	await expect(page.getByText('Start known to the day, end to the month.')).toBeVisible();
	await expect.poll(() => target(page)).toBe('/place/kulyab?from=2003&to=2017');
	const view = await page.evaluate(() => window.__atlas!.view());
	const [lng, lat] = placeAt('kulyab');
	expect(view.zoom).toBeCloseTo(8, 1);
	expect(Math.abs(view.lng - lng)).toBeLessThan(0.01);
	expect(Math.abs(view.lat - lat)).toBeLessThan(0.01);
	// The URL's own years win over the page's.
	await page.goto('/event/osce-field-office-kulyab?from=2010&to=2011');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect.poll(() => target(page)).toBe('/place/kulyab?from=2010&to=2011');
});

test('an event known only to be under way by a date says so, and is not dated to it', async ({
	page
}) => {
	await withoutLiveMap(page);
	await page.goto('/event/osce-field-office-khujand');
	await expect(heading(page)).toHaveText('OSCE field office in Khujand (opening date not known)');
	await expect(page.locator('.facts time')).toHaveText('by 2000 – July 2017');
	await expect(
		page.getByText('Start not known: first attested by 2000. End known to the month.')
	).toBeVisible();
});

test('earlier and later lead through the events in order', async ({ page }) => {
	// Text and links only: the live map would only take the cores.
	await withoutLiveMap(page);
	await page.goto('/event/national-peace-accord-1997');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const nav = page.getByRole('navigation', { name: 'Events in time' });
	await nav.getByRole('link', { name: 'OSCE monitors the peace accord as a guarantor' }).click();
	await expect(heading(page)).toHaveText('OSCE monitors the peace accord as a guarantor');
	await expect(page.getByText('Start and end known only to the year.')).toBeVisible();
	await nav.getByRole('link', { name: 'Every event in order' }).click();
	await expect(heading(page)).toHaveText('Chronology');
});

test('an event page works with JavaScript off: text, static map, links, preview tags', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/event/unmot-1994-2000');
	await expect(heading(page)).toHaveText('UN Mission of Observers in Tajikistan (UNMOT)');
	await expect(page.locator('.facts time')).toHaveText('December 1994 – 15 May 2000');
	await expect(page.getByText('Start known to the month, end to the day.')).toBeVisible();
	await expect(page.locator('.narrative p').first()).toContainText('40 military observers');
	await expect(page.locator('.narrative a[href$="source#p2"]').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Note on the data' })).toBeVisible();
	await expect(page.getByText('(gives the date)')).toBeVisible();
	// Its own static map, drawn at build time, titled with the event.
	const img = page.locator('.static-map img');
	await expect(img).toHaveAttribute('src', '/maps/event-unmot-1994-2000.svg');
	await expect(img).toHaveAttribute('alt', /^Map of Tajikistan, the place of “UN Mission/);
	await expect(img).toHaveJSProperty('complete', true);
	expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
	const svg = await page.request.get('/maps/event-unmot-1994-2000-phone.svg');
	expect(svg.status()).toBe(200);
	expect(await svg.text()).toContain('<svg');
	// Preview tags, as on place pages.
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		'UN Mission of Observers in Tajikistan (UNMOT) · Tajikistan Peace Atlas'
	);
	await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
		'content',
		/^December 1994 – 15 May 2000, Tajikistan\. The United Nations Mission/
	);
	await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
		'content',
		/\/event\/unmot-1994-2000$/
	);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
		'content',
		'summary_large_image'
	);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/event\/unmot-1994-2000$/
	);
	// Links work without a script: the place, and the next event.
	await expect.poll(() => target(page)).toBe('/place/tajikistan');
	await page.getByRole('link', { name: 'UNMOT headquarters in Dushanbe' }).click();
	await expect(heading(page)).toHaveText('UNMOT headquarters in Dushanbe');
	await context.close();
});

test('an event page on a phone: text, its phone map, the live map at the first touch', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.goto('/event/convoy-ambush-2010');
	await expect(heading(page)).toHaveText('Army convoy ambushed');
	await expect(page.locator('.facts time')).toHaveText('19 September 2010');
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'false');
	const img = page.locator('.static-map img');
	await expect(img).toHaveJSProperty('complete', true);
	expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(
		/\/maps\/event-convoy-ambush-2010-phone\.svg$/
	);
	await page.getByRole('button', { name: 'Start the interactive map' }).tap();
	await mapReady(page);
	await mapIdle(page);
	expect(await page.evaluate(() => window.__atlas!.instances())).toBe(1);
	// Framed on the Kamarob Gorge.
	const [lng, lat] = placeAt('kamarob-gorge');
	const view = await page.evaluate(() => window.__atlas!.view());
	expect(Math.abs(view.lng - lng)).toBeLessThan(0.05);
	expect(Math.abs(view.lat - lat)).toBeLessThan(0.05);
	await expect.poll(() => target(page)).toBe('/place/kamarob-gorge?from=2010&to=2010');
	await context.close();
});

test('the chronology lists every event, by year, in order, each linking to its page', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/chronology');
	await expect(heading(page)).toHaveText('Chronology');
	const expected = chronology(EVENTS.map((e) => e.properties));
	await expect(page.locator('section.year h2')).toHaveText(expected.map((g) => String(g.year)));
	for (const group of expected) {
		const links = page.getByRole('region', { name: String(group.year) }).getByRole('link');
		await expect(links).toHaveText(group.events.map((e) => e.title));
	}
	const all = page.locator('section.year a');
	await expect(all).toHaveCount(EVENTS.length);
	// Hand-checked against the data: the first events and one that spans years, at its start.
	await expect(all.first()).toHaveText('OSCE presence established in Dushanbe');
	await expect(all.nth(1)).toHaveText('Tehran ceasefire agreement signed; it does not hold');
	const y1994 = page.getByRole('region', { name: '1994' });
	await expect(y1994).toContainText('December 1994 – 15 May 2000');
	// An office known only to be open by 2000 is listed in 2000, and says so.
	const garm = page
		.getByRole('region', { name: '2000' })
		.getByRole('listitem')
		.filter({
			has: page.getByRole('link', { name: 'OSCE field office in Garm (opening date not known)' })
		});
	await expect(garm.locator('time')).toHaveText('by 2000 – July 2017');
	await expect(garm.locator('time')).toHaveAttribute('datetime', '2000');
	const hrefs = await all.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	expect(hrefs).toEqual(expected.flatMap((g) => g.events.map((e) => `/event/${e.id}`)));
	await all.nth(1).click();
	await expect(heading(page)).toHaveText('Tehran ceasefire agreement signed; it does not hold');
	await context.close();
});

test('the header leads to the chronology, and the chronology to an event’s page', async ({
	page
}) => {
	// Text and links only: the live map would only take the cores.
	await withoutLiveMap(page);
	await page.goto('/place/garm');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Chronology' })
		.click();
	await expect(heading(page)).toHaveText('Chronology');
	await expect(page).toHaveURL(/\/chronology$/);
	await page.getByRole('link', { name: 'Army convoy ambushed' }).click();
	await expect(heading(page)).toHaveText('Army convoy ambushed');
	await expect.poll(() => target(page)).toBe('/place/kamarob-gorge?from=2010&to=2010');
});

test('an unknown event is a 404 that points to the chronology', async ({ page, watched }) => {
	// Text and links only: the live map would only take the cores.
	await withoutLiveMap(page);
	watched.allow.push(/status of 404/);
	const response = await page.goto('/event/no-such-event');
	expect(response?.status()).toBe(404);
	await expect(heading(page)).toHaveText('No such event');
	await expect(page.getByRole('main').getByText('no-such-event')).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'chronology' }).click();
	await expect(heading(page)).toHaveText('Chronology');
});
