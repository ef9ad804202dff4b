/**
 * Hostile and broken URLs: 320 of them, seeded, each made with the outcome it must
 * have (hostile-urls.ts decides it from how the URL was built, not from the atlas's code).
 * Every one is fetched from the static server here (status, and no markup of it in the page);
 * the codecs read every one in the unit tests (src/lib/state/hostile.test.ts); and a sample
 * of each kind is opened in Chromium, where the page must show the expected layers and view,
 * raise no page error, execute nothing it was given and ask no other server for anything.
 */
import { expect, test } from './fixtures';
import { hostileUrls, type Kind } from './hostile-urls';

const URLS = hostileUrls();
/** URLs of each kind opened in the browser; the rest are proven by the faster layers. */
const PER_KIND_IN_BROWSER = 8;
const SHARDS = 4;
const outcomes: Record<string, number> = {};

test.describe.configure({ mode: 'parallel' });

test('every hostile URL gets the status it should, with none of its markup in the page', async ({
	request
}) => {
	for (const { kind, url, expect: want } of URLS) {
		const response = await request.get(url);
		const ctx = `${kind}: ${url.slice(0, 120)}`;
		expect(response.status(), ctx).toBe(want.status);
		const html = await response.text();
		expect(html, ctx).not.toMatch(/__pwned|ontoggle|onerror=|<iframe/);
	}
});

const kinds = [...new Set(URLS.map((u) => u.kind))] as Kind[];
const sample = kinds.flatMap((kind) =>
	URLS.filter((u) => u.kind === kind).slice(0, PER_KIND_IN_BROWSER)
);

for (let shard = 0; shard < SHARDS; shard++) {
	const slice = sample.filter((_, i) => i % SHARDS === shard);
	test(`hostile URLs in the browser, shard ${shard + 1} of ${SHARDS} (${slice.length} URLs)`, async ({
		page,
		watched
	}) => {
		test.setTimeout(180_000);
		// The 404 page reports its own 404 (and its data's) in the console: that is expected.
		watched.allow.push(/status of 404/);
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		for (const { kind, url, expect: want } of slice) {
			// From a blank page, so that a URL differing only in its hash is a full load too.
			await page.goto('about:blank');
			const response = await page.goto(url);
			const status = response?.status() ?? 0;
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
			outcomes[`${kind} → ${status}`] = (outcomes[`${kind} → ${status}`] ?? 0) + 1;
			const ctx = `${kind}: ${url.slice(0, 120)}`;

			expect(status, ctx).toBe(want.status);
			if (status === 404) {
				// A static host's 404 page has its words by the time it has hydrated: no blank heading.
				expect(h1, ctx).toBe('No such place');
				await expect(page.getByRole('link', { name: 'Back to the map' }), ctx).toBeVisible();
			} else {
				expect(h1.length, ctx).toBeGreaterThan(0);
				expect(h1, ctx).not.toBe('Something went wrong');
				const checked = await page
					.getByRole('checkbox')
					.evaluateAll((boxes) =>
						boxes
							.filter((b) => (b as HTMLInputElement).checked)
							.map((b) => (b as HTMLInputElement).value)
					);
				expect(checked, ctx).toEqual(want.layers);
				// The view: the URL's when it is valid; otherwise the page's own, over Tajikistan.
				await page.waitForFunction(() => window.__atlas !== undefined);
				const view = await page.evaluate(() => window.__atlas!.view());
				if (want.view) {
					expect(view.zoom, ctx).toBeCloseTo(want.view.zoom, 3);
					expect(view.lat, ctx).toBeCloseTo(want.view.lat, 3);
					expect(view.lng, ctx).toBeCloseTo(want.view.lng, 3);
				} else {
					expect(view.lat, ctx).toBeGreaterThan(30);
					expect(view.lat, ctx).toBeLessThan(45);
					expect(view.lng, ctx).toBeGreaterThan(60);
					expect(view.lng, ctx).toBeLessThan(80);
				}
			}
			// Nothing it was given ran, and no element came from it.
			const pwned = await page.evaluate(
				() =>
					(window as unknown as { __pwned?: unknown }).__pwned !== undefined ||
					document.querySelector('[onerror],[onload],[ontoggle],iframe') !== null
			);
			expect(pwned, ctx).toBe(false);
		}
		expect(dialogs).toEqual([]);
	});
}

test.afterAll(() => {
	// The outcome by kind, for the closing note: `npx playwright test hostile` prints it.
	if (Object.keys(outcomes).length) {
		console.log(`hostile URLs in the browser: ${sample.length} of ${URLS.length}`);
		for (const [k, n] of Object.entries(outcomes).sort()) console.log(`  ${k}: ${n}`);
	}
});
