import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	fileKind,
	MAX_FILE_BYTES,
	readAtlasFiles,
	validateAtlas,
	type AtlasFile
} from './validate';
import { formatError } from './validate-report';
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
				`${B}/region-without-radius/places.geojson: feature 0 (garm): property "radiusKm": missing; a region needs a radius or an "outline"`
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

describe('an event attested before its start', () => {
	const good = readFixture('tests/fixtures/good');
	const places = good.filter((f) => fileKind(f.path) === 'places');
	const layer = good.find((f) => fileKind(f.path) === 'layer') as AtlasFile;

	/** The good atlas with the first event of a layer given these properties. */
	function withFirstEvent(props: Record<string, unknown>): string[] {
		const data = JSON.parse(layer.text) as { features: { properties: Record<string, unknown> }[] };
		// Without its end, so that only the start's rule speaks.
		delete data.features[0].properties.end;
		Object.assign(data.features[0].properties, props);
		return messages([...places, { path: layer.path, text: JSON.stringify(data) }]);
	}
	const id = () =>
		(JSON.parse(layer.text) as { features: { properties: { id: string } }[] }).features[0]
			.properties.id;

	it('fails the build naming the file, the feature and the reference', () => {
		const attested = [{ date: '2000', ref: 'osce-overview' }];
		expect(withFirstEvent({ start: '2008', attested })).toEqual([
			`${layer.path}: feature 0 (${id()}): property "start": "2008" is later than "2000", by when reference "osce-overview" attests the event (attested[0]); start it no later, as "[..2000]" if nothing dates its beginning`
		]);
	});

	it('passes a start at or before the attested date, "by 2000" included', () => {
		const attested = [{ date: '2000', ref: 'osce-overview' }];
		expect(withFirstEvent({ start: '[..2000]', attested })).toEqual([]);
		expect(withFirstEvent({ start: '1995', attested })).toEqual([]);
		expect(withFirstEvent({ start: '2000-06', attested })).toEqual([]);
	});

	it('reports an attestation without its reference in the schema’s words', () => {
		expect(withFirstEvent({ start: '1995', attested: [{ date: '2000' }] })).toEqual([
			`${layer.path}: feature 0 (${id()}): property "attested[0].ref": missing (expected a non-empty string)`
		]);
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

/** A gazetteer feature's properties, valid unless overridden. */
function placeProps(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		slug: 'garm',
		name: 'Garm',
		names: [{ name: 'Garm', lang: 'en', kind: 'variant' }],
		kind: 'town',
		summary: 'A town.',
		precision: 'centre',
		coordRef: 'GeoNames',
		sources: ['p1'],
		...overrides
	};
}

/** A layer feature's properties, valid unless overridden. */
function eventProps(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'e1',
		title: 'An event',
		place: 'garm',
		start: '1997',
		precision: 'centre',
		sources: ['p1'],
		...overrides
	};
}

const POINT = { type: 'Point', coordinates: [70.3, 39] };
const BOWTIE = [
	[
		[0, 0],
		[1, 1],
		[1, 0],
		[0, 1],
		[0, 0]
	]
];

/** A gazetteer file of the given places' properties, each at a point. */
const gazetteer = (...props: Record<string, unknown>[]): AtlasFile => ({
	path: 'places.geojson',
	text: collection(...props.map((p) => feature(POINT, p)))
});

describe('coordinates', () => {
	const at = (...coordinates: number[][]) =>
		messages([
			{ path: 'm.geojson', text: collection(feature({ type: 'MultiPoint', coordinates })) }
		]);
	const tail = '; coordinates are [longitude, latitude]';

	it('accepts the edges of the map, and 6 decimals', () => {
		expect(at([180, 90], [-180, -90], [68.123456, 0.000001], [1e-6, 0])).toEqual([]);
	});

	it.each([
		[[180.5, 0], 'longitude 180.5 is outside [-180, 180]'],
		[[-180.5, 0], 'longitude -180.5 is outside [-180, 180]'],
		[[0, 90.5], 'latitude 90.5 is outside [-90, 90]'],
		[[0, -90.5], 'latitude -90.5 is outside [-90, 90]'],
		// At the edge of one range and outside the other: the one outside is named.
		[[180, 95], 'latitude 95 is outside [-90, 90]'],
		[[-180, -95], 'latitude -95 is outside [-90, 90]'],
		[[200, 95], 'longitude 200 is outside [-180, 180]']
	])('reports %j: %s', (position, reason) => {
		expect(at(position)).toEqual([
			`m.geojson: feature 0: geometry: position [${position.join(', ')}]: ${reason}${tail}`
		]);
	});

	it('names the first position out of range and counts the rest', () => {
		expect(at([0, 0], [0, 95], [200, 0], [0, -95])).toEqual([
			`m.geojson: feature 0: geometry: position [0, 95]: latitude 95 is outside [-90, 90] (and 2 more)${tail}`
		]);
		expect(at([0, 95], [200, 0])).toEqual([
			`m.geojson: feature 0: geometry: position [0, 95]: latitude 95 is outside [-90, 90] (and 1 more)${tail}`
		]);
	});

	it.each([
		[68.1234567, 7],
		[1e-7, 7], // written 1e-7: 7 decimals
		[1.5e-10, 11],
		[1.23e-7, 9]
	])('reports %d as too precise (%i decimals)', (n) => {
		expect(at([n, 0])).toEqual([
			`m.geojson: feature 0: geometry: position [${n}, 0] has more than 6 decimals`
		]);
	});

	it('counts the positions with too many decimals', () => {
		expect(at([1e-7, 0], [0, 1.5e-10], [0, 0])).toEqual([
			'm.geojson: feature 0: geometry: position [1e-7, 0] has more than 6 decimals (and 1 more)'
		]);
	});

	it('reads large numbers in exponent notation as whole', () => {
		expect(at([1e21, 0])).toEqual([
			`m.geojson: feature 0: geometry: position [1e+21, 0]: longitude 1e+21 is outside [-180, 180]${tail}`
		]);
	});

	it('checks the positions inside a GeometryCollection', () => {
		const gc = {
			type: 'GeometryCollection',
			geometries: [{ type: 'Point', coordinates: [0, 95] }]
		};
		expect(messages([{ path: 'g.geojson', text: collection(feature(gc)) }])).toEqual([
			`g.geojson: feature 0: geometry: position [0, 95]: latitude 95 is outside [-90, 90]${tail}`
		]);
	});
});

describe('self-intersections', () => {
	const check = (geometry: unknown) =>
		messages([{ path: 's.geojson', text: collection(feature(geometry)) }]);

	it.each([
		[
			{ type: 'MultiPolygon', coordinates: [BOWTIE] },
			'MultiPolygon intersects itself at [0.5, 0.5]'
		],
		[
			{ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: BOWTIE }] },
			'Polygon intersects itself at [0.5, 0.5]'
		],
		[
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[2, 2],
						[2, 0],
						[0, 2],
						[1, 3],
						[3, 1],
						[0, 0]
					]
				]
			},
			'Polygon intersects itself at [1, 1] (and 4 more)'
		]
	])('finds them in %j', (geometry, reason) => {
		expect(check(geometry)).toEqual([`s.geojson: feature 0: geometry: ${reason}`]);
	});

	it('leaves lines alone, which may cross themselves', () => {
		expect(check({ type: 'LineString', coordinates: BOWTIE[0] })).toEqual([]);
	});
});

