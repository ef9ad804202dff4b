/**
 * The checks of GeoJSON itself, file by file and feature by feature, whatever the atlas's
 * schema: structure (geojson-validation, guarded so that malformed input cannot crash it),
 * empty coordinate arrays, coordinate range and precision, and polygons that intersect
 * themselves. validate.ts runs them on every file before the atlas's own rules.
 */
import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
// @ts-expect-error geojson-validation ships no types; GeoJsonValidator below types what is used.
import gjvUntyped from 'geojson-validation';

/** Most decimals a coordinate may have: 6 decimals of a degree is ~0.1 m, beyond any source. */
export const MAX_DECIMALS = 6;

/** The part of geojson-validation's API used here; with `trace` it returns the error list. */
interface GeoJsonValidator {
	valid(object: unknown, trace: true): string[];
	isFeature(object: unknown, trace: true): string[];
}
/** geojson-validation, typed as far as it is used. */
export const gjv = gjvUntyped as GeoJsonValidator;

/** A JSON object's members, not yet checked. */
export type Props = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Props {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
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
export function emptyParts(geometry: unknown): string[] {
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
export function traced(check: () => string[]): string[] {
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
export function geometryProblems(geometry: Geometry): string[] {
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
