/**
 * The atlas's data as files for download, one record each: its name under /data/, its media
 * type and format, and the function that writes it from the validated atlas. The endpoints
 * under src/routes/data/ serve these bodies and the /data page lists their sizes from the same
 * functions, so the page and the files cannot disagree.
 */
import type { Atlas } from '$lib/content/atlas';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { getAtlas } from '../atlas';
import { toCsv } from './csv';
import { geonamesId } from './geonames';
import { linkedPlaces } from './lpf';
import { chronologyTable, eventsTable, placesTable, type ColumnName, type Table } from './tables';

/** One download. */
interface Download {
	file: string;
	/** The Content-Type a host should serve it with. */
	type: string;
	format: 'GeoJSON' | 'CSV' | 'Linked Places (JSON-LD)' | 'JSON';
	make: (atlas: Atlas, origin: string) => string;
	/** The table a CSV file is written from, for the page's list of its columns. */
	table?: (atlas: Atlas, origin: string) => Table;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';

/** Indented by tabs, so that a reader opening the file sees its structure. */
const pretty = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;
const csvOf = (t: Table) => toCsv(t.header, t.rows);

/** Every download, in the order the page lists them. */
const DOWNLOADS = [
	{
		file: 'places.geojson',
		type: GEOJSON_TYPE,
		format: 'GeoJSON',
		make: (atlas, origin) =>
			pretty({
				type: 'FeatureCollection',
				features: atlas.places.map((f) => {
					const gn = geonamesId(f.properties.slug);
					return {
						...f,
						properties: {
							...f.properties,
							url: `${origin}/place/${f.properties.slug}`,
							...(gn ? { geonames: gn } : {})
						}
					};
				})
			})
	},
	{
		file: 'events.geojson',
		type: GEOJSON_TYPE,
		format: 'GeoJSON',
		make: (atlas, origin) =>
			pretty({
				type: 'FeatureCollection',
				features: EVENT_LAYERS.flatMap((l) =>
					atlas.layers[l.id].map((f) => ({
						...f,
						properties: { ...f.properties, layer: l.id, url: `${origin}/event/${f.properties.id}` }
					}))
				)
			})
	},
	{
		file: 'places.csv',
		type: CSV_TYPE,
		format: 'CSV',
		make: (atlas, origin) => csvOf(placesTable(atlas, origin)),
		table: placesTable
	},
	{
		file: 'events.csv',
		type: CSV_TYPE,
		format: 'CSV',
		make: (atlas, origin) => csvOf(eventsTable(atlas, origin)),
		table: eventsTable
	},
	{
		file: 'chronology.csv',
		type: CSV_TYPE,
		format: 'CSV',
		make: (atlas, origin) => csvOf(chronologyTable(atlas, origin)),
		table: chronologyTable
	},
	{
		file: 'places.lpf.jsonld',
		type: 'application/ld+json; charset=utf-8',
		format: 'Linked Places (JSON-LD)',
		make: (atlas, origin) => pretty(linkedPlaces(atlas, origin))
	},
	{
		file: 'source.json',
		type: JSON_TYPE,
		format: 'JSON',
		make: (atlas) => pretty(atlas.source)
	},
	{
		file: 'references.json',
		type: JSON_TYPE,
		format: 'JSON',
		make: (atlas) => pretty(atlas.references)
	}
] as const satisfies readonly Download[];

/** A download's file name, which is also its id. */
export type DownloadFile = (typeof DOWNLOADS)[number]['file'];

/** A download's body and headers, for its endpoint. */
export function downloadResponse(file: DownloadFile, origin: string): Response {
	const download = DOWNLOADS.find((d) => d.file === file);
	if (!download) throw new Error(`no download ${file}`);
	return new Response(download.make(getAtlas(), origin), {
		headers: { 'content-type': download.type }
	});
}

/** What the /data page lists of each download. */
export interface DownloadEntry {
	file: DownloadFile;
	format: Download['format'];
	type: string;
	/** The size of the body its endpoint serves, in bytes of UTF-8. */
	bytes: number;
	/** A CSV file's columns, in order. */
	columns?: ColumnName[];
}

/** Every download with its size, as its endpoint makes it for a site at `origin`. */
export function downloadList(origin: string): DownloadEntry[] {
	const atlas = getAtlas();
	return DOWNLOADS.map((d: Download & { file: DownloadFile }) => ({
		file: d.file,
		format: d.format,
		type: d.type.split(';')[0],
		bytes: new TextEncoder().encode(d.make(atlas, origin)).length,
		...(d.table ? { columns: d.table(atlas, origin).header } : {})
	}));
}
