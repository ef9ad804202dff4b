/**
 * Checks the atlas's data before the build, through the same `checkAtlas` the prerendering uses:
 * every `*.geojson` under `static/geo/` (recursively) against the schema in
 * `src/lib/geo/schema.ts`, with `sources` checked against the block ids of
 * `src/lib/content/source.json`, then the content in `src/lib/content/` (place and event
 * narratives, references, people, the coverage of the source, the story's chapters) against the
 * source and the data.
 * Prints one line per error and exits 1 if any.
 *
 *   npx tsx scripts/validate.ts [--dir <folder>] [--source <source.json>] [--content <folder>]
 *
 * `--dir` and `--source` point it at other data, as the tests do with their fixtures. The
 * content is checked only when `--dir` is the default or `--content` is given: the fixture
 * folders have none, and checking the real content against a fixture gazetteer would only
 * report that its places are missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAtlas, type ContentInput } from '../src/lib/content/atlas';
import type { AtlasFile } from '../src/lib/geo/validate';

const DEFAULT_DIR = 'static/geo';
const DEFAULT_CONTENT = 'src/lib/content';

/** Every `*.geojson` below `dir`, sorted so that output is stable across file systems. */
function geojsonFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.geojson'))
		.map((name) => join(dir, name))
		.sort();
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
 * The content under `dir`: place narratives (`narratives/*.md`), event narratives
 * (`events/*.md`), the story (`chapters.json`, `chapters/*.md`) and the registries (`references.json`, `people.json`, `coverage.json`).
 */
function readContent(dir: string): ContentInput {
	const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
	return {
		narratives: readNarratives(join(dir, 'narratives')),
		eventNarratives: readNarratives(join(dir, 'events')),
		references: json('references.json'),
		people: json('people.json'),
		coverage: json('coverage.json'),
		chapters: json('chapters.json'),
		chapterTexts: readNarratives(join(dir, 'chapters'))
	};
}

/** Paths as the messages show them: relative to the working directory, with `/`. */
function display(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/');
}

function main(): number {
	let options: { dir: string; source: string; content: string | null };
	try {
		const { values } = parseArgs({
			options: {
				dir: { type: 'string', default: DEFAULT_DIR },
				source: { type: 'string', default: 'src/lib/content/source.json' },
				content: { type: 'string' }
			}
		});
		const defaultDir = display(values.dir) === DEFAULT_DIR;
		options = {
			dir: values.dir,
			source: values.source,
			content: values.content ?? (defaultDir ? DEFAULT_CONTENT : null)
		};
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : error}`);
		console.error(
			'usage: tsx scripts/validate.ts [--dir <folder>] [--source <source.json>] [--content <folder>]'
		);
		return 2;
	}

	// Checked by checkAtlas against the source's schema, like every other file.
	let source: unknown;
	try {
		source = JSON.parse(readFileSync(options.source, 'utf8'));
	} catch (error) {
		// Without the source, no `sources` reference can be checked; that is a failure, not a skip.
		console.error(`${display(options.source)}: cannot read the source text: ${error}`);
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

	let content: ContentInput | undefined;
	if (options.content !== null) {
		try {
			content = readContent(options.content);
		} catch (error) {
			console.error(`${display(options.content)}: cannot read the content: ${error}`);
			return 1;
		}
	}

	const errors = checkAtlas({ files, source, content });

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
		const data: unknown = JSON.parse(text);
		const list = typeof data === 'object' && data !== null && 'features' in data && data.features;
		return count + (Array.isArray(list) ? list.length : 1);
	}, 0);
	console.log(`✓ validated ${files.length} files, ${features} features`);
	if (content) {
		const n = Object.keys(content.narratives).length + Object.keys(content.eventNarratives).length;
		console.log(
			`✓ validated ${n} narratives, the references, the people, the coverage and ${Array.isArray(content.chapters) ? content.chapters.length : 0} chapters`
		);
	}
	return 0;
}

process.exitCode = main();
