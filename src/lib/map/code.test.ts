/**
 * The live map's files as the prerender names them for an early fetch (hooks.server.ts): read
 * from Vite's manifest, in the shape the client build writes it.
 */
import { describe, expect, it } from 'vitest';
import { mapCodeFiles, mapCodeMeta, type ManifestChunk } from './code';

/** A manifest as the client build writes one: the page's chunks, the engine, MapLibre. */
const MANIFEST: Record<string, ManifestChunk> = {
	'src/lib/map/engine.ts': {
		file: '_app/immutable/chunks/engine.js',
		src: 'src/lib/map/engine.ts',
		name: 'engine',
		imports: ['_runtime.js', '_maplibre.js', '_app.js'],
		assets: [
			'_app/immutable/assets/noto-sans-latin-400-normal.woff2',
			'_app/immutable/assets/maplibre-gl.css'
		]
	},
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js', name: 'rolldown-runtime' },
	'_maplibre.js': {
		file: '_app/immutable/chunks/maplibre.js',
		name: 'maplibre',
		assets: [
			'_app/immutable/assets/maplibre-gl-worker.mjs',
			'_app/immutable/assets/maplibre-gl.css'
		]
	},
	'_app.js': {
		file: '_app/immutable/chunks/app.js',
		name: 'app',
		imports: ['_runtime.js'],
		assets: ['_app/immutable/assets/noto-sans-cyrillic-400.woff2']
	},
	'src/routes/+layout.svelte': { file: '_app/immutable/nodes/0.js', imports: ['_app.js'] }
};

describe('mapCodeFiles', () => {
	it('names the engine, every chunk it imports once each, and MapLibre’s stylesheet', () => {
		expect(mapCodeFiles(MANIFEST)).toEqual([
			'_app/immutable/chunks/engine.js',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/maplibre.js',
			'_app/immutable/chunks/app.js',
			'_app/immutable/assets/maplibre-gl.css'
		]);
	});

	it('leaves out fonts, the worker and the chunks the engine does not import', () => {
		const files = mapCodeFiles(MANIFEST);
		expect(files.filter((f) => /\.(woff2|mjs)$/.test(f))).toEqual([]);
		expect(files).not.toContain('_app/immutable/nodes/0.js');
	});

	it('fails the build when the engine or one of its chunks is not in the manifest', () => {
		const { ['src/lib/map/engine.ts']: engine, ...rest } = MANIFEST;
		expect(() => mapCodeFiles(rest)).toThrow(/no chunk for src\/lib\/map\/engine\.ts/);
		const { ['_maplibre.js']: _, ...broken } = MANIFEST;
		void _;
		expect(() => mapCodeFiles({ ...broken, 'src/lib/map/engine.ts': engine })).toThrow(
			/no chunk _maplibre\.js/
		);
	});
});

describe('mapCodeMeta', () => {
	it('is one meta element whose content lists the files, escaped for the attribute', () => {
		expect(mapCodeMeta(['a.js', 'b "c".css'])).toBe(
			'<meta name="atlas-map-code" content="a.js b &quot;c&quot;.css">'
		);
	});
});
