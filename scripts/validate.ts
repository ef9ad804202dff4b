/**
 * Validates the atlas's GeoJSON before the build: every `*.geojson` under `static/geo/`
 * (recursively) against the schema in `src/lib/geo/types.ts`, with `sources` checked against the
 * block ids of `src/lib/content/source.json`. Prints one line per error and exits 1 if any.
 *
 *   npx tsx scripts/validate.ts [--dir <folder>] [--source <source.json>]
 *
 * `--dir` and `--source` point it at other data, as the tests do with their fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, validateAtlas, type AtlasFile } from '../src/lib/geo/validate';
import type { SourceDocument } from '../src/lib/content/types';

/** Every `*.geojson` below `dir`, sorted so that output is stable across file systems. */
function geojsonFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.geojson'))
		.map((name) => join(dir, name))
		.sort();
}

/** The ids of every block of the source text: paragraphs, lists and captions can all be cited. */
function blockIds(sourcePath: string): Set<string> {
	const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as SourceDocument;
	return new Set(source.sections.flatMap((section) => section.blocks.map((block) => block.id)));
}

/** Paths as the messages show them: relative to the working directory, with `/`. */
function display(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/');
}

function main(): number {
	let options: { dir: string; source: string };
	try {
		const { values } = parseArgs({
			options: {
				dir: { type: 'string', default: 'static/geo' },
				source: { type: 'string', default: 'src/lib/content/source.json' }
			}
		});
		options = { dir: values.dir, source: values.source };
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : error}`);
		console.error('usage: tsx scripts/validate.ts [--dir <folder>] [--source <source.json>]');
		return 2;
	}

	let paragraphIds: Set<string>;
	try {
		paragraphIds = blockIds(options.source);
	} catch (error) {
		// Without the source, no `sources` reference can be checked; that is a failure, not a skip.
		console.error(`${display(options.source)}: cannot read the source text's block ids: ${error}`);
		return 1;
	}

	let files: AtlasFile[];
	try {
		files = geojsonFiles(options.dir).map((path) => ({
			path: display(path),
			text: readFileSync(path, 'utf8')
		}));
	} catch (error) {
		console.error(`${display(options.dir)}: cannot read the folder: ${error}`);
		return 1;
	}
	if (files.length === 0) {
		console.error(`${display(options.dir)}: no .geojson files found`);
		return 1;
	}

	const errors = validateAtlas({ files, paragraphIds });
	if (errors.length > 0) {
		for (const error of errors) console.error(formatError(error));
		const failing = new Set(errors.map((e) => e.file)).size;
		console.error(
			`\n${errors.length} error${errors.length === 1 ? '' : 's'} in ${failing} file${failing === 1 ? '' : 's'}`
		);
		return 1;
	}

	// Every file parsed and is a FeatureCollection or a lone GeoJSON object, or it would have failed.
	const features = files.reduce((count, { text }) => {
		const data = JSON.parse(text) as { features?: unknown[] };
		return count + (Array.isArray(data.features) ? data.features.length : 1);
	}, 0);
	console.log(`✓ validated ${files.length} files, ${features} features`);
	return 0;
}

process.exitCode = main();
