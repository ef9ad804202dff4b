/**
 * The one way the atlas's data is loaded: the build's validation, the prerendered pages and the
 * tests all come through `loadAtlas`, so there is one schema and one set of checks. Pure: the
 * caller supplies the file texts (Vite's `import.meta.glob` for pages, `fs` for scripts/tests).
 */
import type { SourceDocument } from '../content/types';
import { aliasIndex, type AliasIndex } from './gazetteer';
import { EVENT_LAYERS, type EventLayerId } from './layers';
import type { EventFeature, PlaceFeature } from './types';
import { formatError, validateAtlas, type AtlasFile } from './validate';

export interface Atlas {
	places: PlaceFeature[];
	/** Features of each thematic layer, in file order. */
	layers: Record<EventLayerId, EventFeature[]>;
	/** Every slug a place answers to → its canonical slug. */
	aliases: AliasIndex;
	source: SourceDocument;
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

/** Block ids of the source text ("p1", …). */
export function blockIds(source: SourceDocument): Set<string> {
	return new Set(source.sections.flatMap((s) => s.blocks.map((b) => b.id)));
}

/**
 * Validates and loads the atlas. `files` are every GeoJSON file with paths relative to
 * `static/` (or any prefix ending in them). Throws `AtlasDataError` listing all problems.
 */
export function loadAtlas(files: AtlasFile[], source: SourceDocument): Atlas {
	const errors = validateAtlas({ files, paragraphIds: blockIds(source) }).map(formatError);
	if (errors.length) throw new AtlasDataError(errors);

	const parse = (suffix: string) => {
		const file = files.find((f) => f.path.endsWith(suffix));
		if (!file) throw new AtlasDataError([`${suffix}: missing`]);
		return JSON.parse(file.text).features;
	};
	const places: PlaceFeature[] = parse(PLACES_FILE);
	const layers = Object.fromEntries(EVENT_LAYERS.map((l) => [l.id, parse(l.file)])) as Record<
		EventLayerId,
		EventFeature[]
	>;
	let aliases: AliasIndex;
	try {
		aliases = aliasIndex(places.map((p) => p.properties));
	} catch (e) {
		throw new AtlasDataError([`${PLACES_FILE}: ${(e as Error).message}`]);
	}
	return { places, layers, aliases, source };
}
