/**
 * The atlas's data model for its places and events, defined once as valibot schemas; the
 * TypeScript types are derived from them (`v.InferOutput`), so the build's validation and the
 * code's types cannot drift apart. Coordinates are WGS84 (RFC 7946), [longitude, latitude], at
 * most 6 decimals.
 *
 * Every message says what was expected and what was found, in the words the build prints
 * (`formatError` in validate-report.ts adds the file, the feature and the property); the pieces
 * they are built from are in schema-rules.ts, the GeoJSON structure and the basemap's files in
 * schema-geojson.ts. Rules that span properties (a region needs a radius, an end follows its
 * start) or files (unique slugs, known places) are in validate-features.ts, run after these
 * schemas.
 */
import * as v from 'valibot';
import { featureSchema } from './schema-geojson';
import {
	between,
	expected,
	oneOf,
	optionalText,
	parseProblems,
	partialDate,
	radiusKm,
	record,
	refs,
	show,
	slug,
	sources,
	text,
	year,
	type SchemaProblem
} from './schema-rules';

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

/** BCP 47, loosely: a 2–3 letter language and optional subtags ("tg-Cyrl", "ru"). */
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

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
		/**
		 * The name each edition shows, by language (`{ "ru": "Куляб", "tg": "Кӯлоб" }`): one of
		 * `names` in that language, chosen for the atlas's years (Курган-Тюбе, not the Бохтар of
		 * 2018). A choice rather than a rule over `names`, because the name of the period is often
		 * a historic one; a language without a label shows the English `name`, marked as English.
		 */
		label: v.optional(
			v.record(
				v.picklist(['ru', 'tg'], expected('"ru" or "tg"')),
				text('the name the edition shows')
			)
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

/** One gazetteer feature of `places.geojson`. */
export const PlaceFeatureSchema = featureSchema(PlacePropertiesSchema);
/** One feature of a thematic layer. */
export const EventFeatureSchema = featureSchema(EventPropertiesSchema);

/** A gazetteer place, checked. */
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;
/** An event of a thematic layer, checked. */
export type EventFeature = v.InferOutput<typeof EventFeatureSchema>;
