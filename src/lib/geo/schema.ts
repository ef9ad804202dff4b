/**
 * The atlas's data model, defined once as valibot schemas; the TypeScript types are derived from
 * them (`v.InferOutput`), so the build's validation and the code's types cannot drift apart.
 * Coordinates are WGS84 (RFC 7946), [longitude, latitude], at most 6 decimals.
 *
 * Every message says what was expected and what was found, in the words the build prints
 * (`formatError` in validate.ts adds the file, the feature and the property). Rules that span
 * properties (a region needs a radius, an end follows its start) or files (unique slugs, known
 * places) are in validate.ts, which runs these schemas first.
 */
import type { Geometry } from 'geojson';
import * as v from 'valibot';
import { dateBounds } from './dates';

/** How exactly a feature's geometry locates it. */
export const LOCATION_PRECISIONS = ['site', 'centre', 'region'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/**
 * Why a name is listed. `official`: in an official language of the place's country, as that
 * country writes it; `standard`: the usual form in another language or script (Russian Куляб,
 * English Tehran), the one an edition in that language shows; `source`: the source text's
 * spelling; `historic`: no longer in use; `variant`: any other spelling a reader may meet.
 * names.ts checks that each kind agrees with the name's language.
 */
export const NAME_KINDS = ['official', 'standard', 'source', 'historic', 'variant'] as const;

/** What kind of place a gazetteer entry is. */
export const PLACE_KINDS = [
	'capital',
	'city',
	'town',
	'region',
	'border',
	'country-capital',
	'site'
] as const;

/** Partial dates and their precision, defined beside the code that reads them. */
export type { DatePrecision, PartialDate } from './dates';

/** Canonical URL names and ids: lowercase ASCII letters and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** BCP 47, loosely: a 2–3 letter language and optional subtags ("tg-Cyrl", "ru"). */
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_FORMS = '(YYYY, YYYY-MM or YYYY-MM-DD)';

/** A value for an error message: JSON, shortened so one line stays one line. */
export function show(value: unknown): string {
	const json = value === undefined ? 'undefined' : JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** "expected X, got Y", or "missing (expected X)" when there is nothing there. */
export function expected(what: string) {
	return (issue: v.BaseIssue<unknown>) =>
		issue.input === undefined
			? `missing (expected ${what})`
			: `expected ${what}, got ${show(issue.input)}`;
}

/** `"a", "b" or "c"`, or `one of a, b, c, d` when the list is longer, for messages. */
export function oneOf(values: readonly string[]): string {
	const quoted = values.map((x) => `"${x}"`);
	return quoted.length <= 3
		? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
		: `one of ${values.join(', ')}`;
}

/** A string that is not blank. */
export const text = (what = 'a non-empty string') =>
	v.pipe(
		v.string(expected(what)),
		v.check((s) => s.trim() !== '', expected(what))
	);
/** A string that is not blank, or nothing. */
export const optionalText = () => v.optional(text('a non-empty string when present'));

/** A slug or id: see `SLUG`. */
export const slug = () =>
	// Aborts at the first problem: a blank slug is missing, not also ill-formed.
	v.config(
		v.pipe(
			text(),
			v.regex(
				SLUG,
				(issue) =>
					`${show(issue.input)} is not lowercase ASCII letters and digits joined by single hyphens`
			)
		),
		{ abortPipeEarly: true }
	);

/** A whole year. */
export const year = () => v.pipe(v.number(expected('a year')), v.integer(expected('a year')));

/** A partial date: see `PartialDate`. */
export const partialDate = () =>
	v.pipe(
		v.string(expected(`a date ${DATE_FORMS}`)),
		v.check(
			(d) => dateBounds(d) !== null,
			(issue) => `${show(issue.input)} is not a valid date ${DATE_FORMS}`
		)
	);

/** Source block ids ("p14"); whether each exists is checked against the source in validate.ts. */
export const sources = () =>
	v.pipe(
		v.array(
			v.string(expected('paragraph id strings')),
			expected('a non-empty array of paragraph ids')
		),
		v.nonEmpty(expected('a non-empty array of paragraph ids'))
	);

/** Ids of entries in the references registry (`src/lib/content/references.json`). */
export const refs = () =>
	v.optional(
		v.pipe(
			v.array(v.string(expected('reference id strings')), expected('an array of reference ids')),
			v.nonEmpty(expected('a non-empty array of reference ids when present'))
		)
	);

/** A number in `[min, max]` (and whole when `integer`), e.g. a zoom or a latitude. */
export const between = (what: string, min: number, max: number, integer = false) =>
	v.pipe(
		v.number(expected(`${what} from ${min} to ${max}`)),
		v.check(
			(n) => n >= min && n <= max && (!integer || Number.isInteger(n)),
			expected(`${what} from ${min} to ${max}`)
		)
	);

const radiusKm = () =>
	v.optional(
		v.pipe(
			v.number(expected('a positive number of kilometres')),
			v.finite(expected('a positive number of kilometres')),
			v.gtValue(0, expected('a positive number of kilometres'))
		)
	);

/**
 * An object that accepts only the listed properties. Its messages: a missing property is
 * reported in the words of the schema that would have checked it ("missing (expected a
 * non-empty string)"); an unknown one, most often a typo, lists what is known.
 */
export function record<E extends v.ObjectEntries>(entries: E, what: string) {
	return v.strictObject(entries, (issue) => {
		if (issue.expected === 'Object') return expected(what)(issue);
		const key = String(issue.path?.at(-1)?.key);
		if (issue.expected === 'never') {
			return `unknown property (expected one of ${Object.keys(entries).join(', ')})`;
		}
		const result = v.safeParse(entries[key], undefined);
		return result.success ? 'missing' : result.issues[0].message;
	});
}

/** One name a place goes by, in one language and script. */
export const PlaceNameSchema = v.pipe(
	record(
		{
			/** The name as written, e.g. "Kurgan-Tyube", "Қӯрғонтеппа". */
			name: text(),
			/** BCP 47 language tag with script where it matters: "en", "tg-Cyrl", "ru-Cyrl", "tg-Latn". */
			lang: v.pipe(
				text(),
				v.regex(LANG_TAG, (i) => `${show(i.input)} is not a BCP 47 language tag such as "tg-Cyrl"`)
			),
			/** Why this name is listed. */
			kind: v.picklist(NAME_KINDS, expected(oneOf(NAME_KINDS))),
			/** First year the name was in official use, where it changed. */
			from: v.optional(year()),
			/** Last year the name was in official use, where it changed. */
			to: v.optional(year()),
			/** What a reader following this name should know (e.g. it once named something else). */
			note: optionalText()
		},
		'an object { name, lang, kind }'
	),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const { from, to } = dataset.value;
		if (from !== undefined && to !== undefined && from > to)
			addIssue({
				message: `${to} is before "from" ${from}`,
				path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'to', value: to }]
			});
	})
);
/** One name, checked. */
export type PlaceName = v.InferOutput<typeof PlaceNameSchema>;

