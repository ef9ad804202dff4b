import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

/**
 * The tests run against the test build (build-test/), served by the atlas's static server on
 * 4180, or on ATLAS_E2E_PORT (two checkouts testing at once).
 */
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4180);

export default defineConfig({
	testDir: 'tests/e2e',
	// WebGL runs in software (~18 frames a second): generous timeouts, waits on map state only.
	timeout: 60_000,
	expect: { timeout: 20_000 },
	// Two cores: one browser per core.
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 1280, height: 800 },
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
		serviceWorkers: 'block',
		trace: 'off'
	},
	webServer: {
		// The test build: the site with the map's probe (window.__atlas), see vite.config.ts.
		command: `node scripts/serve.js --port ${PORT} --dir build-test`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
