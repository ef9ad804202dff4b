/**
 * Build-time validation of the atlas's GeoJSON: geometry validity for every file, and the atlas
 * schema (`schema.ts`) for the gazetteer and the thematic layers; what passes is kept, typed by
 * the schemas, for the loader. Pure TypeScript, no fs: the
 * caller reads the files (see `scripts/validate.ts`), so the tests can feed strings directly.
 * Every check runs and every error is collected; a build that stops at the first bad record makes
 * fixing a big data file a slow loop.
 */
import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
// @ts-expect-error geojson-validation ships no types; GeoJsonValidator below types what is used.
import gjvUntyped from 'geojson-validation';
import { attestationProblems } from './attested';
import { isValidRange } from './dates';
import { nameProblems } from './names';
import * as v from 'valibot';
import {
	EventFeatureSchema,
	PlaceFeatureSchema,
	type Attestation,
	type EventFeature,
	type PlaceFeature,
	type PlaceProperties
} from './schema';
import { BasemapCollectionSchema, type BasemapCollection } from './schema-geojson';
import { parseProblems, show, type SchemaProblem } from './schema-rules';

/**
 * Largest file accepted, in bytes. The whole basemap is budgeted at 300 KB; a single layer this
 * size would already need vector tiles rather than one GeoJSON fetched whole, so a file over it
 * is a mistake (an unsimplified export, say), not data to ship.
 */
export const MAX_FILE_BYTES = 2_000_000;

/** Most decimals a coordinate may have: 6 decimals of a degree is ~0.1 m, beyond any source. */
export const MAX_DECIMALS = 6;

/** One problem found in one file, as precise as the check allows. */
export interface ValidationError {
	/** The file's path as given in the input, e.g. "static/geo/layers/osce.geojson". */
	file: string;
	/** Index of the feature in the file's `features` array (0-based). */
	index?: number;
	/** The feature's slug (places), id (layers) or name (basemap), where it has one. */
	id?: string;
	/** The property at fault, e.g. "start". */
	property?: string;
	/** What is wrong, in a sentence fragment that names the offending value. */
	reason: string;
}

/** One file to validate: its path (used for messages and to choose the schema) and its text. */
export interface AtlasFile {
	path: string;
	text: string;
}

/** Everything the validator needs: the GeoJSON files and the ids of the source's blocks. */
export interface AtlasInput {
	files: AtlasFile[];
	/** Block ids of `source.json` ("p1", …) that a `sources` entry may cite. */
	paragraphIds: ReadonlySet<string>;
	/**
	 * Block id → its text, to check that a name of kind "source" is in the blocks its place
	 * cites; without it that one check is skipped.
	 */
	paragraphs?: ReadonlyMap<string, string>;
}

/** Which rules apply to a file. */
export type FileKind = 'places' | 'layer' | 'geometry';

/** The part of geojson-validation's API used here; with `trace` it returns the error list. */
interface GeoJsonValidator {
	valid(object: unknown, trace: true): string[];
	isFeature(object: unknown, trace: true): string[];
}
const gjv = gjvUntyped as GeoJsonValidator;

type Props = Record<string, unknown>;

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

/**
 * One error as one line: `file: feature 3 (osce-kulyab): property "start": reason`.
 * Parts the error lacks (feature, property) are left out.
 */
export function formatError(e: ValidationError): string {
	let where = e.file;
	if (e.index !== undefined) where += `: feature ${e.index}${e.id ? ` (${e.id})` : ''}`;
	else if (e.id) where += `: ${e.id}`;
	if (e.property !== undefined) where += `: property "${e.property}"`;
	return `${where}: ${e.reason}`;
}