describe('malformed geometry, reported and never a crash', () => {
	const check = (...geometries: unknown[]) =>
		messages([{ path: 'x.geojson', text: collection(...geometries.map((g) => feature(g))) }]);

	it('reports empty coordinates of every type', () => {
		expect(
			check(
				{ type: 'Point', coordinates: [] },
				{ type: 'MultiPoint', coordinates: [] },
				{ type: 'MultiLineString', coordinates: [] }
			)
		).toEqual([
			'x.geojson: feature 0: geometry: Point has empty coordinates',
			'x.geojson: feature 1: geometry: MultiPoint has empty coordinates',
			'x.geojson: feature 2: geometry: MultiLineString has empty coordinates'
		]);
	});

	it.each([
		['Polygon', 'x'],
		['MultiLineString', 5],
		['MultiPolygon', 5]
	])('%s with coordinates %j', (type, coordinates) => {
		expect(check({ type, coordinates })).toEqual([
			'x.geojson: feature 0: not valid GeoJSON: coordinates must be an array'
		]);
	});

	it('a GeometryCollection without a geometries array', () => {
		expect(check({ type: 'GeometryCollection', geometries: 5 })).toEqual([
			'x.geojson: feature 0: not valid GeoJSON: "geometries" must be an array'
		]);
	});

	it('checks a structurally invalid position for structure only', () => {
		expect(check({ type: 'Point', coordinates: [200] })).toEqual([
			'x.geojson: feature 0: not valid GeoJSON: Position must be at least two elements'
		]);
	});
});