/** The basemap files a region's outline can be taken from (`OutlineSchema`). */
export const OUTLINE_SOURCES = ['country', 'river'] as const;

const lngLat = () =>
	v.tuple(
		[between('a longitude', -180, 180), between('a latitude', -90, 90)],
		expected('[longitude, latitude]')
	);

/**
 * Where a region's outline comes from, so that a region whose extent a source gives is drawn by
 * that extent rather than a circle: a country of the Natural Earth basemap by its ISO 3166-1
 * numeric code (as the basemap's `iso`), or a corridor `bufferKm` either side of a named river of the basemap
 * (`rivers.geojson`'s `id`), between the points of the line nearest `from` and `to` (its whole
 * line without them), with a `note` saying what the corridor stands for, since no source draws it.
 * Resolved and checked against the basemap at build (outline.ts).
 */
export const OutlineSchema = v.variant(
	'basemap',
	[
		record(
			{
				basemap: v.literal('country'),
				iso: v.pipe(
					text(),
					v.regex(/^\d{3}$/, (i) => `${show(i.input)} is not an ISO 3166-1 numeric code ("004")`)
				)
			},
			'an object { basemap: "country", iso }'
		),
		record(
			{
				basemap: v.literal('river'),
				id: text(),
				bufferKm: v.pipe(
					v.number(expected('a positive number of kilometres')),
					v.gtValue(0, expected('a positive number of kilometres'))
				),
				from: v.optional(lngLat()),
				to: v.optional(lngLat()),
				/** How the corridor was drawn and from what, for the place's page: it is the atlas's own. */
				note: text()
			},
			'an object { basemap: "river", id, bufferKm, note }'
		)
	],
	expected(`"basemap" to be ${oneOf(OUTLINE_SOURCES)}`)
);
/** A region's outline reference, checked. */
export type Outline = v.InferOutput<typeof OutlineSchema>;

