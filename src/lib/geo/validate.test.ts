import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileKind, formatError, MAX_FILE_BYTES, validateAtlas, type AtlasFile } from './validate';
import type { SourceDocument } from '../content/types';

/** The repository root: fixture paths in messages are relative to it, as the script prints them. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE = 'tests/fixtures/source.json';

const source = JSON.parse(readFileSync(join(ROOT, SOURCE), 'utf8')) as SourceDocument;
const paragraphIds = new Set(source.sections.flatMap((s) => s.blocks.map((b) => b.id)));

/** Every `.geojson` below a fixture folder, with paths relative to the root like the script's. */
function readFixture(dir: string): AtlasFile[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.geojson'))
		.sort()
		.map((name) => {
			const path = `${dir}/${name.split(/[\\/]/).join('/')}`;
			return { path, text: readFileSync(join(ROOT, path), 'utf8') };
		});
}

function messages(files: AtlasFile[]): string[] {
	return validateAtlas({ files, paragraphIds }).map(formatError);
}

/** A one-feature collection as file text. */
function collection(...features: unknown[]): string {
	return JSON.stringify({ type: 'FeatureCollection', features });
}

function feature(geometry: unknown, properties: Record<string, unknown> = {}): unknown {
	return { type: 'Feature', geometry, properties };
}

const B = 'tests/fixtures/broken';

describe('validateAtlas on fixtures', () => {
	it('finds nothing wrong with the good atlas', () => {
		const files = readFixture('tests/fixtures/good');
		expect(files.map((f) => fileKind(f.path))).toEqual([
			'geometry',
			'layer',
			'layer',
			'layer',
			'places'
		]);
		expect(messages(files)).toEqual([]);
	});

	// Each case: its folder under broken/, and the exact lines it must produce (no more, no fewer).
	it.each([
		[
			'bad-json',
			[
				`${B}/bad-json/bad-json.geojson: not valid JSON: Expected double-quoted property name in JSON at position 70 (line 4, column 24)`
			]
		],
		[
			'not-geojson',
			[
				`${B}/not-geojson/not-geojson.geojson: feature 0 (Circle): not valid GeoJSON: type must be one of: "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon" or "GeometryCollection"`
			]
		],
		[
			'empty-ring',
			[`${B}/empty-ring/empty-ring.geojson: feature 0 (Hollow): geometry: ring 0 is empty`]
		],
		[
			'crash-guard',
			[
				`${B}/crash-guard/crash-guard.geojson: feature 0 (Null corner): not valid GeoJSON: geojson-validation crashed on malformed coordinates`
			]
		],
		[
			'lng-out-of-range',
			[
				`${B}/lng-out-of-range/basemap/points.geojson: feature 1 (Far east): geometry: position [200, 38.5]: longitude 200 is outside [-180, 180]`
			]
		],
		[
			'too-many-decimals',
			[
				`${B}/too-many-decimals/basemap/points.geojson: feature 0 (Precise): geometry: position [68.78641234, 38.5598] has more than 6 decimals`
			]
		],
		[
			'self-intersecting',
			[
				`${B}/self-intersecting/basemap/bowtie.geojson: feature 0 (Bowtie): geometry: Polygon intersects itself at [68.5, 38.5]`
			]
		],
		[
			'duplicate-slug',
			[
				`${B}/duplicate-slug/places.geojson: feature 1 (dushanbe): property "slug": duplicate slug "dushanbe", also feature 0`
			]
		],
		[
			'shared-name',
			[
				`${B}/shared-name/places.geojson: feature 1 (kulob-region): property "name": name "Kulob" is also a name of place "kulob"`
			]
		],
		[
			'missing-property',
			[
				`${B}/missing-property/places.geojson: feature 0 (dushanbe): property "summary": missing (expected a non-empty string)`
			]
		],
		[
			'region-without-radius',
			[
				`${B}/region-without-radius/places.geojson: feature 0 (garm): property "radiusKm": missing; required when precision is "region"`
			]
		],
		[
			'radius-without-region',
			[
				`${B}/radius-without-region/places.geojson: feature 0 (garm): property "radiusKm": only allowed when precision is "region"`
			]
		],
		[
			'names-without-display-name',
			[
				`${B}/names-without-display-name/places.geojson: feature 0 (kulob): property "names": does not include the display name "Kulyab"`
			]
		],
		[
			'name-years-reversed',
			[
				`${B}/name-years-reversed/places.geojson: feature 0 (dushanbe): property "names[1].to": 1929 is before "from" 1961`
			]
		],
		[
			'places-not-collection',
			[
				`${B}/places-not-collection/places.geojson: expected a FeatureCollection with a "features" array, got type "Feature"`
			]
		],
		[
			'unknown-place',
			[
				`${B}/unknown-place/layers/x.geojson: feature 0 (osce-khorog): property "place": "khorog" is not the slug of any place`
			]
		],
		[
			'unknown-paragraph',
			[
				`${B}/unknown-paragraph/layers/x.geojson: feature 0 (osce-dushanbe): property "sources": "p99" is not a paragraph id`
			]
		],
		[
			'bad-date',
			[
				`${B}/bad-date/layers/osce.geojson: feature 3 (osce-kulyab): property "start": "2003-02-30" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`
			]
		],
		[
			'start-after-end',
			[
				`${B}/start-after-end/layers/x.geojson: feature 0 (ceasefire): property "end": "1997-06" is before start "1998"`
			]
		],
		[
			'duplicate-id-across-layers',
			[
				`${B}/duplicate-id-across-layers/layers/peace.geojson: feature 1 (dushanbe-1997): property "id": duplicate id "dushanbe-1997", also feature 0 of ${B}/duplicate-id-across-layers/layers/osce.geojson`
			]
		]
	])('%s', (name, expected) => {
		const found = messages(readFixture(`${B}/${name}`));
		expect(found).toHaveLength(expected.length);
		expected.forEach((line, i) => expect(found[i]).toContain(line));
	});

	it('reports every error in a file at once', () => {
		const found = validateAtlas({ files: readFixture(`${B}/three-errors`), paragraphIds });
		expect(found.map((e) => [e.index, e.id, e.property])).toEqual([
			[1, 'OSCE Kulyab', 'id'],
			[1, 'OSCE Kulyab', 'precision'],
			[1, 'OSCE Kulyab', 'sources']
		]);
	});

	it('reports errors from several files in one run, grouped by file', () => {
		const files = ['bad-json', 'empty-ring', 'too-many-decimals'].flatMap((n) =>
			readFixture(`${B}/${n}`)
		);
		expect(validateAtlas({ files, paragraphIds }).map((e) => e.file)).toEqual(
			files.map((f) => f.path)
		);
	});
});

