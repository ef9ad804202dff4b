/**
 * The one way the atlas's data is checked and loaded. `npm run validate` (scripts/validate.ts),
 * the build's prerendering (src/lib/server/atlas.ts) and the tests all call `checkAtlas` or
 * `loadAtlas` here, so there is one schema and one set of checks: the GeoJSON files, and the
 * narratives against the source and the gazetteer. Pure: the caller supplies the texts (Vite's
 * `import.meta.glob` for pages, `fs` for scripts and tests).
 */
import { validateNarratives } from '../content/narrative';
import type { SourceDocument } from '../content/types';
import { aliasIndex, type AliasIndex } from './gazetteer';
import { EVENT_LAYERS, type EventLayerId } from './layers';
import type { EventFeature, PlaceFeature } from './schema';
import { fileKind, formatError, validateAtlas, type AtlasFile } from './validate';

export interface Atlas {
	places: PlaceFeature[];
	/** Features of each thematic layer, in file order. */
	layers: Record<EventLayerId, EventFeature[]>;
	/** Every slug a place answers to → its canonical slug. */
	aliases: AliasIndex;
	source: SourceDocument;
}

/** What the checks read. */
export interface AtlasInput {
	/** Every GeoJSON file, with paths relative to `static/` (or any prefix ending in them). */
	files: AtlasFile[];
	source: SourceDocument;
	/**
	 * Place slug → narrative text. Absent, the narratives are not checked: the test fixtures are
	 * small gazetteers that the real narratives do not belong to.
	 */
	narratives?: Record<string, string>;
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
export function checkAtlas({ files, source, narratives }: AtlasInput): AtlasError[] {
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
	if (narratives) {
		const slugs = placeSlugs(files) ?? Object.keys(narratives);
		for (const line of validateNarratives(narratives, source, slugs)) {
			errors.push({ file: line.slice(0, line.indexOf(': ')), line });
		}
	}
	return errors;
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
	// checkAtlas has built this index once already: it cannot throw here.
	const aliases = aliasIndex(places.map((p) => p.properties));
	return { places, layers, aliases, source: input.source };
}
