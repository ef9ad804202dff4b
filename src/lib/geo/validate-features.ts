/**
 * The atlas's rules for one feature beyond what its schema checks, and the rules across features
 * and files: a region's radius or outline, `sources` that name blocks of the source, the display
 * name among the names, an end after its start, unique slugs and event ids, no name shared by two
 * places, and every event's `place` naming a place of the gazetteer. What they compare against
 * is kept in a `Registry` as validate.ts reads the files.
 */
import { attestationProblems } from './attested';
import { isValidRange } from './dates';
import { nameProblems } from './names';
import type { Attestation, EventFeature, PlaceFeature, PlaceProperties } from './schema';
import type { BasemapCollection } from './schema-geojson';
import { show, type SchemaProblem } from './schema-rules';
import { isObject, type Props } from './validate-geometry';
import type { Report, ValidationError } from './validate-report';

/** What a feature's checks read of the source text: the blocks it may cite. */
export interface SourceBlocks {
	/** Block ids of `source.json` ("p1", …) that a `sources` entry may cite. */
	paragraphIds: ReadonlySet<string>;
	/**
	 * Block id → its text, to check that a name of kind "source" is in the blocks its place
	 * cites; without it that one check is skipped.
	 */
	paragraphs?: ReadonlyMap<string, string>;
}

/** Name comparison key: case- and accent-insensitive, so "Kŭlob", "KULOB" and "kulob" collide. */
function nameKey(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
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
export interface Registry {
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

/** An empty registry, before the first file is read. */
export function createRegistry(): Registry {
	return {
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
}

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

/**
 * A gazetteer feature's rules beyond its schema: its slug unique, its display name among its
 * names, its names agreeing with their kinds (names.ts), and no name shared with another place.
 */
export function checkPlace(
	props: Props,
	problems: SchemaProblem[],
	file: string,
	index: number,
	input: SourceBlocks,
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

/**
 * A layer feature's rules beyond its schema: its id unique across all layers, its end after its
 * start, its start no later than its attestations; its `place` is kept for `resolvePlaceRefs`.
 */
export function checkEvent(
	props: Props,
	problems: SchemaProblem[],
	file: string,
	index: number,
	input: SourceBlocks,
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

/**
 * Every event's `place` against the gazetteer's slugs, once every file has been read: the layers
 * may be listed before the gazetteer.
 */
export function resolvePlaceRefs(registry: Registry, errors: ValidationError[]): void {
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
}
