// Finds, and when there is none installs, the Chromium that the end-to-end tests, the benchmark
// and the preview image drive. `npm test` runs this file first (`node scripts/chromium.js`), so a
// fresh machine gets its browser without a step of its own: Debian's package where the machine
// allows it (a closed network may reach Debian's mirror and not Playwright's download host), else
// Playwright's own download. CHROMIUM_PATH points at any other Chromium or Chrome.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
	'No Chromium found and none could be installed: install one (Debian/Ubuntu: `apt-get install -y chromium`; elsewhere `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** Playwright's own Chromium, when its download has been installed. */
function playwrightChromium() {
	try {
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

/**
 * The Chromium executable to drive, or null when none is found: CHROMIUM_PATH if set (and only
 * it, so a wrong setting is an error rather than a silent other browser), else the system's, else
 * Playwright's download.
 * @returns {string | null}
 */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	return CANDIDATES.find((p) => existsSync(p)) ?? playwrightChromium();
}

/**
 * The ways to install a Chromium on this machine, best first, from what is known about it. Pure,
 * so that the choice is table-tested (tests/unit/chromium.test.ts).
 * @param {{ platform: string, root: boolean, sudo: boolean, aptGet: boolean }} machine
 * @returns {{ name: string, command: string[] }[]}
 */
export function installPlan({ platform, root, sudo, aptGet }) {
	/** @type {{ name: string, command: string[] }[]} */
	const plan = [];
	if (platform === 'linux' && aptGet && (root || sudo)) {
		// `env` carries the variable through sudo, which drops the caller's environment.
		const as = root ? '' : 'sudo -n ';
		plan.push({
			name: "Debian's chromium package",
			command: [
				'sh',
				'-c',
				`${as}apt-get update -qq && ${as}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`
			]
		});
	}
	plan.push({
		name: "Playwright's Chromium download",
		command: ['npx', '--no-install', 'playwright', 'install', 'chromium']
	});
	return plan;
}

/** What this machine allows, for installPlan. */
function machine() {
	const has = (/** @type {string} */ cmd) =>
		spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
	const root = process.getuid?.() === 0;
	let sudo = false;
	if (!root && has('sudo')) {
		sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
	}
	return { platform: process.platform, root, sudo, aptGet: has('apt-get') };
}

/**
 * A Chromium to drive: the one found, else one installed now by the first way of installPlan that
 * works, saying what it does. Null when no way worked.
 * @returns {string | null}
 */
export function ensureChromium() {
	const found = findChromium();
	if (found || process.env.CHROMIUM_PATH) return found;
	for (const step of installPlan(machine())) {
		console.log(`chromium: none found; installing ${step.name} (${step.command.join(' ')})`);
		try {
			execFileSync(step.command[0], step.command.slice(1), { stdio: 'inherit' });
		} catch {
			console.log(`chromium: ${step.name} could not be installed here`);
			continue;
		}
		const now = findChromium();
		if (now) {
			console.log(`chromium: using ${now}`);
			return now;
		}
	}
	return null;
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

// Run directly (`node scripts/chromium.js`, the first step of the end-to-end tests): find or
// install a Chromium, or exit 1 with the one-line hint.
if (import.meta.url === `file://${process.argv[1]}`) {
	if (!ensureChromium()) {
		console.error(HOW_TO_GET_CHROMIUM);
		process.exit(1);
	}
}
