/**
 * The basemap as a reader finds their way on it: open a place, and the rivers and
 * towns around it are drawn and named on the live map, and on the static map that precedes it.
 */
import { readFileSync } from 'node:fs';
import { expect, mapIdle, mapReady, test } from './fixtures';

/** Each GeoNames town's smallest zoom, from the committed basemap. */
const MINZOOM = new Map<string, number>(
	JSON.parse(readFileSync('static/geo/basemap/towns.geojson', 'utf8')).features.map(
		(f: { properties: { name: string; minzoom: number } }) => [
			f.properties.name,
			f.properties.minzoom
		]
	)
);

const LABELS = { rivers: 'river-labels', towns: 'town-labels', places: 'place-labels' } as const;

test('at Kurgan-Tyube the Vakhsh and the towns around it are named on the map', async ({
	page
}) => {
	await page.goto('/place/kurgan-tyube');
	await mapReady(page);
	await mapIdle(page);
	const names = (layer: string) => page.evaluate((l) => window.__atlas!.renderedNames([l]), layer);
	// The river the town stands on, labelled along its line.
	await expect.poll(() => names(LABELS.rivers)).toContain('Vakhsh');
	// GeoNames towns that are not the atlas's places: Sarband lies 15 km away.
	const towns = await names(LABELS.towns);
	expect(towns).toContain('Sarband');
	expect(towns.length).toBeGreaterThan(5);
	// The atlas's own place keeps its own, distinct label, and no town label doubles it.
	expect(await names(LABELS.places)).toContain('Kurgan-Tyube');
	expect(towns).not.toContain('Kurgan-Tyube');
});

test('zooming out hides the small towns and keeps the main rivers', async ({ page }) => {
	await page.goto('/#map=6/38.6/70.5');
	await mapReady(page);
	await mapIdle(page);
	const names = (layer: string) => page.evaluate((l) => window.__atlas!.renderedNames([l]), layer);
	const towns = await names(LABELS.towns);
	// Only towns GeoNames counts as large enough for zoom 6 are drawn; Sarband is not one.
	expect(towns.length).toBeGreaterThan(0);
	for (const name of towns) expect(MINZOOM.get(name), name).toBeLessThanOrEqual(6);
	expect(towns).not.toContain('Sarband');
	await expect.poll(() => names(LABELS.rivers)).toEqual(expect.arrayContaining(['Panj']));
});

test('the static map draws the same rivers and towns, named', async ({ request }) => {
	const html = await (await request.get('/place/kurgan-tyube')).text();
	const src = /<img[^>]+src="([^"]+\.svg)"/.exec(html)?.[1];
	expect(src, 'the page names its static map').toBeTruthy();
	const svg = await (await request.get(new URL(src!, 'http://x/place/').pathname)).text();
	expect(svg).toMatch(/font-style="italic"[^>]*>Vakhsh<\/text>/);
	// A town clear of the atlas's places and their markers (Vahdat, beside Dushanbe, gives way
	// to Dushanbe's name, which keeps clear of Dushanbe's markers).
	expect(svg).toContain('>Yovon</text>');
});