describe('basemap files holding one Feature or a bare geometry', () => {
	const check = (data: unknown) => messages([{ path: 'b.geojson', text: JSON.stringify(data) }]);

	it.each([
		[feature({ type: 'Polygon', coordinates: [[]] }), 'geometry: ring 0 is empty'],
		[
			feature({ type: 'Point', coordinates: [200, 0] }),
			'geometry: position [200, 0]: longitude 200 is outside [-180, 180]; coordinates are [longitude, latitude]'
		],
		[
			{ type: 'Point', coordinates: [0, 95] },
			'geometry: position [0, 95]: latitude 95 is outside [-90, 90]; coordinates are [longitude, latitude]'
		],
		[
			{ type: 'Circle', coordinates: [0, 0] },
			'not valid GeoJSON: type must be one of: "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection", "Feature", or "FeatureCollection"'
		]
	])('%j', (data, reason) => {
		expect(check(data)).toEqual([`b.geojson: ${reason}`]);
	});

	it('accepts a valid bare geometry', () => {
		expect(check(POINT)).toEqual([]);
	});

	it('labels a feature by its numeric id', () => {
		const data = {
			type: 'FeatureCollection',
			features: [{ ...(feature({ type: 'Point', coordinates: [200, 0] }) as object), id: 3 }]
		};
		expect(check(data)[0]).toMatch(/^b\.geojson: feature 0 \(3\): geometry: position \[200, 0\]/);
	});
});

describe('files that are not feature collections', () => {
	it.each([
		['[]', 'got []'],
		['null', 'got null'],
		['{"type":"FeatureCollection","features":{}}', 'got type "FeatureCollection"']
	])('a gazetteer of %s', (text, got) => {
		expect(messages([{ path: 'places.geojson', text }])).toEqual([
			`places.geojson: expected a FeatureCollection with a "features" array, ${got}`
		]);
	});

	it('says where JSON ends too soon, without a position', () => {
		expect(messages([{ path: 'a.geojson', text: '{"a":' }])).toEqual([
			'a.geojson: not valid JSON: Unexpected end of JSON input'
		]);
	});

	it('still checks the places of the other layers when one layer is unreadable', () => {
		const files = [
			gazetteer(placeProps()),
			{ path: 'layers/a.geojson', text: '{' },
			{ path: 'layers/b.geojson', text: '{"type":"Feature"}' },
			{ path: 'layers/c.geojson', text: collection(feature(POINT, eventProps({ place: 'kabul' }))) }
		];
		const found = messages(files);
		expect(found).toHaveLength(3);
		expect(found[2]).toBe(
			'layers/c.geojson: feature 0 (e1): property "place": "kabul" is not the slug of any place in places.geojson'
		);
	});

	it('checks no place references against a gazetteer that is not a collection', () => {
		const files = [
			{ path: 'places.geojson', text: '{"type":"Feature"}' },
			{ path: 'layers/c.geojson', text: collection(feature(POINT, eventProps({ place: 'kabul' }))) }
		];
		expect(messages(files)).toEqual([
			'places.geojson: expected a FeatureCollection with a "features" array, got type "Feature"'
		]);
	});
});

