import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import svelteConfig from './svelte.config.js';

/**
 * The build's version, which citations name: its date (SOURCE_DATE_EPOCH where a reproducible
 * build sets it) and its git commit, "unknown" where the atlas is built outside a git checkout.
 */
function buildVersion(): { date: string; commit: string } {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const date = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
		.toISOString()
		.slice(0, 10);
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		// No git, or not a checkout (a source tarball): the date alone names the version.
	}
	return { date, commit };
}

const APP_CHUNK = new RegExp(
	[
		String.raw`node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]`,
		// Not the name matching (gazetteer.ts: the error page and search load it when they need it)
		// nor the markers' shapes (markers.ts: the live map's, loaded with it).
		String.raw`src[\\/]lib[\\/](components|state|site)[\\/]`,
		String.raw`src[\\/]lib[\\/]geo[\\/](?!gazetteer\.ts|markers\.ts)`,
		String.raw`src[\\/]routes[\\/]\+(layout|error)\.svelte$`,
		String.raw`\.svelte-kit[\\/]generated[\\/]root\.svelte$`
	].join('|')
);

export default defineConfig({
	plugins: [
		// The interface's messages (messages/*.json), compiled into typed functions at build time
		// (src/lib/paraglide, generated and not committed); the page's language is its path's prefix.
		// Vitest uses what `npm run i18n` compiled: the plugin's watcher would keep it from exiting.
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						strategy: ['custom-atlas', 'baseLocale']
					})
				]),
		sveltekit()
	],
	define: {
		// The map's probe (`window.__atlas`) for tests and the benchmark: `ATLAS_PROBE=1 vite build`
		// builds into build-test/ with it; `npm run build` (what `npm start` serves) without it, and
		// the minifier drops the probe's code as dead.
		__ATLAS_PROBE__: JSON.stringify(process.env.ATLAS_PROBE === '1'),
		__ATLAS_VERSION__: JSON.stringify(buildVersion()),
		// The origin canonical URLs name (SITE_ORIGIN), for the browser too: a citation's permalink
		// stays the canonical one wherever the page is opened (a preview, a test server, a mirror).
		__SITE_ORIGIN__: JSON.stringify(svelteConfig.kit?.prerender?.origin)
	},
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	build: {
		// Fonts stay files, however small the cut ones are (src/lib/fonts): a font inlined as a
		// data: URL would ride in every page's CSS and the map's code whether a page shows its
		// letters or not, and the Content-Security-Policy allows fonts only from the site.
		assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// MapLibre in a chunk of its own: it changes rarely (long-lived cache), and the
						// build report and the benchmark can tell it apart from the atlas's own code.
						{ name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ },
						// What every page loads before it responds, as one file rather than twenty: the
						// Svelte and Kit runtimes, the layout and error page, and the shared components,
						// state and geography. One gzip stream compresses the names these share (3.6 kB
						// less on a place page) and a phone opens one request instead of twenty. The
						// map's glue (src/lib/map), search and the page-specific content stay in chunks
						// of their own, loaded only when they are needed.
						{ name: 'app', test: APP_CHUNK }
					]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		// Two cores on CI machines: the data tests read megabytes of JSON.
		maxWorkers: 2
	}
});
