import { readFileSync } from 'node:fs';
import type { SourceDocument } from '../../src/lib/content/types';
import { expect, test, withoutLiveMap } from './fixtures';

const source = JSON.parse(
	readFileSync(new URL('../../src/lib/content/source.json', import.meta.url), 'utf8')
) as SourceDocument;
const ids = source.sections.flatMap((s) => s.blocks.map((b) => b.id));

// Text and links only: the live map would only take the cores.
test.beforeEach(({ page }) => withoutLiveMap(page));

test('/source shows every block with an anchor, place links and editorial notes', async ({
	page
}) => {
	await page.goto('/source');
	await expect(page).toHaveTitle('Source text · Tajikistan Peace Atlas');
	await expect(page.getByRole('heading', { level: 1, name: 'Source text' })).toBeVisible();

	// Every block of the source, p1 to the last, can be linked to.
	expect(ids.length).toBeGreaterThan(20);
	for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
	await expect(page.locator('a[href="#p17"]')).toHaveAccessibleName(/^Link to paragraph\s+#p17$/);

	const kulyab = page.locator('#p17').getByRole('link', { name: 'Kulyab', exact: true });
	await expect(kulyab).toHaveAttribute('href', /\/place\/kulyab$/);

	const note = page.getByRole('complementary', { name: 'Editorial note' }).first();
	await expect(note).toBeVisible();
	await expect(note).toContainText('Editorial note:');
});

test('/source#p17 scrolls the cited paragraph into view', async ({ page }) => {
	await page.goto('/source#p17');
	await expect(page.locator('#p17')).toBeInViewport();
});