describe('malformed features of the gazetteer and the layers', () => {
	it.each([
		[null, 'not valid GeoJSON: must be a JSON Object'],
		[
			{ type: 'Feature', geometry: POINT },
			'not valid GeoJSON: must have a member with the name "properties"'
		],
		[
			{ type: 'Feature', geometry: POINT, properties: null },
			'properties: expected an object, got null'
		],
		[{ type: 'Feature', geometry: POINT, properties: [] }, 'properties: expected an object, got []']
	])('%j', (f, reason) => {
		expect(messages([{ path: 'places.geojson', text: collection(f) }])).toEqual([
			`places.geojson: feature 0: ${reason}`
		]);
	});

	it('asks for a location where the geometry is null', () => {
		const files = [
			gazetteer(placeProps()),
			{ path: 'layers/x.geojson', text: collection(feature(null, eventProps())) }
		];
		expect(messages(files)).toEqual([
			'layers/x.geojson: feature 0 (e1): geometry: null; every atlas feature needs a location'
		]);
	});

	it('labels a place by its slug and an event by its id, nothing else', () => {
		const files = [
			gazetteer(placeProps({ id: 'not-the-label' })),
			{
				path: 'layers/x.geojson',
				text: collection(feature(POINT, eventProps({ id: undefined, name: 'Not the label' })))
			}
		];
		expect(messages(files)).toEqual([
			'places.geojson: feature 0 (garm): property "id": unknown property (expected one of slug, name, names, label, kind, country, summary, precision, radiusKm, outline, coordRef, sources, refs, note)',
			'layers/x.geojson: feature 0: property "id": missing (expected a non-empty string)',
			'layers/x.geojson: feature 0: property "name": unknown property (expected one of id, title, place, start, end, precision, radiusKm, sources, refs, dateRef, attested, note)'
		]);
	});

	it.each([
		[
			'names: [null]',
			{ names: [null, { name: 'Garm', lang: 'en', kind: 'official' }] },
			'names[0]'
		],
		['name: 5', { name: 5 }, 'name'],
		['a name of 5', { names: [{ name: 5, lang: 'en', kind: 'official' }] }, 'names[0].name'],
		['slug: 5', { slug: 5 }, 'slug'],
		['sources: "p1"', { sources: 'p1' }, 'sources'],
		['sources: ["p1", 5]', { sources: ['p1', 5] }, 'sources[1]'],
		['radiusKm without precision', { precision: undefined, radiusKm: 5 }, 'precision']
	])('reports only the schema’s error for %s', (_, overrides, property) => {
		const found = validateAtlas({ files: [gazetteer(placeProps(overrides))], paragraphIds });
		expect(found.map((e) => e.property)).toEqual([property]);
	});

	it.each([
		[
			'an outline and a radius',
			{ precision: 'region', radiusKm: 5, outline: { basemap: 'country', iso: '004' } },
			'radiusKm: not allowed beside an "outline": the outline is the extent'
		],
		[
			'an outline on a town',
			{ outline: { basemap: 'country', iso: '004' } },
			'outline: only allowed when precision is "region" (precision is "centre")'
		],
		[
			'an outline from an unknown basemap file',
			{ precision: 'region', outline: { basemap: 'lakes', id: 'sarez' } },
			'outline.basemap: expected "basemap" to be "country" or "river", got "lakes"'
		],
		[
			'a country by a letter code',
			{ precision: 'region', outline: { basemap: 'country', iso: 'AFG' } },
			'outline.iso: "AFG" is not an ISO 3166-1 numeric code ("004")'
		],
		[
			'a river corridor without its note',
			{ precision: 'region', outline: { basemap: 'river', id: 'surkhob', bufferKm: 10 } },
			'outline.note: missing (expected a non-empty string)'
		]
	])('reports %s', (_, overrides, problem) => {
		const found = validateAtlas({ files: [gazetteer(placeProps(overrides))], paragraphIds });
		expect(found.map((e) => `${e.property}: ${e.reason}`)).toEqual([problem]);
	});

	it('takes a region with an outline and no radius', () => {
		const outline = { basemap: 'country', iso: '004' };
		const found = validateAtlas({
			files: [gazetteer(placeProps({ precision: 'region', outline }))],
			paragraphIds
		});
		expect(found).toEqual([]);
	});

	it('does not compare the dates of an event whose dates are invalid', () => {
		const files = [
			gazetteer(placeProps()),
			{
				path: 'layers/x.geojson',
				text: collection(feature(POINT, eventProps({ start: '1997-13', end: '1996' })))
			}
		];
		expect(messages(files)).toEqual([
			'layers/x.geojson: feature 0 (e1): property "start": "1997-13" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'
		]);
	});

	it('does not resolve a place reference that is not a string', () => {
		const files = [
			gazetteer(placeProps()),
			{ path: 'layers/x.geojson', text: collection(feature(POINT, eventProps({ place: 5 }))) }
		];
		expect(messages(files)).toEqual([
			'layers/x.geojson: feature 0 (e1): property "place": expected a non-empty string, got 5'
		]);
	});

	it('does not ask an invalid place for its display name among its names', () => {
		const found = messages([gazetteer(placeProps({ name: 'Gharm', summary: undefined }))]);
		expect(found).toEqual([
			'places.geojson: feature 0 (garm): property "summary": missing (expected a non-empty string)'
		]);
	});
});

