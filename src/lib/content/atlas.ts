/**
 * The one way the atlas's data is checked and loaded; in the content layer because it checks the
 * content against the geo data model, which imports nothing of the content. `npm run validate` (scripts/validate.ts),
 * the build's prerendering (src/lib/server/atlas.ts) and the tests all call `checkAtlas` or
 * `loadAtlas` here, so there is one schema and one set of checks: the GeoJSON files, and the
 * narratives against the source and the gazetteer. Every file is parsed once, and the loader
 * returns what the schemas output. Pure: the caller supplies the texts (Vite's
 * `import.meta.glob` for pages, `fs` for scripts and tests).
 */
import { aliasIndex, type AliasIndex } from '../geo/gazetteer';
import { EVENT_LAYERS, type EventLayerId } from '../geo/layers';
import { resolveOutline } from '../geo/outline';
import type { EventFeature, PlaceFeature } from '../geo/schema';
import type { BasemapCollection, BasemapData } from '../geo/schema-geojson';
import { parseProblems } from '../geo/schema-rules';
import { fileKind, readAtlasFiles, type AtlasFile } from '../geo/validate';
import { formatError } from '../geo/validate-report';
import { checkRefs, parsePeople, parseReferences, type Person, type Reference } from './checks';
import type { LayerFile } from './checks-common';
import { parseCoverage } from './checks-coverage';
import { checkEventDates, checkEventNarratives } from './checks-events';
import { chapterEvents, parseChapters, type Chapter } from './chapters';
import { validateNarratives } from './narrative';
import { entryId, problemLine, SourceSchema } from './schema';
import type { SourceDocument } from './types';

/** The atlas as the pages read it: every part as its schema output it. */
export interface Atlas {
	places: PlaceFeature[];
	/** Features of each thematic layer, in file order. */
	layers: Record<EventLayerId, EventFeature[]>;
	/** Every slug a place answers to → its canonical slug. */
	aliases: AliasIndex;
	source: SourceDocument;
	/** The basemap's files by name (`region`, `rivers`, …), for the static maps. */
	basemap: BasemapData;
	/** The references registry and the people (empty when the input had no content). */
	references: Reference[];
	people: Person[];
	/** The story's chapters in reading order (empty when the input had no content). */
	chapters: Chapter[];
}

/**
 * The atlas's written content beside its data: the narratives of places and events, and the
 * registries of references, people and the source's coverage, as read from their files.
 */
export interface ContentInput {
	/** Place slug → narrative text (`src/lib/content/narratives/<slug>.md`). */
	narratives: Record<string, string>;
	/** Event id → narrative text (`src/lib/content/events/<id>.md`). */
	eventNarratives: Record<string, string>;
	/** `references.json`, `people.json` and `coverage.json`, parsed but not yet checked. */
	references: unknown;
	people: unknown;
	coverage: unknown;
	/**
	 * The story: `chapters.json`, parsed but not yet checked, and chapter id → the text of
	 * `chapters/<id>.md`. Checked by `checkChapters` like the narratives; absent, not checked.
	 */
	chapters?: unknown;
	chapterTexts?: Record<string, string>;
}

/** What the checks read. */
export interface AtlasInput {
	/** Every GeoJSON file, with paths relative to `static/` (or any prefix ending in them). */
	files: AtlasFile[];
	/** `source.json`, parsed but not yet checked. */
	source: unknown;
	/**
	 * The narratives and registries. Absent, they are not checked: the test fixtures are small
	 * gazetteers that the real content does not belong to.
	 */
	content?: ContentInput;
}

/** Thrown when the data does not validate; the message lists every error, one per line. */
export class AtlasDataError extends Error {
	constructor(readonly errors: string[]) {
		super(`The atlas's data is invalid:\n${errors.join('\n')}`);
		this.name = 'AtlasDataError';
	}
}

/** Paths are as under `static/`: `geo/places.geojson`, `geo/layers/osce.geojson`, … */
export const PLACES_FILE = 'geo/places.geojson';

/** Where the source text lives, as the messages name it. */
export const SOURCE_FILE = 'src/lib/content/source.json';

/** Block ids of the source text ("p1", …): paragraphs, lists and captions can all be cited. */
export function blockIds(source: SourceDocument): Set<string> {
	return new Set(source.sections.flatMap((s) => s.blocks.map((b) => b.id)));
}

/** Every block's text by id (a list's items one a line), for the checks that read the words. */
function blockTexts(source: SourceDocument): Map<string, string> {
	return new Map(
		source.sections.flatMap((s) =>
			s.blocks.map((b): [string, string] => [b.id, b.kind === 'list' ? b.items.join('\n') : b.text])
		)
	);
}

