/**
 * "The JavaScript the atlas adds beyond maplibre-gl": the JS files a page actually loaded (the
 * server's record of a cold load), minus MapLibre's chunk and worker, each gzipped
 * from the build output. The MapLibre files are known from Vite's manifest: the chunk the
 * `maplibre` code-splitting group in vite.config.ts makes, and the worker imported as `?url`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ManifestChunk } from '../../src/lib/map/code';
import type { Transfer } from './server';

/** Paths (under the site root, no leading slash) of MapLibre's chunk(s) and worker. */
export function maplibreFiles(manifestPath: string): Set<string> {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
	const files = new Set<string>();
	for (const [key, chunk] of Object.entries(manifest)) {
		if (chunk.name === 'maplibre' || /maplibre-gl-worker/.test(key)) files.add(chunk.file);
	}
	if (![...files].some((f) => f.endsWith('.js'))) {
		throw new Error(`no 'maplibre' chunk in ${manifestPath}: was the codeSplitting group renamed?`);
	}
	return files;
}

export interface JsWeight {
	/** gzip -9 bytes of the atlas's own JS (and its other dependencies'). */
	gzip: number;
	raw: number;
	files: { path: string; raw: number; gzip: number }[];
	/** gzip bytes of the MapLibre files the page loaded, for scale. */
	maplibreGzip: number;
}

/** Weighs the JS a page loaded, split into MapLibre and everything else. */
export function jsBeyondMaplibre(
	transfers: Transfer[],
	siteDir: string,
	maplibre: Set<string>
): JsWeight {
	const paths = [
		...new Set(
			transfers
				.filter((t) => t.kind === 'js')
				.map((t) => new URL(t.url, 'http://localhost').pathname.slice(1))
		)
	];
	const weigh = (path: string) => {
		const file = join(siteDir, path);
		const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
		return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
	};
	const files = paths
		.filter((p) => !maplibre.has(p))
		.map(weigh)
		.sort((a, b) => b.gzip - a.gzip);
	const ml = paths.filter((p) => maplibre.has(p)).map(weigh);
	return {
		gzip: files.reduce((a, f) => a + f.gzip, 0),
		raw: files.reduce((a, f) => a + f.raw, 0),
		files,
		maplibreGzip: ml.reduce((a, f) => a + f.gzip, 0)
	};
}
