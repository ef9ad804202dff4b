import { PNG } from 'pngjs';
import { expect, hashView, journeyTimeout, mapIdle, mapReady, test } from './fixtures';

test('/ loads, the map becomes ready and draws something', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Tajikistan Peace Atlas/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await mapReady(page);

	// The canvas must show a map, not one flat colour: count distinct colours in a screenshot.
	const shot = PNG.sync.read(await page.locator('.atlas-map canvas').screenshot());
	const colours = new Set<number>();
	for (let i = 0; i < shot.data.length; i += 4 * 7) {
		colours.add((shot.data[i] << 16) | (shot.data[i + 1] << 8) | shot.data[i + 2]);
	}
	expect(colours.size).toBeGreaterThan(20);

	// The style's own layers are there: Tajikistan, its border with Afghanistan, country labels.
	const drawn = await page.evaluate(() => ({
		border: window.__atlas!.rendered(['afghan-border']),
		tajikistan: window.__atlas!.rendered(['tajikistan-fill']),
		labels: window.__atlas!.rendered(['country-labels'])
	}));
	expect(drawn.border).toBeGreaterThan(0);
	expect(drawn.tajikistan).toBeGreaterThan(0);
	expect(drawn.labels).toBeGreaterThan(0);
});

// One page at one view: opened from the URL, then panned by mouse and by keys.
test('a #map= URL opens that view; panning by mouse and by keys changes the hash, not the history', async ({
	page
}) => {
	test.setTimeout(journeyTimeout(3));
	await page.goto('/#map=7/38.5/68.8');
	await mapReady(page);

	await test.step('opening a #map= URL shows that view', async () => {
		const view = await page.evaluate(() => window.__atlas!.view());
		expect(view.zoom).toBeCloseTo(7, 5);
		expect(view.lat).toBeCloseTo(38.5, 4);
		expect(view.lng).toBeCloseTo(68.8, 4);
	});

	await test.step('panning with the mouse changes the hash, without new history entries', async () => {
		const historyBefore = await page.evaluate(() => history.length);
		const box = (await page.getByTestId('map').boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height / 2;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 150, y + 40, { steps: 8 });
		await page.mouse.up();
		await mapIdle(page);
		// Dragging the map left moves the view east; dragging it down moves the view north.
		await expect.poll(() => hashView(page.url())?.lng ?? 0).toBeGreaterThan(68.9);
		expect(hashView(page.url())!.lat).toBeGreaterThan(38.5);
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	});

	await test.step('panning with the arrow keys changes the hash', async () => {
		// From where the mouse left the view: each key moves it on from there.
		const { lat, lng } = hashView(page.url())!;
		await page.locator('.atlas-map canvas').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await mapIdle(page);
		await expect.poll(() => hashView(page.url())?.lng ?? 0).toBeGreaterThan(lng);
		await page.keyboard.press('ArrowUp');
		await mapIdle(page);
		await expect.poll(() => hashView(page.url())?.lat ?? 0).toBeGreaterThan(lat);
	});
});