describe('names and slugs across places', () => {
	const name = (n: string, extra: Record<string, unknown> = {}) => ({
		name: n,
		lang: 'en',
		kind: 'variant',
		...extra
	});

	it.each([
		['KULOB', true],
		['Kŭlob', true],
		[' Kulob ', true],
		['Kurgan  Tyube', true],
		['KurganTyube', false],
		['Kulab', false]
	])(
		'a second place named %j shares a name with one named Kulob or Kurgan Tyube: %s',
		(n, shared) => {
			const first = placeProps({
				slug: 'a',
				name: 'Kulob',
				names: [name('Kulob'), name('Kurgan Tyube')]
			});
			const second = placeProps({ slug: 'b', name: 'B', names: [name('B'), name(n)] });
			expect(messages([gazetteer(first, second)]).length).toBe(shared ? 1 : 0);
		}
	);

	it('names the property, the other place and its spelling of the name', () => {
		const first = placeProps({ slug: 'a', name: 'Kulob', names: [name('Kulob'), name('KULOB')] });
		const byName = placeProps({ slug: 'b', name: 'kulob', names: [name('kulob')] });
		const byNames = placeProps({ slug: 'c', name: 'C', names: [name('C'), name('Kŭlob')] });
		expect(messages([gazetteer(first, byName, byNames)])).toEqual([
			'places.geojson: feature 1 (b): property "name": name "kulob" is also a name of place "a" (feature 0, "Kulob")',
			'places.geojson: feature 2 (c): property "names": name "Kŭlob" is also a name of place "a" (feature 0, "Kulob")'
		]);
	});

	it('names a place without a slug by its index', () => {
		const first = placeProps({ slug: undefined, name: 'Kulob', names: [name('Kulob')] });
		const second = placeProps({ slug: 'b', name: 'Kulob', names: [name('Kulob')] });
		expect(messages([gazetteer(first, second)])).toEqual([
			'places.geojson: feature 0: property "slug": missing (expected a non-empty string)',
			'places.geojson: feature 1 (b): property "name": name "Kulob" is also a name of place "#0" (feature 0, "Kulob")'
		]);
	});

	it('reports a duplicate slug once, not its names as well', () => {
		expect(messages([gazetteer(placeProps(), placeProps())])).toEqual([
			'places.geojson: feature 1 (garm): property "slug": duplicate slug "garm", also feature 0'
		]);
	});

	it('does not take two places without a slug for duplicates', () => {
		const found = validateAtlas({
			files: [
				gazetteer(
					placeProps({ slug: undefined, name: 'A', names: [name('A')] }),
					placeProps({ slug: undefined, name: 'B', names: [name('B')] })
				)
			],
			paragraphIds
		});
		expect(found.map((e) => [e.index, e.property])).toEqual([
			[0, 'slug'],
			[1, 'slug']
		]);
	});

	it.each([
		[{ from: 1991, to: 1991 }, []],
		[{ from: 1991 }, []],
		[
			{ from: 1992, to: 1991 },
			['places.geojson: feature 0 (garm): property "names[1].to": 1991 is before "from" 1992']
		]
	])('name years %j', (years, expected) => {
		const props = placeProps({ names: [name('Garm'), name('Gharm', years)] });
		expect(messages([gazetteer(props)])).toEqual(expected);
	});
});

