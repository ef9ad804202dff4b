/**
 * Printing: a place with layers and years in its address, an event in Russian, and a chapter,
 * each printed to PDF by Chromium and read back with pdf.js. The first sheet holds the page's
 * static map (drawn as an image, its names as text), every sheet holds something, the permalink
 * with the page's state is printed, and the screen's controls are not.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { expect, mapReady, test, withoutLiveMap } from './fixtures';

interface Sheet {
	text: string;
	/** Whether an image (the static map's SVG, drawn as a form) is painted on the sheet. */
	image: boolean;
}

async function sheets(pdf: Buffer): Promise<Sheet[]> {
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const out: Sheet[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const sheet = await doc.getPage(i);
		const text = (await sheet.getTextContent()).items
			.map((item) => ('str' in item ? item.str : ''))
			.join(' ');
		const ops = (await sheet.getOperatorList()).fnArray;
		const image = ops.some(
			(op) =>
				op === OPS.paintFormXObjectBegin ||
				op === OPS.paintImageXObject ||
				op === OPS.paintInlineImageXObject
		);
		out.push({ text, image });
	}
	return out;
}

/** The names the page's static maps draw (wide and phone): what the printed map must show. */
async function mapNames(page: Page): Promise<string[][]> {
	const img = page.locator('.static-map img').first();
	const wide = (await img.getAttribute('src'))!;
	const phone = (await page.locator('.static-map source').first().getAttribute('srcset'))!;
	return Promise.all(
		[wide, phone].map(async (src) => {
			const svg = await (await page.request.get(src)).text();
			return [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1].trim());
		})
	);
}

/** Text without its spaces: pdf.js spaces Cyrillic words and a wrapped URL unevenly. */
const squash = (s: string) => s.replace(/\s+/g, '');

const PAGES = [
	{
		path: '/place/kulyab?layers=bases,osce&from=1999&to=2005',
		live: true,
		words: ['Kulyab', 'Cite this page']
	},
	{
		path: '/ru/event/osce-field-office-kulyab',
		live: false,
		words: ['Куляб', 'Постоянная ссылка']
	},
	{ path: '/story/the-border-in-2010', live: false, words: ['Chapter'] }
];

for (const { path, live, words } of PAGES) {
	test(`${path} prints its map, its text and its permalink, without controls`, async ({ page }) => {
		test.setTimeout(90_000);
		if (!live) await withoutLiveMap(page);
		await page.goto(path);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		// With the live map drawn, the print must still hold the static map, never a canvas.
		if (live) await mapReady(page);
		const names = await mapNames(page);
		const permalink = await page.evaluate(() => location.href);
		const printed = await sheets(await page.pdf({ format: 'A4' }));

		expect(printed.length).toBeGreaterThan(0);
		for (const [i, sheet] of printed.entries())
			expect(squash(sheet.text).length, `sheet ${i + 1} is empty`).toBeGreaterThan(0);
		const [first] = printed;
		expect(first.image, 'the first sheet draws the static map').toBe(true);
		// Each name of the map is drawn twice, its halo under its letters: on the sheet, the name
		// twice in a row is the map's, not the text's.
		const drawn = [...new Set(names.flat())].filter((n) => first.text.includes(`${n} ${n}`));
		expect(drawn.length, 'names of the static map on the first sheet').toBeGreaterThanOrEqual(5);

		const all = printed.map((s) => s.text).join(' ');
		expect(squash(all)).toContain(squash(permalink));
		for (const word of words) expect(squash(all)).toContain(squash(word));
		// The screen's controls stay on the screen.
		for (const control of ['Copy link', 'Play', 'Whole story', 'Search', 'Скопировать ссылку'])
			expect(squash(all)).not.toContain(squash(control));
	});
}