/**
 * The source text checked against `SourceSchema`: the document, or one line per problem naming
 * the file, the property and the reason.
 */
export function parseSource(
	source: unknown
): { success: true; output: SourceDocument } | { success: false; errors: string[] } {
	const result = parseProblems(SourceSchema, source);
	return result.success
		? result
		: { success: false, errors: result.problems.map((p) => problemLine(SOURCE_FILE, p)) };
}

/** One error found by `checkAtlas`: the file it is in, and the whole line to print. */
export interface AtlasError {
	file: string;
	line: string;
}

/**
 * Runs every check and returns every error, grouped by file: the source, the GeoJSON
 * (validate.ts), then the content. An empty list means the atlas is valid.
 */
export function checkAtlas(input: AtlasInput): AtlasError[] {
	return readAtlas(input).errors;
}

/** Checks and loads the atlas. Throws `AtlasDataError` listing every problem. */
export function loadAtlas(input: AtlasInput): Atlas {
	const { errors, atlas } = readAtlas(input);
	if (errors.length > 0) throw new AtlasDataError(errors.map((e) => e.line));
	if (!atlas.success) throw new AtlasDataError(atlas.missing);
	return atlas.output;
}

/**
 * Every check, and the atlas as the schemas output it when there was no error; or, the files
 * being valid, the files the pages need that were not given (the checks allow a partial atlas,
 * as the fixtures are).
 */
function readAtlas({ files, source: sourceInput, content }: AtlasInput): {
	errors: AtlasError[];
	atlas: { success: true; output: Atlas } | { success: false; missing: string[] };
} {
	const failed = { success: false as const, missing: [] };
	const source = parseSource(sourceInput);
	// Without the source no `sources` can be checked; its own errors come first and alone.
	if (!source.success) {
		return { errors: source.errors.map((line) => ({ file: SOURCE_FILE, line })), atlas: failed };
	}
	const geo = readAtlasFiles({
		files,
		paragraphIds: blockIds(source.output),
		paragraphs: blockTexts(source.output)
	});
	const errors = geo.errors.map((e) => ({ file: e.file, line: formatError(e) }));
	// Two names may differ as names and still make one slug ("Kurgan Tyube", "Kurgan-Tyube").
	const gazetteer = files.find((f) => fileKind(f.path) === 'places');
	let aliases: AliasIndex | null = null;
	if (gazetteer && !errors.some((e) => e.file === gazetteer.path)) {
		try {
			aliases = aliasIndex(geo.places.map((f) => f.properties));
		} catch (e) {
			errors.push({ file: gazetteer.path, line: `${gazetteer.path}: ${(e as Error).message}` });
		}
	}
	const written = content
		? readContent(files, geo.json, source.output, content)
		: { errors: [], references: [], people: [], chapters: [] };
	for (const line of written.errors) {
		errors.push({ file: line.slice(0, line.indexOf(': ')), line });
	}
	if (errors.length > 0) return { errors, atlas: failed };

	const missing: string[] = [];
	const layers = {} as Record<EventLayerId, EventFeature[]>;
	for (const layer of EVENT_LAYERS) {
		const path = files.find((f) => f.path.endsWith(layer.file))?.path;
		const features = path === undefined ? undefined : geo.layers.get(path);
		if (features) layers[layer.id] = features;
		else missing.push(`${layer.file}: missing`);
	}
	const collection = (name: string): BasemapCollection => {
		const path = files.find((f) => f.path.endsWith(`basemap/${name}.geojson`))?.path;
		if (path === undefined) return { type: 'FeatureCollection', features: [] };
		const checked = geo.collections.get(path);
		if (!checked) missing.push(`${path}: expected a FeatureCollection, which the static maps draw`);
		return checked ?? { type: 'FeatureCollection', features: [] };
	};
	const basemap: BasemapData = {
		context: collection('context'),
		region: collection('region'),
		tajikistan: collection('tajikistan'),
		border: collection('border'),
		labels: collection('labels'),
		rivers: collection('rivers'),
		lakes: collection('lakes'),
		towns: collection('towns'),
		provinces: collection('provinces'),
		world: collection('world'),
		outlines: collection('outlines')
	};
	if (!gazetteer) missing.push(`${PLACES_FILE}: missing`);
	if (missing.length > 0 || !aliases) return { errors: [], atlas: { success: false, missing } };
	// An outline is checked against the basemap it names, when the input has the basemap (a
	// test may load the places alone): it must resolve to an area.
	const hasBasemap = files.some((f) => f.path.includes('basemap/'));
	const outlines = geo.places.flatMap((f, index) => {
		const outline = hasBasemap && f.properties.outline;
		const result = outline && resolveOutline(outline, basemap);
		if (!result || !('reason' in result)) return [];
		const at = { file: gazetteer!.path, index, id: f.properties.slug, property: 'outline' };
		return [{ file: at.file, line: formatError({ ...at, reason: result.reason }) }];
	});
	if (outlines.length > 0) return { errors: outlines, atlas: failed };
	return {
		errors: [],
		atlas: {
			success: true,
			output: {
				places: geo.places,
				layers,
				aliases,
				source: source.output,
				basemap,
				references: written.references,
				people: written.people,
				chapters: written.chapters
			}
		}
	};
}

