/**
 * Build-time validation of the atlas's GeoJSON, file by file: size and JSON syntax, then each
 * feature's GeoJSON (validate-geometry.ts) and, for the gazetteer and the thematic layers, the
 * atlas schema (`schema.ts`) and the rules across features (validate-features.ts); what passes is
 * kept, typed by the schemas, for the loader. Errors are reported as validate-report.ts formats
 * them. Pure TypeScript, no fs: the caller reads the files (see `scripts/validate.ts`), so the
 * tests can feed strings directly. Every check runs and every error is collected; a build that
 * stops at the first bad record makes fixing a big data file a slow loop.
 */
import type { Geometry } from 'geojson';
import * as v from 'valibot';
import {
	EventFeatureSchema,
	PlaceFeatureSchema,
	type EventFeature,
	type PlaceFeature
} from './schema';
import { BasemapCollectionSchema, type BasemapCollection } from './schema-geojson';
import { parseProblems, show } from './schema-rules';
import {
	checkEvent,
	checkPlace,
	createRegistry,
	resolvePlaceRefs,
	type Registry,
	type SourceBlocks
} from './validate-features';
import {
	emptyParts,
	geometryProblems,
	gjv,
	isObject,
	traced,
	type Props
} from './validate-geometry';
import type { Report, ValidationError } from './validate-report';

/**
 * Largest file accepted, in bytes. The whole basemap is budgeted at 300 KB; a single layer this
 * size would already need vector tiles rather than one GeoJSON fetched whole, so a file over it
 * is a mistake (an unsimplified export, say), not data to ship.
 */
export const MAX_FILE_BYTES = 2_000_000;

/** One file to validate: its path (used for messages and to choose the schema) and its text. */
export interface AtlasFile {
	path: string;
	text: string;
}

/** Everything the validator needs: the GeoJSON files and the blocks of the source they cite. */
export interface AtlasInput extends SourceBlocks {
	files: AtlasFile[];
}

/** Which rules apply to a file. */
export type FileKind = 'places' | 'layer' | 'geometry';

/**
 * The schema a file gets, from its path: `places.geojson` is the gazetteer, any `.geojson` in a
 * `layers` folder is a thematic layer, anything else (the basemap) is checked as geometry only.
 * @param path a path with `/` or `\` separators
 */
export function fileKind(path: string): FileKind {
	const parts = path.split(/[\\/]/);
	if (parts.at(-1) === 'places.geojson') return 'places';
	if (parts.at(-2) === 'layers' && path.endsWith('.geojson')) return 'layer';
	return 'geometry';
}

/** Byte length as served, in UTF-8; `text.length` counts UTF-16 units and undercounts Cyrillic. */
function utf8Bytes(text: string): number {
	return new TextEncoder().encode(text).length;
}

/**
 * The text of a JSON syntax error with a line and column; V8 gives only a character offset,
 * which nobody can find in an editor.
 */
