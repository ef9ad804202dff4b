/**
 * The small slices of the atlas that pages carry: every place in brief (for the place list and
 * the map's camera), one place in full with facts measured by turf. Computed at build time, so
 * turf never reaches the browser.
 */
import { bbox, distance, length, nearestPointOnLine, point, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { compareDates } from './dates';
import { EVENT_LAYERS, type EventLayerId } from './layers';
import { regionBbox } from './location';
import { resolveOutline, type OutlineBasemap } from './outline';
import type { EventFeature, EventProperties, PlaceFeature, PlaceProperties } from './schema';

/**
 * The part of the loaded atlas the summaries read. Its own type rather than the loader's
 * `Atlas`, so that the data model does not import the loader, which imports the content.
 */
export interface AtlasFeatures {
	places: PlaceFeature[];
	layers: Record<EventLayerId, EventFeature[]>;
	/** The basemap a region's `outline` is read from (without it, an outlined region has no extent). */
	basemap?: OutlineBasemap;
}

/** A place in brief. */
export interface PlaceSummary {
	slug: string;
	name: string;
	/** The name each edition shows; a language without one shows `name` in English. */
	label?: PlaceProperties['label'];
	kind: PlaceProperties['kind'];
	summary: string;
	precision: PlaceProperties['precision'];
	radiusKm?: number;
	/** The basemap a region's outline comes from; none: a circle of `radiusKm`, approximate. */
	outline?: NonNullable<PlaceProperties['outline']>['basemap'];
	/** A representative point: the point itself, or the nearest point of a line to its middle. */
	lng: number;
	lat: number;
	/** [west, south, east, north] for places that are not points (lines, regions). */
	bbox?: [number, number, number, number];
}

/** One layer feature as a place page lists it. */
export interface PlaceEvent extends EventProperties {
	layer: EventLayerId;
}

/** Measured facts about a place. */
export interface PlaceFacts {
	/** Great-circle distance to Dushanbe in km, null for Dushanbe itself. */
	toDushanbeKm: number | null;
	/** Shortest distance to the Tajikistan–Afghanistan border line in km. */
	toBorderKm: number | null;
	/** The three nearest other places (not regions, whose centres are not places), nearest first. */
	nearest: { slug: string; name: string; km: number }[];
	/** For a line (the border): its length in km. */
	lengthKm?: number;
	/** What the distances are measured from. */
	from: 'point' | 'centre' | 'line';
}

const EARTH_KM = { units: 'kilometers' as const };
const DUSHANBE = 'dushanbe';
const BORDER = 'afghan-border';

/** A place's representative point. */
export function anchorOf(place: PlaceFeature): [number, number] {
	const g = place.geometry;
	if (g.type === 'Point') return g.coordinates as [number, number];
	const [w, s, e, n] = bbox(place);
	if (g.type === 'LineString' || g.type === 'MultiLineString') {
		const mid = nearestPointOnLine(g as LineString | MultiLineString, [(w + e) / 2, (s + n) / 2]);
		return mid.geometry.coordinates as [number, number];
	}
	return [(w + e) / 2, (s + n) / 2];
}

const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

/** Every place in brief, in the gazetteer's order. */
export function placeSummaries(atlas: AtlasFeatures): PlaceSummary[] {
	return atlas.places.map((place) => {
		const p = place.properties;
		const [lng, lat] = anchorOf(place);
		const s: PlaceSummary = {
			slug: p.slug,
			name: p.name,
			...(p.label ? { label: p.label } : {}),
			kind: p.kind,
			summary: p.summary,
			precision: p.precision,
			lng,
			lat
		};
		if (p.radiusKm) s.radiusKm = p.radiusKm;
		if (p.outline) s.outline = p.outline.basemap;
		const outline = p.outline && atlas.basemap && resolveOutline(p.outline, atlas.basemap);
		if (outline && 'geometry' in outline) {
			s.bbox = bbox(outline.geometry).map((v) => round(v)) as PlaceSummary['bbox'];
		} else if (p.precision === 'region' && p.radiusKm) {
			s.bbox = regionBbox(lng, lat, p.radiusKm).map((v) => round(v)) as PlaceSummary['bbox'];
		} else if (place.geometry.type !== 'Point') {
			s.bbox = bbox(place).map((v) => round(v)) as PlaceSummary['bbox'];
		}
		return s;
	});
}

/** Distance from a place's anchor to a line, in km. */
function toLineKm(from: [number, number], line: Feature<LineString | MultiLineString>): number {
	const g = line.geometry;
	const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
	return Math.min(
		...parts.map((coords) =>
			pointToLineDistance(point(from), { type: 'LineString', coordinates: coords }, EARTH_KM)
		)
	);
}

/** Facts about one place, measured with turf. */
export function placeFacts(atlas: AtlasFeatures, slug: string): PlaceFacts {
	const bySlug = new Map(atlas.places.map((p) => [p.properties.slug, p]));
	const place = bySlug.get(slug);
	if (!place) throw new Error(`unknown place ${slug}`);
	const dushanbe = bySlug.get(DUSHANBE);
	const border = bySlug.get(BORDER);
	const others = atlas.places.filter(
		(p) =>
			p.properties.slug !== slug &&
			p.properties.precision !== 'region' &&
			p.geometry.type === 'Point'
	);
	const isLine = place.geometry.type === 'LineString' || place.geometry.type === 'MultiLineString';
	// From a line, every distance is the shortest to any part of it; from anything else, from its
	// point (or a region's centre).
	const kmTo = (target: [number, number]) =>
		isLine
			? toLineKm(target, place as Feature<LineString | MultiLineString>)
			: distance(point(anchorOf(place)), point(target), EARTH_KM);
	const facts: PlaceFacts = {
		toDushanbeKm: dushanbe && slug !== DUSHANBE ? round(kmTo(anchorOf(dushanbe)), 1) : null,
		toBorderKm:
			border && slug !== BORDER
				? round(toLineKm(anchorOf(place), border as Feature<LineString | MultiLineString>), 1)
				: null,
		nearest: others
			.map((p) => ({
				slug: p.properties.slug,
				name: p.properties.name,
				km: round(kmTo(anchorOf(p)), 1)
			}))
			.sort((a, b) => a.km - b.km)
			.slice(0, 3),
		from: isLine ? 'line' : place.properties.precision === 'region' ? 'centre' : 'point'
	};
	if (isLine) facts.lengthKm = round(length(place, EARTH_KM), 0);
	return facts;
}

/** The layer features that belong to a place, in time order, each with its layer. */
export function placeEvents(atlas: AtlasFeatures, slug: string): PlaceEvent[] {
	return EVENT_LAYERS.flatMap((l) =>
		atlas.layers[l.id]
			.filter((f) => f.properties.place === slug)
			.map((f) => ({ ...f.properties, layer: l.id }))
	).sort((a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id));
}

/** One event in brief, as every page carries it: for the static map's markers and the lists. */
export interface EventSummary {
	id: string;
	title: string;
	layer: EventLayerId;
	place: string;
	start: string;
	end?: string;
	/** Where its marker is drawn. */
	lng: number;
	lat: number;
}

/** Every event in brief, layer by layer, in file order. */
export function eventSummaries(atlas: AtlasFeatures): EventSummary[] {
	return EVENT_LAYERS.flatMap((l) =>
		atlas.layers[l.id].map((f) => {
			const p = f.properties;
			const [lng, lat] = anchorOf(f as unknown as PlaceFeature);
			return {
				id: p.id,
				title: p.title,
				layer: l.id,
				place: p.place,
				start: p.start,
				...(p.end ? { end: p.end } : {}),
				lng,
				lat
			};
		})
	);
}

/** Features per layer, for the legend's counts. */
export function layerCounts(atlas: AtlasFeatures): Record<EventLayerId, number> {
	return Object.fromEntries(EVENT_LAYERS.map((l) => [l.id, atlas.layers[l.id].length])) as Record<
		EventLayerId,
		number
	>;
}
