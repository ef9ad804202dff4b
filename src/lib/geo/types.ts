/**
 * The atlas's data model: one definition used by the build (validation), the pages and the tests.
 * Coordinates are WGS84 (RFC 7946), [longitude, latitude], at most 6 decimals.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** How exactly a feature's geometry locates it. */
export type LocationPrecision = 'site' | 'centre' | 'region';

/** One name a place goes by, in one language and script. */
export interface PlaceName {
	/** The name as written, e.g. "Kurgan-Tyube", "Қӯрғонтеппа". */
	name: string;
	/** BCP 47 language tag with script where it matters: "en", "tg-Cyrl", "ru-Cyrl", "tg-Latn". */
	lang: string;
	/** Why this name is listed. `source`: the source text's spelling. */
	kind: 'official' | 'source' | 'historic' | 'variant';
	/** First year the name was in official use, where it changed. */
	from?: number;
	/** Last year the name was in official use, where it changed. */
	to?: number;
}

/** Properties of one gazetteer feature in `static/geo/places.geojson`. */
export interface PlaceProperties {
	/** Canonical URL name: lowercase ASCII, digits and hyphens. */
	slug: string;
	/** The name shown as the place's title (the source's spelling where the source names it). */
	name: string;
	/** Every name the place goes by, `name` included. */
	names: PlaceName[];
	/** What kind of place it is. */
	kind: 'capital' | 'city' | 'town' | 'region' | 'border' | 'country-capital' | 'site';
	/** One line saying what the place is in the atlas's story. */
	summary: string;
	/** How precise the geometry is. */
	precision: LocationPrecision;
	/** Radius in kilometres of the area meant, required when `precision` is `region`. */
	radiusKm?: number;
	/** The public reference the coordinates were checked against. */
	coordRef: string;
	/** Source paragraphs that mention the place (ids such as "p5"). */
	sources: string[];
	/** Editorial note where the source is vague or wrong, naming its reference. */
	note?: string;
}

/**
 * A date at day, month or year precision, ISO 8601 reduced: "1997-06-27", "1997-06" or "1997".
 * The string's form is its precision; see `datePrecision` in `dates.ts`.
 */
export type PartialDate = string;
export type DatePrecision = 'day' | 'month' | 'year';

/** Properties of one feature of a thematic layer. */
export interface EventProperties {
	/** Unique across all layers, lowercase ASCII with hyphens. */
	id: string;
	/** Short title, shown as the feature's heading. */
	title: string;
	/** Slug of the gazetteer place it belongs to. */
	place: string;
	/** When it began (or happened). */
	start: PartialDate;
	/** When it ended, where known. */
	end?: PartialDate;
	/** How precise the geometry is. */
	precision: LocationPrecision;
	/** Radius in kilometres, required when `precision` is `region`. */
	radiusKm?: number;
	/** Source paragraph ids the feature rests on; at least one. */
	sources: string[];
	/** Editorial note: where the source is loose or wrong, with its public reference. */
	note?: string;
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;
export type EventFeature = Feature<Geometry, EventProperties>;
export type PlaceCollection = FeatureCollection<Geometry, PlaceProperties>;
export type EventCollection = FeatureCollection<Geometry, EventProperties>;

/** The thematic layers, in the order the layer panel lists them. */
export const LAYER_IDS = ['bases', 'osce', 'clashes', 'peace', 'border'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