describe('file size limit', () => {
	const empty = '{"type":"FeatureCollection","features":[]}';

	it('accepts a file of exactly MAX_FILE_BYTES', () => {
		const text = empty.slice(0, -1) + ' '.repeat(MAX_FILE_BYTES - empty.length) + '}';
		expect(text.length).toBe(MAX_FILE_BYTES);
		expect(messages([{ path: 'big.geojson', text }])).toEqual([]);
	});

	it('rejects one byte more, and still checks the content', () => {
		const padding = ' '.repeat(MAX_FILE_BYTES - empty.length + 1);
		const text = `{"type":"FeatureCollection","features":[${JSON.stringify(feature({ type: 'Point', coordinates: [200, 0] }))}]${padding}}`;
		const found = messages([{ path: 'big.geojson', text }]);
		expect(found).toHaveLength(2);
		expect(found[0]).toMatch(
			/^big\.geojson: file is \d+ bytes, over the limit of 2000000 \(MAX_FILE_BYTES\)/
		);
		expect(found[1]).toContain('longitude 200 is outside');
	});

	it('counts UTF-8 bytes, not characters (Cyrillic takes two)', () => {
		const name = 'Д'.repeat(MAX_FILE_BYTES / 2);
		const text = collection(feature({ type: 'Point', coordinates: [0, 0] }, { name }));
		expect(text.length).toBeLessThan(MAX_FILE_BYTES);
		expect(messages([{ path: 'cyrillic.geojson', text }])[0]).toContain('over the limit');
	});
});