function isObject(value: unknown): value is Props {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Name comparison key: case- and accent-insensitive, so "Kŭlob", "KULOB" and "kulob" collide. */
function nameKey(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Digits after the decimal point, exponent notation included (1e-7 has 7). */
function decimalPlaces(n: number): number {
	const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
	if (!match) return 0;
	return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

/**
 * Empty coordinate arrays in a geometry, described. geojson-validation reads `ring[0]` without
 * checking (its `_linearRingCoor`), so an empty ring crashes it; these are found first.
 */
function emptyParts(geometry: unknown): string[] {
	if (!isObject(geometry)) return [];
	const found: string[] = [];
	const coords = geometry.coordinates;
	const emptyArray = (value: unknown): boolean => Array.isArray(value) && value.length === 0;
	const ringsOf = (rings: unknown, where: string): void => {
		if (!Array.isArray(rings)) return;
		if (rings.length === 0) found.push(`${where || 'polygon'} has no rings`);
		rings.forEach((ring, k) => {
			if (emptyArray(ring)) found.push(`ring ${k}${where ? ` of ${where}` : ''} is empty`);
		});
	};
	switch (geometry.type) {
		case 'Point':
		case 'MultiPoint':
		case 'LineString':
			if (emptyArray(coords)) found.push(`${geometry.type} has empty coordinates`);
			break;
		case 'MultiLineString':
			if (emptyArray(coords)) found.push('MultiLineString has empty coordinates');
			else if (Array.isArray(coords))
				coords.forEach((line, k) => {
					if (emptyArray(line)) found.push(`line ${k} is empty`);
				});
			break;
		case 'Polygon':
			ringsOf(coords, '');
			break;
		case 'MultiPolygon':
			if (emptyArray(coords)) found.push('MultiPolygon has no polygons');
			else if (Array.isArray(coords)) coords.forEach((rings, j) => ringsOf(rings, `polygon ${j}`));
			break;
		case 'GeometryCollection':
			if (Array.isArray(geometry.geometries))
				geometry.geometries.forEach((part, j) => {
					for (const problem of emptyParts(part)) found.push(`geometry ${j}: ${problem}`);
				});
			break;
	}
	return found;
}

/**
 * Runs a geojson-validation check so that it cannot throw: a crash on input it did not foresee
 * becomes one error naming the crash.
 */
function traced(check: () => string[]): string[] {
	try {
		const errors = check();
		return Array.isArray(errors) ? errors : [];
	} catch (crash) {
		const message = crash instanceof Error ? crash.message : String(crash);
		return [`geojson-validation crashed on malformed coordinates (${message})`];
	}
}

/** Every position of a structurally valid geometry. */
function positionsOf(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positionsOf);
	}
}

/** Polygons and multipolygons of a geometry, collections unpacked, for the kinks check. */
function areasOf(geometry: Geometry): Geometry[] {
	if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(areasOf);
	return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? [geometry] : [];
}

/** " (and 3 more)" when a check found more offenders than the one it names. */
function andMore(count: number): string {
	return count > 1 ? ` (and ${count - 1} more)` : '';
}

/**
 * Range, precision and self-intersection checks on a geometry that geojson-validation passed.
 * One error per kind per geometry, naming the first offender and counting the rest: a basemap
 * polygon with a wrong projection would otherwise print thousands of lines.
 */
function geometryProblems(geometry: Geometry): string[] {
	const problems: string[] = [];
	const positions = positionsOf(geometry);
	const outOfRange = positions.filter(
		([lng, lat]) => !(lng >= -180 && lng <= 180) || !(lat >= -90 && lat <= 90)
	);
	if (outOfRange.length > 0) {
		const [lng, lat] = outOfRange[0];
		const which =
			lng >= -180 && lng <= 180
				? `latitude ${lat} is outside [-90, 90]`
				: `longitude ${lng} is outside [-180, 180]`;
		problems.push(
			`geometry: position [${lng}, ${lat}]: ${which}${andMore(outOfRange.length)}; coordinates are [longitude, latitude]`
		);
	}
	const tooPrecise = positions.filter((p) => p.some((n) => decimalPlaces(n) > MAX_DECIMALS));
	if (tooPrecise.length > 0) {
		problems.push(
			`geometry: position [${tooPrecise[0].join(', ')}] has more than ${MAX_DECIMALS} decimals${andMore(tooPrecise.length)}`
		);
	}
	for (const area of areasOf(geometry)) {
		try {
			const points = kinks(area as Parameters<typeof kinks>[0]).features;
			if (points.length > 0) {
				const at = points[0].geometry.coordinates.map((n) => Number(n.toFixed(6))).join(', ');
				problems.push(
					`geometry: ${area.type} intersects itself at [${at}]${andMore(points.length)}`
				);
			}
		} catch (crash) {
			const message = crash instanceof Error ? crash.message : String(crash);
			problems.push(`geometry: self-intersection check failed (${message})`);
		}
	}
	return problems;
}

/** Where an id or slug was first seen, for "duplicate" messages. */
interface Seen {
	file: string;
	index: number;
}

function elsewhere(first: Seen, file: string): string {
	return first.file === file ? `feature ${first.index}` : `feature ${first.index} of ${first.file}`;
}

/** State shared across files: what the cross-file checks compare against. */
interface Registry {
	slugs: Map<string, Seen>;
	names: Map<string, Seen & { slug: string; name: string }>;
	eventIds: Map<string, Seen>;
	/** Place references, resolved once every file has been read. */
	placeRefs: { file: string; index: number; id?: string; place: string }[];
	placesFiles: number;
	/** A places file that did not parse: its slugs are unknown, so references are not checked. */
	placesUnreadable: boolean;
	layerFiles: string[];
	/** The features that passed every check, as their schema output them, by file. */
	places: PlaceFeature[];
	layers: Map<string, EventFeature[]>;
	/** The basemap's FeatureCollections that passed, by file. */
	collections: Map<string, BasemapCollection>;
	/** Every file's JSON, as parsed (unchecked), for checks of the content that read it whole. */
	json: Map<string, unknown>;
}

type Report = (property: string | undefined, reason: string) => void;

/** Records `value` as used at `at`, or reports where it was used first. */
function claimUnique(
	seen: Map<string, Seen>,
	property: string,
	value: string | undefined,
	at: Seen,
	report: Report
): void {
	if (value === undefined) return;
	const first = seen.get(value);
	if (first)
		report(property, `duplicate ${property} ${show(value)}, also ${elsewhere(first, at.file)}`);
	else seen.set(value, at);
}

/**
 * The schema's problems with a feature's properties, then the rules that span properties:
 * a region's radius or outline, and (for places) the display name among the names.
 */
function checkShape(
	props: Props,
	problems: SchemaProblem[],
	paragraphIds: ReadonlySet<string>,
	report: Report
): boolean {
	for (const p of problems) report(p.property, p.reason);
	const { precision, radiusKm, outline } = props;
	// A region is drawn by its outline where a source gives one, else as a circle of its radius:
	// one or the other, never both (a circle beside a real outline would claim two extents).
	if (precision === 'region' && radiusKm === undefined && outline === undefined)
		report('radiusKm', 'missing; a region needs a radius or an "outline"');
	if (radiusKm !== undefined && outline !== undefined)
		report('radiusKm', 'not allowed beside an "outline": the outline is the extent');
	if (typeof precision === 'string' && precision !== 'region') {
		if (radiusKm !== undefined)
			report(
				'radiusKm',
				`only allowed when precision is "region" (precision is ${show(precision)})`
			);
		if (outline !== undefined)
			report(
				'outline',
				`only allowed when precision is "region" (precision is ${show(precision)})`
			);
	}
	if (Array.isArray(props.sources)) {
		for (const source of props.sources)
			if (typeof source === 'string' && !paragraphIds.has(source))
				report('sources', `${show(source)} is not a paragraph id of the source text`);
	}
	return problems.length === 0;
}

function checkPlace(
	props: Props,
	problems: SchemaProblem[],
	file: string,
	index: number,
	input: AtlasInput,
	registry: Registry,
	report: Report
): void {
	const valid = checkShape(props, problems, input.paragraphIds, report);
	const slug = typeof props.slug === 'string' ? props.slug : undefined;
	claimUnique(registry.slugs, 'slug', slug, { file, index }, report);
	const names = Array.isArray(props.names) ? props.names.filter(isObject) : [];
	const name = typeof props.name === 'string' ? props.name : undefined;
	const written = names.flatMap((n) => (typeof n.name === 'string' ? [n.name] : []));
	if (valid && name !== undefined && !written.includes(name))
		report('names', `does not include the display name ${show(name)}`);
	if (valid)
		for (const p of nameProblems(props as PlaceProperties, input.paragraphs))
			report(p.property, p.reason);

	// A name may repeat within a place (the English and the source spelling often agree); it may
	// not name two places, or a search for it would be ambiguous.
	const keys = new Map<string, string>();
	for (const n of [...(name === undefined ? [] : [name]), ...written])
		if (!keys.has(nameKey(n))) keys.set(nameKey(n), n);
	for (const [key, w] of keys) {
		const first = registry.names.get(key);
		const property = name !== undefined && nameKey(name) === key ? 'name' : 'names';
		if (first && first.slug !== slug)
			report(
				property,
				`name ${show(w)} is also a name of place "${first.slug}" (${elsewhere(first, file)}, ${show(first.name)})`
			);
		else if (!first) registry.names.set(key, { file, index, slug: slug ?? `#${index}`, name: w });
	}
}

function checkEvent(
	props: Props,
	problems: SchemaProblem[],
	file: string,
	index: number,
	input: AtlasInput,
	registry: Registry,
	report: Report
): void {
	const valid = checkShape(props, problems, input.paragraphIds, report);
	// Unique across all layers: ids are URLs and the map's feature-state keys.
	const id = typeof props.id === 'string' ? props.id : undefined;
	claimUnique(registry.eventIds, 'id', id, { file, index }, report);
	if (typeof props.place === 'string')
		registry.placeRefs.push({ file, index, id, place: props.place });
	const { start, end } = props;
	if (valid && typeof start === 'string' && typeof end === 'string' && !isValidRange(start, end))
		report('end', `${show(end)} is before start ${show(start)}`);
	if (valid && typeof start === 'string')
		for (const reason of attestationProblems(start, props.attested as Attestation[] | undefined))
			report('start', reason);
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
 * first, and keeps what passed as the schemas output it: each file is parsed once, here. Per file: size, JSON syntax, GeoJSON validity (geojson-validation), coordinate range,
 * decimals and polygon self-intersections. Gazetteer (`places.geojson`) and layer
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
	const registry: Registry = {
		slugs: new Map(),
		names: new Map(),
		eventIds: new Map(),
		placeRefs: [],
		placesFiles: 0,
		placesUnreadable: false,
		layerFiles: [],
		places: [],
		layers: new Map(),
		collections: new Map(),
		json: new Map()
	};
	for (const file of input.files) checkFile(file, input, registry, errors);

	// Resolved last: the layers may be listed before the gazetteer.
	if (registry.placesFiles === 0) {
		for (const file of registry.layerFiles)
			errors.push({
				file,
				reason: 'its "place" references cannot be checked: no places.geojson was given'
			});
	} else if (!registry.placesUnreadable) {
		for (const ref of registry.placeRefs) {
			if (!registry.slugs.has(ref.place))
				errors.push({
					file: ref.file,
					index: ref.index,
					...(ref.id === undefined ? {} : { id: ref.id }),
					property: 'place',
					reason: `${show(ref.place)} is not the slug of any place in places.geojson`
				});
		}
	}

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
