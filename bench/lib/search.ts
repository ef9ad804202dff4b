/**
 * Search figures: the index's size, and the time from a keystroke in the header's
 * search box to its results, in Chromium, on a loaded atlas page, no throttling (the issue's
 * target: under 50 ms per keystroke on this machine).
 *
 * Timed in the page, like the other interactions: from the keystroke's `beforeinput` timeStamp
 * to the moment the listbox's `data-query` names the box's new text (a MutationObserver: the
 * results are in the DOM), and to the next frame's callbacks after that (just before it paints).
 * The first keystroke of a fresh page is reported apart, timed from the box's focus: it waits
 * for the query code and the index, which are fetched on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from './stats';

/** What a reader might type: names in Latin and Cyrillic, a misspelling, a two-word query. */
const QUERIES = ['Qurghonteppa', 'Курган-Тюбе', 'Dushanbee', 'Turajonzoda', 'Kulyab OSCE'];

export interface SearchFigures {
	/** `search-index.json` as built, and gzipped (-9) as a server would send it. */
	index: { raw: number; gzip: number };
	/** Focus → results of the first keystroke, in a fresh page (loads code and index). */
	first: Summary | null;
	/** Every later keystroke → results in the DOM, and → the next frame. */
	keystroke: { dom: Summary | null; frame: Summary | null };
	queries: string[];
	cpuSlowdown: number;
}

interface KeyTime {
	query: string;
	dom: number;
	frame: number;
}

/**
 * In the page: records, for each keystroke in the box, how long its results took. The first
 * record is timed from the box's focus.
 */
function arm(page: Page): Promise<void> {
	return page.evaluate(() => {
		const input = document.getElementById('site-search') as HTMLInputElement;
		const list = document.getElementById('site-search-list')!;
		const times: { query: string; dom: number; frame: number }[] = [];
		(window as unknown as { __searchTimes: typeof times }).__searchTimes = times;
		let t0 = -1;
		input.addEventListener('focus', (e) => (t0 = e.timeStamp), { once: true });
		// Not `keydown`: a letter that is not on the US layout (Cyrillic) is typed without one.
		input.addEventListener('beforeinput', (e) => {
			if (times.length) t0 = e.timeStamp;
		});
		new MutationObserver(() => {
			const query = list.dataset.query;
			if (t0 < 0 || query !== input.value.trim()) return;
			const start = t0;
			const dom = performance.now() - start;
			t0 = -1;
			// The callbacks of the next frame run just before its style, layout and paint.
			requestAnimationFrame(() =>
				times.push({ query: query!, dom, frame: performance.now() - start })
			);
		}).observe(list, { attributes: true, attributeFilter: ['data-query'] });
	});
}

const recorded = (page: Page) =>
	page.evaluate(() => (window as unknown as { __searchTimes: KeyTime[] }).__searchTimes.length);

/** One fresh page: types every query, a key at a time, waiting for each key's results. */
async function run(browser: Browser, origin: string, cpuSlowdown: number): Promise<KeyTime[]> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		if (cpuSlowdown > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		}
		await page.goto(`${origin}/place/kulyab`);
		await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
		await arm(page);
		await page.focus('#site-search');
		let expected = 0;
		for (const query of QUERIES) {
			await page.fill('#site-search', '');
			for (const key of query) {
				await page.keyboard.type(key);
				// A space changes no results: nothing to wait for.
				if (key === ' ') continue;
				expected += 1;
				await page.waitForFunction((n) => {
					const times = (window as unknown as { __searchTimes: unknown[] }).__searchTimes;
					return times.length >= n;
				}, expected);
			}
		}
		if ((await recorded(page)) !== expected) throw new Error('search bench: keystrokes lost');
		return await page.evaluate(
			() => (window as unknown as { __searchTimes: KeyTime[] }).__searchTimes
		);
	} finally {
		await context.close();
	}
}

/**
 * Measures search `runs` times, each in a fresh browser context, on the site served at
 * `origin` from the build folder `site`; `cpuSlowdown` > 1 throttles the CPU as the load
 * figures do (the target is for this machine as it is: 1).
 */
export async function searchFigures(
	browser: Browser,
	origin: string,
	site: string,
	runs = 5,
	cpuSlowdown = 1
): Promise<SearchFigures> {
	const text = readFileSync(join(site, 'search-index.json'));
	const all: KeyTime[][] = [];
	for (let i = 0; i < runs; i++) all.push(await run(browser, origin, cpuSlowdown));
	const later = all.flatMap((times) => times.slice(1));
	return {
		index: { raw: text.length, gzip: gzipSync(text, { level: 9 }).length },
		first: summarize(all.map((times) => times[0].dom)),
		keystroke: {
			dom: summarize(later.map((t) => t.dom)),
			frame: summarize(later.map((t) => t.frame))
		},
		queries: QUERIES,
		cpuSlowdown
	};
}

/** "7.1 ms (1.5–74.5, p90 12.0, n = 260)". */
function ms(s: Summary | null): string {
	if (!s) return '–';
	const sorted = [...s.values].sort((a, b) => a - b);
	const p90 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))];
	return `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)}, p90 ${p90.toFixed(1)}, n = ${s.n})`;
}

/** The figures as a Markdown table, in the style of the bench's report. */
export function formatSearch(f: SearchFigures): string {
	const target = f.keystroke.frame && f.keystroke.frame.median < 50 ? 'met' : 'missed';
	return [
		`### Search (CPU ${f.cpuSlowdown}×; queries: ${f.queries.join(', ')})`,
		'',
		'| figure (median, min–max)                         | value | target |',
		'| ------------------------------------------------ | ----- | ------ |',
		`| search-index.json, raw / gzip -9                 | ${(f.index.raw / 1000).toFixed(1)} kB / ${(f.index.gzip / 1000).toFixed(1)} kB | |`,
		`| first use: focus → first results (loads index)   | ${ms(f.first)} | |`,
		`| keystroke → results in the DOM                   | ${ms(f.keystroke.dom)} | |`,
		`| keystroke → next frame                           | ${ms(f.keystroke.frame)} | < 50 ms: ${target} |`
	].join('\n');
}