describe('geojson-validation crash guard', () => {
	// Shows the hazard the guard exists for: if this starts failing, upstream fixed it.
	it('geojson-validation itself throws on an empty ring', () => {
		const require = createRequire(import.meta.url);
		const gjv = require('geojson-validation') as { valid(o: unknown, trace: true): string[] };
		expect(() => gjv.valid({ type: 'Polygon', coordinates: [[]] }, true)).toThrow(TypeError);
	});

	it.each([
		['Polygon', [[]], 'ring 0 is empty'],
		['Polygon', [], 'polygon has no rings'],
		[
			'MultiPolygon',
			[
				[
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				],
				[[]]
			],
			'ring 0 of polygon 1 is empty'
		],
		['MultiPolygon', [], 'MultiPolygon has no polygons'],
		['LineString', [], 'LineString has empty coordinates'],
		['MultiLineString', [[]], 'line 0 is empty']
	])('reports an empty %s (%j) instead of crashing', (type, coordinates, reason) => {
		const text = collection(feature({ type, coordinates }));
		expect(messages([{ path: 'e.geojson', text }])).toEqual([
			`e.geojson: feature 0: geometry: ${reason}`
		]);
	});

	it('finds empty rings inside a GeometryCollection, and in a bare geometry file', () => {
		const polygon = { type: 'Polygon', coordinates: [[]] };
		const gc = collection(feature({ type: 'GeometryCollection', geometries: [polygon] }));
		expect(messages([{ path: 'gc.geojson', text: gc }])).toEqual([
			'gc.geojson: feature 0: geometry: geometry 0: ring 0 is empty'
		]);
		expect(messages([{ path: 'bare.geojson', text: JSON.stringify(polygon) }])).toEqual([
			'bare.geojson: geometry: ring 0 is empty'
		]);
	});

	it('turns any other crash into an error message', () => {
		const text = collection(
			feature({ type: 'Polygon', coordinates: [[null, [1, 0], [1, 1], [0, 0]]] })
		);
		expect(() => messages([{ path: 'c.geojson', text }])).not.toThrow();
		expect(messages([{ path: 'c.geojson', text }])).toEqual([
			"c.geojson: feature 0: not valid GeoJSON: geojson-validation crashed on malformed coordinates (Cannot read properties of null (reading 'toString'))"
		]);
	});
});

describe('cross-file rules', () => {
	const good = readFixture('tests/fixtures/good');
	const places = good.filter((f) => fileKind(f.path) === 'places');
	const layers = good.filter((f) => fileKind(f.path) === 'layer');

	it('resolves places whatever the file order', () => {
		expect(messages([...layers, ...places])).toEqual([]);
	});

	it('says so once per layer file when there is no gazetteer', () => {
		expect(messages(layers)).toEqual(
			layers.map(
				(f) => `${f.path}: its "place" references cannot be checked: no places.geojson was given`
			)
		);
	});

	it('does not cascade unknown-place errors from an unparseable gazetteer', () => {
		const broken = [{ path: 'places.geojson', text: '{' }, ...layers];
		expect(messages(broken)).toHaveLength(1);
	});

	it('lets one place repeat its own name across languages', () => {
		// The good Dushanbe lists "Dushanbe" for both en and tg-Latn.
		const text = places[0].text;
		expect(text.match(/"name": "Dushanbe"/g)?.length).toBeGreaterThan(2);
		expect(messages(places)).toEqual([]);
	});
});

describe('enumerated properties', () => {
	// `'toString' in {}` is true: membership must not come from Object.prototype.
	it.each(['toString', 'constructor', 'city'])('rejects precision %j', (precision) => {
		const good = readFixture('tests/fixtures/good');
		const places = good.find((f) => fileKind(f.path) === 'places') as AtlasFile;
		const data = JSON.parse(places.text) as { features: { properties: { precision: string } }[] };
		data.features[0].properties.precision = precision;
		const found = messages([{ path: places.path, text: JSON.stringify(data) }]);
		expect(found).toEqual([
			`${places.path}: feature 0 (dushanbe): property "precision": expected "site", "centre" or "region", got "${precision}"`
		]);
	});
});

describe('fileKind', () => {
	it.each([
		['static/geo/places.geojson', 'places'],
		['static/geo/layers/osce.geojson', 'layer'],
		['static\\geo\\layers\\osce.geojson', 'layer'],
		['static/geo/basemap/countries.geojson', 'geometry'],
		['static/geo/layers.geojson', 'geometry']
	])('%s → %s', (path, kind) => {
		expect(fileKind(path)).toBe(kind);
	});
});

describe('formatError', () => {
	it.each([
		[{ file: 'a.geojson', reason: 'not valid JSON' }, 'a.geojson: not valid JSON'],
		[
			{ file: 'l.geojson', index: 3, id: 'osce-kulyab', property: 'start', reason: 'bad' },
			'l.geojson: feature 3 (osce-kulyab): property "start": bad'
		],
		[{ file: 'l.geojson', index: 0, reason: 'bad' }, 'l.geojson: feature 0: bad']
	])('%j', (error, line) => {
		expect(formatError(error)).toBe(line);
	});
});
