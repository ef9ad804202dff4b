import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { getAtlas } from '../atlas';
import { downloadList, downloadResponse, type DownloadFile } from './downloads';
import { parseCsv } from './fixtures/read-csv';
import { COLUMN_NAMES, joinNames } from './tables';

// The package ships no types.
const gjv = createRequire(import.meta.url)('geojson-validation') as {
	valid(o: unknown, trace: true): string[];
};

const ORIGIN = 'https://atlas.example';
const atlas = getAtlas();
const body = (file: DownloadFile) => downloadResponse(file, ORIGIN).text();
const list = downloadList(ORIGIN);
const eventCount = EVENT_LAYERS.reduce((n, l) => n + atlas.layers[l.id].length, 0);

describe('the CSV downloads', () => {
	const files: [DownloadFile, number][] = [
		['places.csv', atlas.places.length],
		['events.csv', eventCount],
		['chronology.csv', eventCount]
	];

	it.each(files)(
		'%s parses, with the documented header and one row per feature',
		async (file, count) => {
			const [header, ...rows] = parseCsv(await body(file));
			expect(header).toEqual(list.find((d) => d.file === file)?.columns);
			expect(rows).toHaveLength(count);
			for (const row of rows) expect(row).toHaveLength(header.length);
		}
	);

	it('every column is documented in every language', () => {
		for (const lang of ['en', 'ru', 'tg']) {
			const messages = JSON.parse(readFileSync(`messages/data/${lang}.json`, 'utf8'));
			for (const name of COLUMN_NAMES)
				expect(messages[`data_column_${name}`], `${lang} ${name}`).toBeTruthy();
		}
	});

	it('holds each place as the gazetteer has it: names joined as name@lang, coordinates, sources', async () => {
		const [header, ...rows] = parseCsv(await body('places.csv'));
		const col = (row: string[], name: string) => row[header.indexOf(name)];
		for (const [i, { geometry, properties: p }] of atlas.places.entries()) {
			const row = rows[i];
			expect(col(row, 'slug')).toBe(p.slug);
			expect(col(row, 'names').split(' | ')).toEqual(p.names.map((n) => `${n.name}@${n.lang}`));
			expect(col(row, 'sources')).toBe(p.sources.join(' | '));
			if (geometry.type === 'Point') {
				expect([Number(col(row, 'longitude')), Number(col(row, 'latitude'))]).toEqual(
					geometry.coordinates
				);
			} else expect(col(row, 'longitude')).toBe('');
			expect(col(row, 'url')).toBe(`${ORIGIN}/place/${p.slug}`);
		}
	});

	it('joins names in the documented way', () => {
		expect(
			joinNames([
				{ name: 'Kulyab', lang: 'en', kind: 'source' },
				{ name: 'Кӯлоб', lang: 'tg-Cyrl', kind: 'official' }
			])
		).toBe('Kulyab@en | Кӯлоб@tg-Cyrl');
	});

	it('orders the chronology by date', async () => {
		const [header, ...rows] = parseCsv(await body('chronology.csv'));
		const years = rows.map((r) => Number(r[header.indexOf('year')]));
		expect(years).toEqual([...years].sort((a, b) => a - b));
		expect(new Set(rows.map((r) => r[header.indexOf('id')])).size).toBe(eventCount);
	});
});

describe('the GeoJSON downloads', () => {
	it.each([
		['places.geojson', atlas.places.length],
		['events.geojson', eventCount]
	] as [DownloadFile, number][])(
		'%s is valid RFC 7946 GeoJSON with every feature',
		async (file, count) => {
			const collection = JSON.parse(await body(file));
			expect(gjv.valid(collection, true)).toEqual([]);
			expect(collection.features).toHaveLength(count);
		}
	);

	it('keeps every name, source, reference and date of the atlas', async () => {
		const places = JSON.parse(await body('places.geojson'));
		for (const [i, f] of atlas.places.entries()) {
			expect(places.features[i].properties).toMatchObject(JSON.parse(JSON.stringify(f.properties)));
			expect(places.features[i].geometry).toEqual(f.geometry);
		}
		const events = JSON.parse(await body('events.geojson'));
		const byId = new Map(
			events.features.map((f: { properties: { id: string } }) => [f.properties.id, f])
		);
		for (const l of EVENT_LAYERS) {
			for (const f of atlas.layers[l.id]) {
				expect(byId.get(f.properties.id)).toMatchObject({
					geometry: f.geometry,
					properties: { ...JSON.parse(JSON.stringify(f.properties)), layer: l.id }
				});
			}
		}
	});
});

describe('the list of downloads', () => {
	it('gives each file the size of the body its endpoint serves, in bytes of UTF-8', async () => {
		for (const d of list) {
			const bytes = (await downloadResponse(d.file, ORIGIN).arrayBuffer()).byteLength;
			expect(d.bytes, d.file).toBe(bytes);
		}
		// Non-Latin letters take more than one byte: the size is not the string's length.
		const places = await body('places.csv');
		expect(list.find((d) => d.file === 'places.csv')?.bytes).toBeGreaterThan(places.length);
	});

	it('serves each file with its media type', () => {
		for (const d of list) {
			expect(downloadResponse(d.file, ORIGIN).headers.get('content-type')).toContain(d.type);
		}
	});
});
