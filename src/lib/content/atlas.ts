/**
 * The one way the atlas's data is checked and loaded. `npm run validate` (scripts/validate.ts),
 * the build's prerendering (src/lib/server/atlas.ts) and the tests all call `checkAtlas` or
 * `loadAtlas` here, so there is one schema and one set of checks: the GeoJSON files, and the
 * narratives against the source and the gazetteer. Pure: the caller supplies the texts (Vite's
 * `import.meta.glob` for pages, `fs` for scripts and tests).
 */
import { aliasIndex, type AliasIndex } from '../geo/gazetteer';
import { EVENT_LAYERS, type EventLayerId } from '../geo/layers';
import type { EventFeature, PlaceFeature } from '../geo/schema';
import type { BasemapData } from '../geo/staticmap';
import { fileKind, formatError, validateAtlas, type AtlasFile } from '../geo/validate';
import {
	checkCoverage,
	checkEventDates,
	checkEventNarratives,
	checkPeople,
	checkReferences,
	checkRefs,
	type LayerFile,
	type Person,
	type Reference
} from './checks';
import { chapterEvents, checkChapters, type Chapter } from './chapters';
import { validateNarratives } from './narrative';
import type { SourceDocument } from './types';

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
	 * The story (issue 15): `chapters.json`, parsed but not yet checked, and chapter id → the text
	 * of `chapters/<id>.md`. Checked by `checkChapters` like the narratives; absent, not checked.
	 */
	chapters?: unknown;
	chapterTexts?: Record<string, string>;
}