/** Properties of one gazetteer feature in `static/geo/places.geojson`. */
export const PlacePropertiesSchema = record(
	{
		/** Canonical URL name: lowercase ASCII, digits and hyphens. */
		slug: slug(),
		/** The name shown as the place's title (the source's spelling where the source names it). */
		name: text(),
		/** Every name the place goes by, `name` included. */
		names: v.pipe(
			v.array(PlaceNameSchema, expected('a non-empty array')),
			v.nonEmpty(expected('a non-empty array'))
		),
		/** What kind of place it is. */
		kind: v.picklist(PLACE_KINDS, expected(oneOf(PLACE_KINDS))),
		/**
		 * The country it lies in (ISO 3166-1 alpha-2), whose official languages its `official`
		 * names are in; absent for a place across borders, which then has no official name.
		 */
		country: v.optional(
			v.pipe(
				v.string(expected('an ISO 3166-1 alpha-2 code such as "TJ"')),
				v.regex(/^[A-Z]{2}$/, expected('an ISO 3166-1 alpha-2 code such as "TJ"'))
			)
		),
		/** One line saying what the place is in the atlas's story. */
		summary: text(),
		/** How precise the geometry is. */
		precision: v.picklist(LOCATION_PRECISIONS, expected(oneOf(LOCATION_PRECISIONS))),
		/**
		 * Radius in kilometres of the area meant, for a region whose extent no source gives (it is
		 * drawn as a circle, marked approximate); a region has this or an `outline`.
		 */
		radiusKm: radiusKm(),
		/** Where a region's real outline comes from (`OutlineSchema`); a region has this or a radius. */
		outline: v.optional(OutlineSchema),
		/** The public reference the coordinates were checked against. */
		coordRef: text(),
		/** Source paragraphs that mention the place (ids such as "p5"). */
		sources: sources(),
		/** References for what the place's data says beyond the source. */
		refs: refs(),
		/** Editorial note where the source is vague or wrong, naming its reference. */
		note: optionalText()
	},
	'an object'
);
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;

/**
 * That a reference attests an event by a date: the latest its `start` may be. An office that a
 * document of 2000 lists was open by 2000 whatever year its opening is first dated to.
 */
export const AttestationSchema = record(
	{
		/** The date by which the reference shows the event had begun. */
		date: partialDate(),
		/** The reference's id in `src/lib/content/references.json`. */
		ref: text()
	},
	'an object { date, ref }'
);
export type Attestation = v.InferOutput<typeof AttestationSchema>;

/** Properties of one feature of a thematic layer. */
export const EventPropertiesSchema = record(
	{
		/** Unique across all layers, lowercase ASCII with hyphens. */
		id: slug(),
		/** Short title, shown as the feature's heading. */
		title: text(),
		/** Slug of the gazetteer place it belongs to. */
		place: text(),
		/** When it began (or happened). */
		start: partialDate(),
		/** When it ended, where known. */
		end: v.optional(partialDate()),
		/** How precise the geometry is. */
		precision: v.picklist(LOCATION_PRECISIONS, expected(oneOf(LOCATION_PRECISIONS))),
		/** Radius in kilometres, required when `precision` is `region`. */
		radiusKm: radiusKm(),
		/** Source paragraph ids the feature rests on; at least one. */
		sources: sources(),
		/** References for what the feature says beyond the source. */
		refs: refs(),
		/** The reference that gives the date, where the cited paragraphs do not. */
		dateRef: optionalText(),
		/** The earliest dates references attest the event by; `start` may be no later. */
		attested: v.optional(
			v.pipe(
				v.array(AttestationSchema, expected('a non-empty array of { date, ref }')),
				v.nonEmpty(expected('a non-empty array of { date, ref }'))
			)
		),
		/** Editorial note: where the source is loose or wrong, with its public reference. */
		note: optionalText()
	},
	'an object'
);
export type EventProperties = v.InferOutput<typeof EventPropertiesSchema>;

/** One problem a schema found: the property path as written in messages, and the reason. */
export interface SchemaProblem {
	/** "start", "names[1].lang"; undefined for the properties object itself. */
	property?: string;
	reason: string;
}

/** `names[1].lang` from valibot's path. */
export function propertyPath(path: readonly v.IssuePathItem[] | undefined): string | undefined {
	if (!path?.length) return undefined;
	return path
		.map((item, i) =>
			typeof item.key === 'number' ? `[${item.key}]` : `${i ? '.' : ''}${String(item.key)}`
		)
		.join('');
}

