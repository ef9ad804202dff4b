// Finds the Chromium that the end-to-end tests and the benchmark drive. Playwright's own browser
// download cannot work here (no network beyond the package registries), so the tests use a
// Chromium from the system: CHROMIUM_PATH if set, else the usual install locations.
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

/** How to get a Chromium, in one line. */
export const HOW_TO_GET_CHROMIUM =
	'No Chromium found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/**
 * The Chromium executable to drive, or null when none is found.
 * @returns {string | null}
 */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Flags for headless Chromium on machines without a GPU: WebGL in software (SwiftShader), and no
 * background traffic to Google's services, which a closed network refuses noisily.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

// Run directly (`node scripts/chromium.js`): exit 1 with the one-line hint when none is found.
if (import.meta.url === `file://${process.argv[1]}`) {
	const found = findChromium();
	if (!found) {
		console.error(HOW_TO_GET_CHROMIUM);
		process.exit(1);
	}
}
