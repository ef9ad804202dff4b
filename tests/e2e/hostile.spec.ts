/**
 * Hostile and broken URLs (issue #5): 320 of them, seeded. Each renders a sensible page (a valid
 * view of a place, the overview or the source, or the 404 with a way back), raises no page
 * error, executes nothing it was given and asks no other server for anything.
 */
import { expect, test } from './fixtures';
import { hostileUrls, type Kind } from './hostile-urls';
import { parseHash } from '../../src/lib/state/hash';
import { parseLayers } from '../../src/lib/state/layers';

const URLS = hostileUrls();
const SHARDS = 8;
const outcomes: Record<string, number> = {};

test.describe.configure({ mode: 'parallel' });

for (let shard = 0; shard < SHARDS; shard++) {
	const slice = URLS.filter((_, i) => i % SHARDS === shard);
	test(`hostile URLs, shard ${shard + 1} of ${SHARDS} (${slice.length} URLs)`, async ({
		page,
		watched
	}) => {
		test.setTimeout(240_000);
		// The 404 page reports its own 404 (and its data's) in the console: that is expected.
		watched.allow.push(/status of 404/);
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		for (const { kind, url } of slice) {
			// From a blank page, so that a URL differing only in its hash is a full load too.
			await page.goto('about:blank');
			const response = await page.goto(url);
			const status = response?.status() ?? 0;
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
			const outcome = status === 404 ? '404' : 'page';
			outcomes[`${kind} → ${outcome}`] = (outcomes[`${kind} → ${outcome}`] ?? 0) + 1;
			const ctx = `${kind}: ${url.slice(0, 120)}`;

			expect([200, 404], ctx).toContain(status);
			if (status === 404) {
				expect(h1, ctx).toBe('No such place');
				await expect(page.getByRole('link', { name: 'Back to the map' }), ctx).toBeVisible();
			} else {
				expect(h1.length, ctx).toBeGreaterThan(0);
				expect(h1, ctx).not.toBe('Something went wrong');
				// The view is the URL's if it is valid, and always a real one.
				const parsed = new URL(url, 'http://x');
				const asked = parseHash(parsed.hash);
				const view = await page.evaluate(() => window.__atlas?.view() ?? null);
				if (view) {
					expect(Number.isFinite(view.zoom) && Math.abs(view.lat) <= 85.06, ctx).toBe(true);
					if (asked) expect(view.zoom, ctx).toBeCloseTo(asked.zoom, 3);
				}
				// The layers are the query's known ones, or the defaults.
				const expected = parseLayers(parsed.searchParams);
				const checked = await page
					.getByRole('checkbox')
					.evaluateAll((boxes) =>
						boxes
							.filter((b) => (b as HTMLInputElement).checked)
							.map((b) => (b as HTMLInputElement).value)
					);
				expect(checked, ctx).toEqual(expected);
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
	const kinds = new Set(URLS.map((u) => u.kind as Kind));
	if (Object.keys(outcomes).length) {
		console.log(`hostile URLs tried: ${URLS.length} (${kinds.size} kinds)`);
		for (const [k, n] of Object.entries(outcomes).sort()) console.log(`  ${k}: ${n}`);
	}
});