/**
 * Runs any schema: its output when the value passes, else every problem, each with the path
 * to the property at fault as messages write it.
 */
export function parseProblems<S extends v.GenericSchema>(
	schema: S,
	value: unknown
): { success: true; output: v.InferOutput<S> } | { success: false; problems: SchemaProblem[] } {
	const result = v.safeParse(schema, value);
	if (result.success) return { success: true, output: result.output };
	return {
		success: false,
		problems: result.issues.map((issue) => {
			const property = propertyPath(issue.path);
			return property === undefined
				? { reason: issue.message }
				: { property, reason: issue.message };
		})
	};
}

/**
 * Runs a properties schema and returns its problems, every one of them (valibot does not stop
 * at the first). A missing property reports "missing (expected …)", in the words of the schema
 * that would have checked it.
 */
export function checkProperties(
	schema: typeof PlacePropertiesSchema | typeof EventPropertiesSchema,
	properties: unknown
): SchemaProblem[] {
	const result = parseProblems(schema, properties);
	return result.success ? [] : result.problems;
}

// The GeoJSON structure, as far as the atlas reads it. geojson-validation (validate.ts) checks
// the same and more, in its own words; these give the loader typed output instead of a cast.
// Foreign members and `bbox` are dropped: nothing reads them.

/** [longitude, latitude], optionally with an altitude. */
const PositionSchema = v.pipe(v.array(v.number()), v.minLength(2));
const geometry = <T extends string, C extends v.GenericSchema>(type: T, coordinates: C) =>
	v.object({ type: v.literal(type), coordinates });

/** Any RFC 7946 geometry, collections included. */
export const GeometrySchema: v.GenericSchema<Geometry> = v.variant('type', [
	geometry('Point', PositionSchema),
	geometry('MultiPoint', v.array(PositionSchema)),
	geometry('LineString', v.array(PositionSchema)),
	geometry('MultiLineString', v.array(v.array(PositionSchema))),
	geometry('Polygon', v.array(v.array(PositionSchema))),
	geometry('MultiPolygon', v.array(v.array(v.array(PositionSchema)))),
	v.object({
		type: v.literal('GeometryCollection'),
		geometries: v.array(v.lazy(() => GeometrySchema))
	})
]);

/** A Feature whose properties `properties` checks; its geometry may not be null. */
export function featureSchema<P extends v.GenericSchema>(properties: P) {
	return v.object({
		type: v.literal('Feature'),
		id: v.optional(v.union([v.string(), v.number()])),
		geometry: GeometrySchema,
		properties
	});
}

/** A FeatureCollection of `feature`s. */
export function collectionSchema<F extends v.GenericSchema>(feature: F) {
	return v.object({
		type: v.literal('FeatureCollection'),
		features: v.array(feature)
	});
}

/** One gazetteer feature of `places.geojson`. */
export const PlaceFeatureSchema = featureSchema(PlacePropertiesSchema);
/** One feature of a thematic layer. */
export const EventFeatureSchema = featureSchema(EventPropertiesSchema);

/** A gazetteer place, checked. */
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;
/** An event of a thematic layer, checked. */
export type EventFeature = v.InferOutput<typeof EventFeatureSchema>;

/**
 * A basemap file (`static/geo/basemap/*.geojson`): features of any properties, which the
 * static map reads by name where it needs them (`name`, `rank`).
 */
export const BasemapCollectionSchema = collectionSchema(
	featureSchema(v.nullable(v.record(v.string(), v.unknown())))
);
/** A basemap file, checked. */
export type BasemapCollection = v.InferOutput<typeof BasemapCollectionSchema>;

/**
 * The basemap files the static maps draw, by name (`static/geo/basemap/<name>.geojson`); each
 * is checked as geometry by validate.ts and as a FeatureCollection by `BasemapCollectionSchema`.
 */
export const BasemapSchema = v.object({
	context: BasemapCollectionSchema,
	region: BasemapCollectionSchema,
	tajikistan: BasemapCollectionSchema,
	border: BasemapCollectionSchema,
	labels: BasemapCollectionSchema,
	rivers: BasemapCollectionSchema,
	lakes: BasemapCollectionSchema,
	towns: BasemapCollectionSchema,
	provinces: BasemapCollectionSchema,
	world: BasemapCollectionSchema,
	outlines: BasemapCollectionSchema
});
/** The basemap files by name, checked. */
export type BasemapData = v.InferOutput<typeof BasemapSchema>;
