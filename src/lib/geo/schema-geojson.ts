/**
 * The GeoJSON structure as far as the atlas reads it, and the basemap files the static maps draw.
 * geojson-validation (validate-geometry.ts) checks the same and more, in its own words; these
 * give the loader typed output instead of a cast. Foreign members and `bbox` are dropped: nothing
 * reads them.
 */
import type { Geometry } from 'geojson';
import * as v from 'valibot';

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