describe('the order of errors', () => {
	it('groups errors by file in input order, then by feature, file-wide errors first', () => {
		const layer = {
			path: 'layers/x.geojson',
			text: collection(
				feature(POINT, eventProps({ id: 'e0', place: 'kabul' })),
				feature(POINT, eventProps({ id: 'e1', start: '1997-13' }))
			)
		};
		const found = validateAtlas({
			files: [layer, gazetteer(placeProps({ summary: '' }))],
			paragraphIds
		});
		expect(found.map((e) => [e.file, e.index, e.property])).toEqual([
			['layers/x.geojson', 0, 'place'],
			['layers/x.geojson', 1, 'start'],
			['places.geojson', 0, 'summary']
		]);
		const alone = validateAtlas({
			files: [
				{ path: 'layers/x.geojson', text: layer.text },
				{ path: 'b.geojson', text: collection(feature({ type: 'Point', coordinates: [200, 0] })) }
			],
			paragraphIds
		});
		expect(alone.map((e) => [e.file, e.index, e.property])).toEqual([
			['layers/x.geojson', undefined, undefined],
			['layers/x.geojson', 1, 'start'],
			['b.geojson', 0, undefined]
		]);
	});
});

describe('readAtlasFiles: what passed, as the schemas output it', () => {
	it('keeps every feature of the good fixture, equal to its file', () => {
		const files = readFixture('tests/fixtures/good');
		const result = readAtlasFiles({ files, paragraphIds });
		expect(result.errors).toEqual([]);
		const text = (suffix: string) => JSON.parse(files.find((f) => f.path.endsWith(suffix))!.text);
		expect(result.places).toEqual(text('places.geojson').features);
		const peace = [...result.layers].find(([path]) => path.endsWith('layers/peace.geojson'))!;
		expect(peace[1]).toEqual(text('layers/peace.geojson').features);
		const basemap = [...result.collections].find(([path]) => path.endsWith('countries.geojson'))!;
		expect(basemap[1]).toEqual(text('basemap/countries.geojson'));
	});

	it('leaves out a feature that fails, and keeps the others', () => {
		const files = [
			gazetteer(
				placeProps({ slug: 'Garm' }),
				placeProps({
					slug: 'khorog',
					name: 'Khorog',
					names: [{ name: 'Khorog', lang: 'en', kind: 'variant' }]
				})
			)
		];
		const result = readAtlasFiles({ files, paragraphIds });
		expect(result.errors).toHaveLength(1);
		expect(result.places.map((p) => p.properties.slug)).toEqual(['khorog']);
	});

	it('keeps a basemap file only when it is a FeatureCollection, and keeps every file as parsed', () => {
		const files = [
			{ path: 'basemap/a.geojson', text: collection(feature(POINT, { name: 'A' })) },
			{ path: 'basemap/b.geojson', text: JSON.stringify(POINT) }
		];
		const result = readAtlasFiles({ files, paragraphIds });
		expect(result.errors).toEqual([]);
		expect([...result.collections.keys()]).toEqual(['basemap/a.geojson']);
		expect(result.json.get('basemap/b.geojson')).toEqual(POINT);
	});
});
