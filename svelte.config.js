import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { writeOfflineManifest } from './scripts/offline-manifest.js';

/**
 * The path the site is served under (`BASE_PATH=/atlas`: GitHub Pages serves a repository's site
 * at `/<repo>/`); empty at a host's root.
 */
const BASE = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (BASE && !/^\/[^/](.*[^/])?$/.test(BASE)) {
	throw new Error(`BASE_PATH starts with / and does not end with one (/atlas), not "${BASE}"`);
}

/**
 * Where the build goes: `build/` (what `npm start` serves), `build-test/` (with the map's probe),
 * and each under a sub-path in a folder of its own, so that one never overwrites another.
 */
export const OUT = `${process.env.ATLAS_PROBE === '1' ? 'build-test' : 'build'}${BASE ? '-base' : ''}`;

// 404.html: the page a static host serves for unknown paths; it suggests the nearest names.
const staticAdapter = adapter({
	pages: OUT,
	assets: OUT,
	strict: true,
	fallback: '404.html'
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files: the atlas runs on any static host.
		// Test and bench builds (ATLAS_PROBE=1, with the map's probe) go to build-test/, so that
		// build/ is always what `npm start` serves (see OUT).
		// Once every file is written, `offline.json` lists them with their sizes: what a copy saved
		// for offline use holds and costs (scripts/offline-manifest.js).
		adapter: {
			...staticAdapter,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				writeOfflineManifest(OUT);
			}
		},
		// The Content-Security-Policy goes into every prerendered page as a <meta> tag (a static
		// host sends no headers of ours). Scripts, styles, fonts, workers and data come only from
		// this origin; SvelteKit adds the hash of its one inline bootstrap script. MapLibre's
		// worker is a file of the site; `blob:` stays allowed for workers and images because
		// MapLibre falls back to blob URLs for both.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// The one inline style attribute: SvelteKit's route announcer (its exact text's
				// hash, in write_root.js); a Kit upgrade that changes it fails the tests loudly.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'font-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Small stylesheets go into the page itself: one round trip less before the first paint
		// on a slow network (Kit adds their hashes to the Content-Security-Policy).
		inlineStyleThreshold: 12_000,
		// Links are written from the site's root (`/ru/place/kulyab`, not `../place/kulyab`), so that
		// one path can be put into any language by its prefix (src/lib/state/url.ts).
		paths: { base: BASE, relative: false },
		prerender: {
			// Every page in each language: the crawl starts at each language's home page (the
			// language switch on every page links the rest, and each page's links stay in its language).
			entries: ['*', '/ru', '/tg'],
			handleHttpError: 'fail',
			// A link's `#map=zoom/lat/lng` is the explorer's view (the story's "Explore from here"),
			// not an element id; every other missing id still fails the build.
			handleMissingId: ({ id, message }) => {
				if (!id.startsWith('map=')) throw new Error(message);
			},
			// Canonical and preview URLs are absolute: set SITE_ORIGIN to where the atlas is hosted.
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173'
		}
	}
};

export default config;