function describeJsonError(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const offset = /at position (\d+)/.exec(message);
	if (!offset || /line \d+/.test(message)) return message;
	const before = text.slice(0, Number(offset[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `${message} (line ${line}, column ${column})`;
}

/** A label for a feature in messages: its slug, id or name, whichever it has. */
function featureLabel(feature: Props, kind: FileKind): string | undefined {
	const props = isObject(feature.properties) ? feature.properties : {};
	const candidates =
		kind === 'places'
			? [props.slug]
			: kind === 'layer'
				? [props.id]
				: [props.id, props.slug, props.name, feature.id];
	const label = candidates.find((c) => typeof c === 'string' || typeof c === 'number');
	return label === undefined ? undefined : String(label);
}

/** Structural, geometric and schema checks of one feature. */
function checkFeature(
	feature: unknown,
	index: number,
	file: string,
	kind: FileKind,
	input: AtlasInput,
	registry: Registry,
	errors: ValidationError[]
): void {
	const before = errors.length;
	const id = isObject(feature) ? featureLabel(feature, kind) : undefined;
	const report: Report = (property, reason) =>
		errors.push({
			file,
			index,
			...(id === undefined ? {} : { id }),
			...(property === undefined ? {} : { property }),
			reason
		});

	const geometry = isObject(feature) ? feature.geometry : undefined;
	const empty = emptyParts(geometry);
	for (const problem of empty) report(undefined, `geometry: ${problem}`);
	const structural = empty.length > 0 ? [] : traced(() => gjv.isFeature(feature, true));
	for (const problem of structural) report(undefined, `not valid GeoJSON: ${problem}`);
	if (!isObject(feature)) return;

	if (empty.length === 0 && structural.length === 0 && isObject(geometry)) {
		for (const problem of geometryProblems(geometry as unknown as Geometry))
			report(undefined, problem);
	}
	if (kind === 'geometry') return;
	if (feature.geometry === null)
		report(undefined, 'geometry: null; every atlas feature needs a location');
	if (!isObject(feature.properties)) {
		if ('properties' in feature)
			report(undefined, `properties: expected an object, got ${show(feature.properties)}`);
		return;
	}
	const place = kind === 'places' ? parseProblems(PlaceFeatureSchema, feature) : null;
	const event = kind === 'layer' ? parseProblems(EventFeatureSchema, feature) : null;
	const failed = [place, event].flatMap((p) => (p && !p.success ? p.problems : []));
	// The properties' problems, with paths relative to the properties as messages name them.
	const problems = failed.flatMap(({ property, reason }) =>
		property === 'properties' || property?.startsWith('properties.')
			? [{ property: property.slice('properties.'.length) || undefined, reason }]
			: []
	);
	if (kind === 'places')
		checkPlace(feature.properties, problems, file, index, input, registry, report);
	else checkEvent(feature.properties, problems, file, index, input, registry, report);
	if (errors.length > before) return;
	// Every other check passed, yet the structure did not: say so rather than drop the feature.
	for (const p of failed) report(undefined, `not valid GeoJSON: ${p.property}: ${p.reason}`);
	if (place?.success) registry.places.push(place.output);
	if (event?.success)
		registry.layers.set(file, [...(registry.layers.get(file) ?? []), event.output]);
}

/** Checks one file's text, recording what the cross-file checks need in `registry`. */
function checkFile(
	{ path: file, text }: AtlasFile,
	input: AtlasInput,
	registry: Registry,
	errors: ValidationError[]
): void {
	const kind = fileKind(file);
	if (kind === 'places') registry.placesFiles++;
	if (kind === 'layer') registry.layerFiles.push(file);
	const report = (reason: string): void => void errors.push({ file, reason });

	const bytes = utf8Bytes(text);
	if (bytes > MAX_FILE_BYTES)
		report(
			`file is ${bytes} bytes, over the limit of ${MAX_FILE_BYTES} (MAX_FILE_BYTES); simplify it or use vector tiles`
		);

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		report(`not valid JSON: ${describeJsonError(text, error)}`);
		if (kind === 'places') registry.placesUnreadable = true;
		return;
	}
	registry.json.set(file, data);

	if (isObject(data) && data.type === 'FeatureCollection' && Array.isArray(data.features)) {
		const before = errors.length;
		if (kind === 'layer') registry.layers.set(file, []);
		data.features.forEach((feature, index) =>
			checkFeature(feature, index, file, kind, input, registry, errors)
		);
		if (kind === 'geometry' && errors.length === before) {
			const parsed = v.safeParse(BasemapCollectionSchema, data);
			if (parsed.success) registry.collections.set(file, parsed.output);
			else report(`not valid GeoJSON: ${parsed.issues[0].message}`);
		}
		return;
	}
	if (kind !== 'geometry') {
		if (kind === 'places') registry.placesUnreadable = true;
		const got = isObject(data) ? `type ${show(data.type)}` : show(data);
		report(`expected a FeatureCollection with a "features" array, got ${got}`);
		return;
	}
	// Basemap files may hold a single Feature or geometry.
	const geometry = isObject(data) && data.type === 'Feature' ? data.geometry : data;
	const empty = emptyParts(geometry);
	for (const problem of empty) report(`geometry: ${problem}`);
	const structural = empty.length > 0 ? [] : traced(() => gjv.valid(data, true));
	for (const problem of structural) report(`not valid GeoJSON: ${problem}`);
	if (empty.length === 0 && structural.length === 0 && isObject(geometry))
		for (const problem of geometryProblems(geometry as unknown as Geometry)) report(problem);
}

/** What `readAtlasFiles` found: every error, and the features and collections that passed. */
export interface AtlasFilesResult {
	errors: ValidationError[];
	/** The gazetteer's features that passed every check, in file order. */
	places: PlaceFeature[];
	/** Layer file → its features that passed every check, in file order. */
	layers: Map<string, EventFeature[]>;
	/** Basemap file → its FeatureCollection, when it is one and passed every check. */
	collections: Map<string, BasemapCollection>;
	/**
	 * File → its JSON as parsed, whether or not it passed, for the content's checks that read
	 * whole files (an event's dates, its references) and must report what they find at the
	 * feature's own index.
	 */
	json: Map<string, unknown>;
}

/**
 * Validates the atlas's GeoJSON files together, collecting every error rather than stopping at the
 * first; see `readAtlasFiles`.
 */
export function validateAtlas(input: AtlasInput): ValidationError[] {
	return readAtlasFiles(input).errors;
}

/**
 * Validates the atlas's GeoJSON files together, collecting every error rather than stopping at the
 * first, and keeps what passed as the schemas output it: each file is parsed once, here. Per file:
 * size, JSON syntax, GeoJSON validity (geojson-validation), coordinate range, decimals and
 * polygon self-intersections. Gazetteer (`places.geojson`) and layer
 * (`layers/*.geojson`) files also get the schema of `schema.ts`, plus the cross-file rules: unique
 * slugs, ids unique across all layers, no name shared by two places, names that agree with their
 * kinds and languages (names.ts), and every `place` and
 * `sources` reference resolving. Coordinate checks of a feature are skipped while its structure
 * is invalid, since they would only repeat the same fault.
 * @returns the errors, grouped by file in input order and by feature within a file; empty when
 *   the atlas is valid
 */
export function readAtlasFiles(input: AtlasInput): AtlasFilesResult {
	const errors: ValidationError[] = [];
	const registry = createRegistry();
	for (const file of input.files) checkFile(file, input, registry, errors);
	resolvePlaceRefs(registry, errors);

	const order = new Map(input.files.map((f, i) => [f.path, i]));
	// Array.prototype.sort is stable, so errors of one feature keep the order they were found in.
	errors.sort(
		(a, b) =>
			(order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || (a.index ?? -1) - (b.index ?? -1)
	);
	return {
		errors,
		places: registry.places,
		layers: registry.layers,
		collections: registry.collections,
		json: registry.json
	};
}
