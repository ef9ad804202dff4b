/**
 * The search figures alone, without the rest of `npm run bench`: serves build-test/
 * as it is (`npm run build:test` first) and prints the table of bench/lib/search.ts.
 *
 *   npx tsx bench/search.ts                 5 runs, this machine's CPU
 *   npx tsx bench/search.ts --runs 3 --cpu 4
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/chromium.js';
import { formatSearch, searchFigures } from './lib/search';
import { startServer } from './lib/server';

const { values: args } = parseArgs({
	options: { runs: { type: 'string', default: '5' }, cpu: { type: 'string', default: '1' } }
});
const site = resolve(import.meta.dirname, '../build-test');
const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const { server, origin } = await startServer(site);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const figures = await searchFigures(
		browser,
		origin,
		site,
		Math.max(1, Number(args.runs) || 5),
		Math.max(1, Number(args.cpu) || 1)
	);
	console.log(formatSearch(figures));
} finally {
	await browser.close();
	server.close();
}
