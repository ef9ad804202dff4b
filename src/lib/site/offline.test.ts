/** The worker's shell and the saved copy's files, as the worker and the data page choose them. */
import { describe, expect, it } from 'vitest';
import { filesOf, shellOf, type OfflineManifest } from './offline';

const NOT_FOUND = `<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="/_app/immutable/chunks/shared.js" rel="modulepreload">
<link href="/_app/immutable/assets/noto-sans-latin-400.woff2" rel="preload" as="font">
<meta name="atlas-map-code" content="_app/immutable/chunks/engine.js _app/immutable/chunks/shared.js _app/immutable/chunks/maplibre.js _app/immutable/assets/maplibre-gl.X.css">
<script>import("/_app/immutable/entry/app.B.js")</script>`;

const BUILD = [
	'/_app/immutable/entry/start.A.js',
	'/_app/immutable/entry/app.B.js',
	'/_app/immutable/chunks/shared.js',
	'/_app/immutable/chunks/engine.js',
	'/_app/immutable/chunks/maplibre.js',
	'/_app/immutable/nodes/5.C.js',
	'/_app/immutable/assets/maplibre-gl.X.css',
	'/_app/immutable/assets/maplibre-gl-worker.Y.mjs',
	'/_app/immutable/assets/noto-sans-latin-400.woff2',
	'/_app/immutable/assets/noto-sans-cyrillic-400.woff2'
];

describe('shellOf', () => {
	it('keeps what the 404 page loads and the rest of the app, not the live map’s code', () => {
		expect(shellOf(NOT_FOUND, BUILD, '').sort()).toEqual(
			[
				'/_app/immutable/entry/start.A.js',
				'/_app/immutable/entry/app.B.js',
				// The map's meta names it, but the page loads it too: it stays.
				'/_app/immutable/chunks/shared.js',
				'/_app/immutable/nodes/5.C.js',
				'/_app/immutable/assets/noto-sans-latin-400.woff2',
				'/_app/immutable/assets/noto-sans-cyrillic-400.woff2'
			].sort()
		);
	});

	it('reads the map’s files under the base path', () => {
		const based = BUILD.map((path) => `/atlas${path}`);
		const html = NOT_FOUND.replaceAll('"/_app', '"/atlas/_app');
		const shell = shellOf(html, based, '/atlas');
		expect(shell).not.toContain('/atlas/_app/immutable/chunks/engine.js');
		expect(shell).not.toContain('/atlas/_app/immutable/chunks/maplibre.js');
		expect(shell).toContain('/atlas/_app/immutable/nodes/5.C.js');
	});
});

describe('filesOf', () => {
	const manifest: OfflineManifest = {
		version: '1',
		files: [
			{ path: '/place/kulyab', bytes: 3, transfer: 1, lang: 'en' },
			{ path: '/ru/place/kulyab', bytes: 3, transfer: 1, lang: 'ru' },
			{ path: '/geo/places.geojson', bytes: 3, transfer: 1, lang: null }
		]
	};
	it('is one language’s pages and what every language shares', () => {
		expect(filesOf(manifest, 'ru').map((f) => f.path)).toEqual([
			'/ru/place/kulyab',
			'/geo/places.geojson'
		]);
	});
});
