// Renders the link-preview image (static/og-image.png, 1200×630) from the built atlas: the map
// of Tajikistan as `/` shows it. Run after `npm run build:test` (it reads the map's probe):
// `node scripts/og-image.js`.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.js';
import { serve } from './serve.js';

const executablePath = findChromium();
if (!executablePath) {
	console.error(HOW_TO_GET_CHROMIUM);
	process.exit(1);
}
const server = await serve({ port: 4199, dir: 'build-test' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1616, height: 670 } });
	await page.goto('http://localhost:4199/#map=6.3/38.75/71.1');
	await page.waitForSelector('[data-map-ready="true"]');
	await page.waitForFunction(() => window.__atlas?.idle());
	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('no map on the page');
	await page.screenshot({
		path: 'static/og-image.png',
		clip: { x: box.x, y: box.y, width: 1200, height: 630 }
	});
	console.log('wrote static/og-image.png');
} finally {
	await browser.close();
	server.close();
}