/** What the checks read. */
export interface AtlasInput {
	/** Every GeoJSON file, with paths relative to `static/` (or any prefix ending in them). */
	files: AtlasFile[];
	source: SourceDocument;
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

/** Block ids of the source text ("p1", …): paragraphs, lists and captions can all be cited. */
export function blockIds(source: SourceDocument): Set<string> {
	return new Set(source.sections.flatMap((s) => s.blocks.map((b) => b.id)));
}

/**
 * The places' slugs, or null when the gazetteer is missing or does not parse: the GeoJSON check
 * reports that already, and every narrative reported as belonging to no place would be noise.
 */
function placeSlugs(files: AtlasFile[]): string[] | null {
	const places = files.find((f) => fileKind(f.path) === 'places');
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

/** One error found by `checkAtlas`: the file it is in, and the whole line to print. */
export interface AtlasError {
	file: string;
	line: string;
}

/**
 * Runs every check and returns every error, grouped by file: the GeoJSON (validate.ts), then
 * the narratives. An empty list means the atlas is valid.
 */
export function checkAtlas({ files, source, content }: AtlasInput): AtlasError[] {
	const errors = validateAtlas({ files, paragraphIds: blockIds(source) }).map((e) => ({
		file: e.file,
		line: formatError(e)
	}));
	// Two names may differ as names and still make one slug ("Kurgan Tyube", "Kurgan-Tyube").
	const gazetteer = files.find((f) => fileKind(f.path) === 'places');
	if (gazetteer && !errors.some((e) => e.file === gazetteer.path)) {
		try {
			aliasIndex(JSON.parse(gazetteer.text).features.map((f: PlaceFeature) => f.properties));
		} catch (e) {
			errors.push({ file: gazetteer.path, line: `${gazetteer.path}: ${(e as Error).message}` });
		}
	}
	if (content) {
		for (const line of checkContent(files, source, content)) {
			errors.push({ file: line.slice(0, line.indexOf(': ')), line });
		}
	}
	return errors;
}

/** The GeoJSON files that parse, for the checks that read them whole; the rest are reported. */
function parsedFiles(files: AtlasFile[]): { places: unknown; layers: LayerFile[] } {
	const parse = (text: string): unknown => {
		try {
			return JSON.parse(text);
		} catch {
			return null;
		}
	};
	const places = files.find((f) => fileKind(f.path) === 'places');
	return {
		places: places ? parse(places.text) : null,
		layers: files
			.filter((f) => fileKind(f.path) === 'layer')
			.map((f) => ({ path: f.path, data: parse(f.text) }))
	};
}

/**
 * The written content against the data and the source: place and event narratives (citations,
 * quotations, the date rule), the references, every `refs` and `dateRef`, the events' dates,
 * the people, and the coverage of every source block.
 */
function checkContent(files: AtlasFile[], source: SourceDocument, content: ContentInput): string[] {
	const referenceIds = Array.isArray(content.references)
		? content.references.flatMap((r: { id?: unknown }) => (typeof r?.id === 'string' ? [r.id] : []))
		: [];
	const { places, layers } = parsedFiles(files);
	const events = layers.flatMap(({ data }) =>
		Array.isArray((data as { features?: unknown })?.features)
			? (data as { features: { properties?: { id?: unknown; sources?: unknown } }[] }).features
			: []
	);
	const eventIds = events.flatMap((e) =>
		typeof e.properties?.id === 'string' ? [e.properties.id] : []
	);
	const people = Array.isArray(content.people) ? (content.people as Person[]) : [];
	const slugs = placeSlugs(files) ?? Object.keys(content.narratives);
	return [
		...validateNarratives(content.narratives, source, slugs, referenceIds),
		...checkEventNarratives(eventIds, content.eventNarratives, source, referenceIds),
		...checkReferences(content.references),
		...checkEventDates(layers, source, referenceIds),
		...checkRefs(places, layers, content.people, source, referenceIds),
		...checkPeople(content.people, source, referenceIds),
		...checkCoverage(content.coverage, {
			source,
			placeNarratives: content.narratives,
			eventSources: Object.fromEntries(
				events.map((e) => [String(e.properties?.id), (e.properties?.sources as string[]) ?? []])
			),
			eventNarratives: content.eventNarratives,
			peopleSources: Object.fromEntries(people.map((p) => [p.id, p.sources]))
		}),
		// A chapter drives the map as data: one naming a place, event or paragraph the atlas lacks
		// would fail silently in the browser, so it fails the build here instead.
		...(content.chapters === undefined
			? []
			: checkChapters(content.chapters, content.chapterTexts ?? {}, {
					source,
					placeSlugs: slugs,
					events: chapterEvents(layers),
					referenceIds
				}))
	];
}

/** Checks and loads the atlas. Throws `AtlasDataError` listing every problem. */
export function loadAtlas(input: AtlasInput): Atlas {
	const errors = checkAtlas(input).map((e) => e.line);
	if (errors.length) throw new AtlasDataError(errors);

	const parse = (suffix: string) => {
		const file = input.files.find((f) => f.path.endsWith(suffix));
		if (!file) throw new AtlasDataError([`${suffix}: missing`]);
		return JSON.parse(file.text).features;
	};
	const places: PlaceFeature[] = parse(PLACES_FILE);
	const layers = Object.fromEntries(EVENT_LAYERS.map((l) => [l.id, parse(l.file)])) as Record<
		EventLayerId,
		EventFeature[]
	>;
	const empty = { type: 'FeatureCollection', features: [] };
	const basemap = Object.fromEntries(
		['context', 'region', 'tajikistan', 'border', 'labels', 'rivers', 'lakes', 'towns'].map(
			(name) => {
				const file = input.files.find((f) => f.path.endsWith(`basemap/${name}.geojson`));
				return [name, file ? JSON.parse(file.text) : empty];
			}
		)
	) as unknown as BasemapData;
	// checkAtlas has built this index once already: it cannot throw here.
	const aliases = aliasIndex(places.map((p) => p.properties));
	return {
		places,
		layers,
		aliases,
		source: input.source,
		basemap,
		references: (input.content?.references as Reference[]) ?? [],
		people: (input.content?.people as Person[]) ?? [],
		chapters: (input.content?.chapters as Chapter[] | undefined) ?? []
	};
}
