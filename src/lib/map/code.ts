/**
 * The files of the live map's code (engine.ts, MapLibre, its stylesheet), named in every
 * prerendered page so that a wide screen can fetch them while the page loads, at low priority
 * and without running them (`fetchMapCode` in AtlasMap.svelte). Their names carry
 * content hashes that only the client build knows: the prerender reads them from its Vite
 * manifest (hooks.server.ts). Also the mark that tells the map's own work from the page's.
 */

/** A chunk of Vite's build manifest (`.vite/manifest.json`), as far as this reads it. */
export interface ManifestChunk {
	file: string;
	src?: string;
	name?: string;
	imports?: string[];
	assets?: string[];
}

/**
 * Where SvelteKit's client build writes its Vite manifest (under `kit.outDir`), relative to the
 * project: read by the prerender (hooks.server.ts) and the bench.
 */
export const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** The manifest key of the module AtlasMap.svelte imports to start the live map. */
export const MAP_ENTRY = 'src/lib/map/engine.ts';

/**
 * The User Timing mark AtlasMap sets as it mounts, at the end of the page's hydration. What the
 * main thread does before it is the page's own work (its HTML, styles, layout, hydration); what
 * it does after is the map's (MapLibre's code, its start, its first render). The bench splits
 * blocking time at it, and a profiler shows it.
 */
export const MAP_MOUNT_MARK = 'atlas:map-mount';

/** The `<meta>` that carries the files' paths, space-separated, relative to the site's root. */
export const MAP_CODE_META = 'atlas-map-code';

/**
 * The files the live map's entry loads: its chunk, every chunk it imports (transitively: the
 * ones the page has already are skipped in the browser), and the stylesheets among their assets
 * (MapLibre's, which engine.ts links itself; a chunk's own `css` is the page's, linked with it).
 * Fonts and the worker are left out: the map asks for the fonts its labels need, and fetching
 * the worker early made no difference (bench/README). Throws when
 * the entry is not in the manifest, so that a renamed engine fails the build instead of silently
 * fetching nothing.
 */
export function mapCodeFiles(
	manifest: Record<string, ManifestChunk>,
	entry: string = MAP_ENTRY
): string[] {
	if (!manifest[entry]) {
		throw new Error(`the Vite manifest has no chunk for ${entry}: was the live map's entry moved?`);
	}
	const scripts: string[] = [];
	const styles = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`the Vite manifest has no chunk ${key} (imported by ${entry})`);
		scripts.push(chunk.file);
		for (const file of chunk.assets ?? []) if (file.endsWith('.css')) styles.add(file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(entry);
	return [...scripts, ...styles];
}

/** The `<meta>` element naming the files (escaped for an attribute). */
export function mapCodeMeta(files: readonly string[]): string {
	const content = files.join(' ').replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return `<meta name="${MAP_CODE_META}" content="${content}">`;
}
