/**
 * Validates the atlas's GeoJSON before the build: every `*.geojson` under `static/geo/`
 * (recursively) against the schema in `src/lib/geo/types.ts`, with `sources` checked against the
 * block ids of `src/lib/content/source.json`. Then the narratives in `src/lib/content/narratives/`
 * against the source and the places' slugs (`validateNarratives`). Prints one line per error and
 * exits 1 if any.
 *
 *   npx tsx scripts/validate.ts [--dir <folder>] [--source <source.json>] [--narratives <folder>]
 *
 * `--dir` and `--source` point it at other data, as the tests do with their fixtures. The
 * narratives are checked only when `--dir` is the default or `--narratives` is given: the
 * fixture folders have no narratives, and checking the real ones against a fixture gazetteer
 * would only report that their places are missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, validateAtlas, type AtlasFile } from '../src/lib/geo/validate';
import { validateNarratives } from '../src/lib/content/narrative';
import type { SourceDocument } from '../src/lib/content/types';

const DEFAULT_DIR = 'static/geo';
const DEFAULT_NARRATIVES = 'src/lib/content/narratives';
const REFERENCES = 'src/lib/content/references.json';

/** Every `*.geojson` below `dir`, sorted so that output is stable across file systems. */
function geojsonFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.geojson'))
		.map((name) => join(dir, name))
		.sort();
}

/** The ids of every block of the source text: paragraphs, lists and captions can all be cited. */
function blockIds(source: SourceDocument): Set<string> {
	return new Set(source.sections.flatMap((section) => section.blocks.map((block) => block.id)));
}

/** Slug → text of every `*.md` directly in `dir`. */
function readNarratives(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { encoding: 'utf8' })
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map((name) => [name.slice(0, -'.md'.length), readFileSync(join(dir, name), 'utf8')])
	);
}

/**
 * The places' slugs from `places.geojson` in `files`, or null when it is missing or does not
 * parse: the GeoJSON check has reported that already, and guessing would only add noise.
 */
function placeSlugs(files: AtlasFile[]): string[] | null {
	const places = files.find((f) => /(^|\/)places\.geojson$/.test(f.path));
	if (!places) return null;
	try {
		const data = JSON.parse(places.text) as { features?: { properties?: { slug?: unknown } }[] };
		if (!Array.isArray(data.features)) return null;
		return data.features.flatMap((f) =>
			typeof f?.properties?.slug === 'string' ? [f.properties.slug] : []
		);
	} catch {
		return null;
	}
}

/** Paths as the messages show them: relative to the working directory, with `/`. */
function display(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/');
}

function main(): number {
	let options: { dir: string; source: string; narratives: string | null };
	try {
		const { values } = parseArgs({
			options: {
				dir: { type: 'string', default: DEFAULT_DIR },
				source: { type: 'string', default: 'src/lib/content/source.json' },
				narratives: { type: 'string' }
			}
		});
		const defaultDir = display(values.dir) === DEFAULT_DIR;
		options = {
			dir: values.dir,
			source: values.source,
			narratives: values.narratives ?? (defaultDir ? DEFAULT_NARRATIVES : null)
		};
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : error}`);
		console.error(
			'usage: tsx scripts/validate.ts [--dir <folder>] [--source <source.json>] [--narratives <folder>]'
		);
		return 2;
	}

	let source: SourceDocument;
	let paragraphIds: Set<string>;
	try {
		source = JSON.parse(readFileSync(options.source, 'utf8')) as SourceDocument;
		paragraphIds = blockIds(source);
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

	const errors = validateAtlas({ files, paragraphIds }).map((e) => ({
		file: e.file,
		line: formatError(e)
	}));

	let narratives: Record<string, string> | null = null;
	if (options.narratives !== null) {
		try {
			narratives = readNarratives(options.narratives);
		} catch (error) {
			console.error(`${display(options.narratives)}: cannot read the narratives: ${error}`);
			return 1;
		}
		// Without a readable gazetteer, check the narratives on their own rather than report
		// every one of them as belonging to no place.
		const slugs = placeSlugs(files) ?? Object.keys(narratives);
		// `[@id]` citations name entries of the references registry (issue 11).
		let referenceIds: string[];
		try {
			const references = JSON.parse(readFileSync(REFERENCES, 'utf8')) as { id?: unknown }[];
			referenceIds = references.flatMap((r) => (typeof r?.id === 'string' ? [r.id] : []));
		} catch (error) {
			console.error(`${REFERENCES}: cannot read the references: ${error}`);
			return 1;
		}
		for (const line of validateNarratives(narratives, source, slugs, referenceIds)) {
			errors.push({ file: line.slice(0, line.indexOf(': ')), line });
		}
	}

	if (errors.length > 0) {
		for (const { line } of errors) console.error(line);
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
	if (narratives) console.log(`✓ validated ${Object.keys(narratives).length} narratives`);
	return 0;
}

process.exitCode = main();