/**
 * The place slugs, or null when the gazetteer is missing or does not parse: the GeoJSON check
 * reports that already, and every narrative reported as belonging to no place would be noise.
 */
function placeSlugs(places: unknown): string[] | null {
	const features =
		typeof places === 'object' && places !== null && 'features' in places ? places.features : null;
	if (!Array.isArray(features)) return null;
	return features.flatMap((f: { properties?: { slug?: unknown } } | null) =>
		typeof f?.properties?.slug === 'string' ? [f.properties.slug] : []
	);
}

/**
 * The written content against the data and the source: place and event narratives (citations,
 * quotations, the date rule), the references, every `refs` and `dateRef`, the events' dates,
 * the people, the coverage of every source block and the chapters; and the registries as their
 * schemas output them.
 * @param json each GeoJSON file as parsed, whether or not it passed, so that the checks report
 *   at each feature's own index
 */
function readContent(
	files: AtlasFile[],
	json: Map<string, unknown>,
	source: SourceDocument,
	content: ContentInput
): { errors: string[]; references: Reference[]; people: Person[]; chapters: Chapter[] } {
	const references = parseReferences(content.references);
	// Every well-formed id, also of entries with other problems: those are reported once, in
	// references.json, rather than again at each citation of them.
	const referenceIds = Array.isArray(content.references)
		? content.references.flatMap((r: unknown) => entryId(r) ?? [])
		: [];
	const gazetteer = files.find((f) => fileKind(f.path) === 'places');
	const places = gazetteer ? json.get(gazetteer.path) : undefined;
	const layers: LayerFile[] = files
		.filter((f) => fileKind(f.path) === 'layer' && json.has(f.path))
		.map((f) => ({ path: f.path, data: json.get(f.path) }));
	const events = chapterEvents(layers);
	const eventSources = Object.fromEntries(
		layers.flatMap(({ data }) => {
			const features =
				typeof data === 'object' && data !== null && 'features' in data ? data.features : [];
			return (Array.isArray(features) ? features : []).flatMap(
				(f: { properties?: { id?: unknown; sources?: unknown } } | null) =>
					typeof f?.properties?.id === 'string'
						? [
								[
									f.properties.id,
									Array.isArray(f.properties.sources) ? f.properties.sources.map(String) : []
								]
							]
						: []
			);
		})
	);
	const people = parsePeople(content.people, source, referenceIds);
	const slugs = (gazetteer && placeSlugs(places)) ?? Object.keys(content.narratives);
	const coverage = parseCoverage(content.coverage, {
		source,
		placeNarratives: content.narratives,
		eventSources,
		eventNarratives: content.eventNarratives,
		peopleSources: Object.fromEntries(people.output.map((p) => [p.id, p.sources]))
	});
	// A chapter drives the map as data: one naming a place, event or paragraph the atlas lacks
	// would fail silently in the browser, so it fails the build here instead.
	const chapters =
		content.chapters === undefined
			? { errors: [], output: [] }
			: parseChapters(content.chapters, content.chapterTexts ?? {}, {
					source,
					placeSlugs: slugs,
					events,
					referenceIds
				});
	return {
		errors: [
			...validateNarratives(content.narratives, source, slugs, referenceIds),
			...checkEventNarratives(
				Object.keys(eventSources),
				content.eventNarratives,
				source,
				referenceIds
			),
			...references.errors,
			...checkEventDates(layers, source, referenceIds),
			...checkRefs(places, layers, content.people, source, referenceIds),
			...people.errors,
			...coverage.errors,
			...chapters.errors
		],
		references: references.output,
		people: people.output,
		chapters: chapters.output
	};
}
