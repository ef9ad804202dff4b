/**
 * What a reader who knows the country looks for first: the provinces and the Nurek reservoir,
 * named, on the live and the static map; and, zoomed out, no rectangle where the detailed
 * basemap stops (the region box, 61–80°E, 33–44.5°N; the context box, 25–100°E, 22–62°N).
 */
import { PNG } from 'pngjs';
import { COLORS } from '../../src/lib/geo/palette';
import { expect, mapIdle, mapReady, test } from './fixtures';

const names = (page: import('@playwright/test').Page, layer: string) =>
	page.evaluate((l) => window.__atlas!.renderedNames([l]), layer);

test('the provinces and the Nurek reservoir are named on the live map', async ({ page }) => {
	await page.goto('/?layers=#map=6.5/38.7/70.5');
	await mapReady(page);
	await mapIdle(page);
	await expect
		.poll(() => names(page, 'province-labels'))
		.toEqual(expect.arrayContaining(['Gorno-Badakhshan', 'Khatlon']));
	await page.goto('/?layers=#map=9/38.34/69.4');
	await mapIdle(page);
	await expect.poll(() => names(page, 'lake-labels')).toContain('Nurek Reservoir');
});

test('the static map names the provinces in the live map’s face', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const src = /<img[^>]+src="([^"]+\.svg)"/.exec(html)?.[1];
	expect(src, 'the page names its static map').toBeTruthy();
	const svg = await (await request.get(new URL(src!, 'http://x/').pathname)).text();
	expect(svg).toMatch(/>(SUGHD|KHATLON|GORNO-BADAKHSHAN)<\/tspan>/);
	expect(svg).toMatch(/<text [^>]*font-family="'Atlas Caps'[^>]*>[A-Z ]+<\/text>/);
	expect(svg).toContain("@font-face{font-family:'Atlas Caps'");
});

/** The share of a run of pixels that is not the land's colour (a line, a fill of another colour). */
function offLand(png: PNG, points: [number, number][]): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(COLORS.neighbour.slice(i, i + 2), 16));
	let off = 0;
	for (const [x, y] of points) {
		const i = (Math.round(y) * png.width + Math.round(x)) * 4;
		const d = Math.max(
			Math.abs(png.data[i] - r),
			Math.abs(png.data[i + 1] - g),
			Math.abs(png.data[i + 2] - b)
		);
		if (d > 10) off++;
	}
	return off / points.length;
}

test('zoomed out, no edge of the basemap’s data shows on the live map', async ({ page }) => {
	// No event markers (`layers=`): only the basemap and the places are drawn.
	await page.goto('/?layers=#map=3.3/42/62');
	await mapReady(page);
	await mapIdle(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	const box = (await canvas.boundingBox())!;
	const png = PNG.sync.read(await canvas.screenshot());
	const scale = png.width / box.width;
	const at = (lng: number, lat: number) =>
		page.evaluate(([x, y]) => window.__atlas!.project(x, y), [lng, lat] as const);
	/** The pixels of a meridian between two latitudes, `dx` CSS pixels to the side. */
	const meridian = async (lng: number, lat0: number, lat1: number, dx = 0) => {
		const [a, b] = [await at(lng, lat0), await at(lng, lat1)];
		const points: [number, number][] = [];
		for (let y = Math.min(a.y, b.y); y <= Math.max(a.y, b.y); y++)
			points.push([(a.x + dx) * scale, y * scale]);
		return points;
	};
	const parallel = async (lat: number, lng0: number, lng1: number, dy = 0) => {
		const [a, b] = [await at(lng0, lat), await at(lng1, lat)];
		const points: [number, number][] = [];
		for (let x = Math.min(a.x, b.x); x <= Math.max(a.x, b.x); x++)
			points.push([x * scale, (a.y + dy) * scale]);
		return points;
	};
	// Each edge over land, and a line beside it for comparison: an edge drawn as a line, or land
	// of two colours meeting there, puts it far above its neighbour.
	const edges = [
		// The region box: its west edge over Turkmenistan and Afghanistan, its north edge over
		// Kazakhstan, its east edge over China.
		(dx: number) => meridian(61, 34, 44, dx),
		(dx: number) => parallel(44.5, 62, 79, dx),
		(dx: number) => meridian(80, 34, 44, dx),
		// The context box: its west edge over Ukraine and Belarus, its east edge over China.
		(dx: number) => meridian(25, 46, 56, dx),
		(dx: number) => meridian(100, 26, 44, dx)
	];
	for (const [i, edge] of edges.entries()) {
		const on = offLand(png, await edge(0));
		const beside = offLand(png, await edge(6));
		expect(on, `edge ${i}: ${on} off the land colour on it, ${beside} beside it`).toBeLessThan(
			beside + 0.15
		);
	}
});
