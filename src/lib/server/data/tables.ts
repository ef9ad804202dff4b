/**
 * The atlas's places, events and chronology as tables: one row per feature, the columns named
 * once here. The /data page documents each column by its name (`ColumnName`), and the CSV files
 * are written from the same rows, so the documentation cannot list a column the files lack.
 */
import type { Geometry } from 'geojson';
import type { Atlas } from '$lib/content/atlas';
import { chronology } from '$lib/geo/chronology';
import { EVENT_LAYERS, type EventLayerId } from '$lib/geo/layers';
import type { EventProperties, PlaceName } from '$lib/geo/schema';
import { geonamesId } from './geonames';

/** Every column of the tables, each named once and documented once on the /data page. */
export const COLUMN_NAMES = [
	'slug',
	'id',
	'name',
	'title',
	'names',
	'kind',
	'country',
	'layer',
	'place',
	'year',
	'start',
	'end',
	'longitude',
	'latitude',
	'geometry',
	'precision',
	'radius_km',
	'summary',
	'sources',
	'refs',
	'geonames',
	'url'
] as const;
export type ColumnName = (typeof COLUMN_NAMES)[number];

/** A table: its header (a subset of `COLUMN_NAMES`, in order) and its rows. */
export interface Table {
	header: ColumnName[];
	rows: string[][];
}

/** How several values share one cell: the documented separator. */
export const LIST_SEPARATOR = ' | ';

/** A place's names in one cell: `name@lang`, in the gazetteer's order. */
export function joinNames(names: readonly PlaceName[]): string {
	return names.map((n) => `${n.name}@${n.lang}`).join(LIST_SEPARATOR);
}

/** Builds a table from records of column → value, so each row is written in the header's order. */
function table<T>(
	header: ColumnName[],
	items: readonly T[],
	row: (item: T) => Partial<Record<ColumnName, string>>
): Table {
	return {
		header,
		rows: items.map((item) => {
			const cells = row(item);
			return header.map((name) => cells[name] ?? '');
		})
	};
}

/** A point's coordinates as text; other geometries leave them empty (the GeoJSON has them). */
function point(geometry: Geometry): { longitude?: string; latitude?: string } {
	if (geometry.type !== 'Point') return {};
	const [lng, lat] = geometry.coordinates;
	return { longitude: String(lng), latitude: String(lat) };
}

const list = (ids: readonly string[] | undefined) => (ids ?? []).join(LIST_SEPARATOR);

/** The gazetteer, one row per place. */
export function placesTable(atlas: Atlas, origin: string): Table {
	return table(
		[
			'slug',
			'name',
			'names',
			'kind',
			'country',
			'longitude',
			'latitude',
			'geometry',
			'precision',
			'radius_km',
			'summary',
			'sources',
			'refs',
			'geonames',
			'url'
		],
		atlas.places,
		({ geometry, properties: p }) => ({
			slug: p.slug,
			name: p.name,
			names: joinNames(p.names),
			kind: p.kind,
			country: p.country,
			...point(geometry),
			geometry: geometry.type,
			precision: p.precision,
			radius_km: p.radiusKm === undefined ? undefined : String(p.radiusKm),
			summary: p.summary,
			sources: list(p.sources),
			refs: list(p.refs),
			geonames: geonamesId(p.slug)?.toString(),
			url: `${origin}/place/${p.slug}`
		})
	);
}

/** Every event with its layer, in the layers' order and each layer's file order. */
export function layeredEvents(
	atlas: Atlas
): (EventProperties & { layer: EventLayerId; geometry: Geometry })[] {
	return EVENT_LAYERS.flatMap((l) =>
		atlas.layers[l.id].map((f) => ({ ...f.properties, layer: l.id, geometry: f.geometry }))
	);
}

/** The events, one row per event. */
export function eventsTable(atlas: Atlas, origin: string): Table {
	return table(
		[
			'id',
			'title',
			'layer',
			'place',
			'start',
			'end',
			'longitude',
			'latitude',
			'geometry',
			'precision',
			'radius_km',
			'sources',
			'refs',
			'url'
		],
		layeredEvents(atlas),
		(e) => ({
			id: e.id,
			title: e.title,
			layer: e.layer,
			place: e.place,
			start: e.start,
			end: e.end,
			...point(e.geometry),
			geometry: e.geometry.type,
			precision: e.precision,
			radius_km: e.radiusKm === undefined ? undefined : String(e.radiusKm),
			sources: list(e.sources),
			refs: list(e.refs),
			url: `${origin}/event/${e.id}`
		})
	);
}

/** The chronology page as a table: the events in time order, each under the year it starts in. */
export function chronologyTable(atlas: Atlas, origin: string): Table {
	const rows = chronology(layeredEvents(atlas)).flatMap(({ year, events }) =>
		events.map((e) => ({ ...e, year: String(year) }))
	);
	return table(['year', 'start', 'end', 'id', 'title', 'layer', 'place', 'url'], rows, (e) => ({
		year: e.year,
		start: e.start,
		end: e.end,
		id: e.id,
		title: e.title,
		layer: e.layer,
		place: e.place,
		url: `${origin}/event/${e.id}`
	}));
}
