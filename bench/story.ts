/**
 * The story's figure: from a chapter change (the Next link, as a reader clicks it) to
 * the map idle at the new chapter, in the tests' Chromium at 1280×800, for every chapter in turn,
 * with the camera's flight and under reduced motion (a jump). Serves build-test/ as it is
 * (`npm run build:test` first) and prints a Markdown table.
 *
 *   npx tsx bench/story.ts                  3 runs through the nine chapters, CPU 1×
 *   npx tsx bench/story.ts --runs 5 --cpu 4
 *
 * Timed in the page: from just before the click to the first animation frame at which the map's
 * probe reports it idle (not moving, everything drawn) after it has started moving. Frames come
 * about every 55 ms with software WebGL, which bounds the resolution.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/chromium.js';
import { startServer } from './lib/server';
import { summarize, type Summary } from './lib/stats';

const { values: args } = parseArgs({
	options: { runs: { type: 'string', default: '3' }, cpu: { type: 'string', default: '1' } }
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const CPU = Math.max(1, Number(args.cpu) || 1);
const ROOT = resolve(import.meta.dirname, '..');
const chapters: { id: string }[] = JSON.parse(
	readFileSync(resolve(ROOT, 'src/lib/content/chapters.json'), 'utf8')
);

/** Milliseconds from each chapter change to the map idle, chapter 2 to the last, one pass. */
async function pass(
	browser: Browser,
	origin: string,
	reducedMotion: 'reduce' | 'no-preference'
): Promise<number[]> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		reducedMotion,
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	try {
		if (CPU > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
		}
		await page.goto(`${origin}/story/${chapters[0].id}`);
		await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
		await page.waitForFunction(() => window.__atlas?.idle() === true, null, { timeout: 60_000 });
		const times: number[] = [];
		for (let i = 0; i < chapters.length - 1; i++) {
			// No named functions inside: tsx would wrap them in a helper the page does not have.
			const ms = await page.evaluate(async (id) => {
				const next = document.querySelector<HTMLAnchorElement>(
					`article[data-chapter="${id}"] .pager .next`
				)!;
				const t0 = performance.now();
				next.click();
				// Until the map has taken the move (or 2 s: a chapter with the camera it already has).
				let moved = false;
				while (!moved && performance.now() - t0 < 2000) {
					await new Promise((r) => requestAnimationFrame(r));
					moved = !window.__atlas!.idle();
				}
				while (!window.__atlas!.idle()) await new Promise((r) => requestAnimationFrame(r));
				return performance.now() - t0;
			}, chapters[i].id);
			times.push(ms);
		}
		return times;
	} finally {
		await context.close();
	}
}

const fmt = (s: Summary | null) =>
	s ? `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n})` : '—';

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const { server, origin } = await startServer(resolve(ROOT, 'build-test'));
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const flight: number[] = [];
	const jump: number[] = [];
	for (let run = 1; run <= RUNS; run++) {
		flight.push(...(await pass(browser, origin, 'no-preference')));
		jump.push(...(await pass(browser, origin, 'reduce')));
		console.error(`[story bench] run ${run}/${RUNS} done`);
	}
	console.log(`## Story: chapter change → map idle (1280×800, CPU ${CPU}×, ${RUNS} runs)\n`);
	console.log('| camera | median (min–max) |');
	console.log('| --- | --- |');
	console.log(`| flight | ${fmt(summarize(flight))} |`);
	console.log(`| jump (reduced motion) | ${fmt(summarize(jump))} |`);
} finally {
	await browser.close();
	server.close();
}
