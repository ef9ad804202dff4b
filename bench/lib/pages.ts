/**
 * Builds the bench's own pages into `build/__bench/` with Vite, the way the atlas is built
 * (same Vite, same `maplibre` chunk, minified), so the floor and the scale page are served and
 * measured exactly like the atlas. Each page is its own build: the floor shares no chunk with
 * the scale page (which carries `pmtiles`).
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Builds one page (`bench/pages/<name>/index.html`) to `<outDir>/<name>/`. */
async function buildPage(name: string, outDir: string): Promise<void> {
	await build({
		configFile: false,
		logLevel: 'warn',
		root: resolve(ROOT, 'bench/pages'),
		base: '/__bench/',
		resolve: { alias: { $lib: resolve(ROOT, 'src/lib') } },
		build: {
			outDir,
			emptyOutDir: false,
			assetsDir: `${name}/assets`,
			reportCompressedSize: false,
			// As vite.config.ts: fonts stay files, so the floor fetches the atlas's font files.
			assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
			// MapLibre alone is over 1 MB minified; the warning says nothing new.
			chunkSizeWarningLimit: 2048,
			rolldownOptions: {
				input: resolve(ROOT, 'bench/pages', name, 'index.html'),
				output: {
					// As vite.config.ts: MapLibre in a chunk of its own.
					codeSplitting: {
						groups: [{ name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ }]
					}
				}
			}
		}
	});
}

/** Builds the floor and the scale page into `outDir` (served at `/__bench/`). */
export async function buildBenchPages(outDir: string): Promise<void> {
	await buildPage('floor', outDir);
	await buildPage('scale', outDir);
}
