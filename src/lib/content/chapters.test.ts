/**
 * The story's chapters: each broken fixture under tests/fixtures/chapters/ holds
 * exactly one error and must produce exactly the line expected; the committed chapters must
 * produce none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	ChapterSchema,
	chapterEvents,
	type Chapter,
	checkChapters,
	type ChapterContext,
	type ChapterEvent
} from './chapters';
import type { LayerFile } from './checks-common';
import { parseNarrative } from './narrative';
import type { SourceDocument } from './types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));
const FIXTURES = 'tests/fixtures/chapters';

const source = json('src/lib/content/source.json') as SourceDocument;

/** Name (without ".md") → text of every `.md` in a folder. */
function texts(dir: string): Record<string, string> {
	if (!existsSync(join(ROOT, dir))) return {};
	return Object.fromEntries(
		readdirSync(join(ROOT, dir))
			.filter((name) => name.endsWith('.md'))
			.map((name) => [name.slice(0, -3), read(`${dir}/${name}`)])
	);
}

/** The small atlas the fixtures are written against; the source is the real one. */
const FIXTURE_CONTEXT: ChapterContext = {
	source,
	placeSlugs: ['dushanbe', 'tehran', 'kulyab'],
	events: [
		{ id: 'ceasefire-1994', layer: 'peace', start: '1994-09-17' },
		{ id: 'unmot-1994-2000', layer: 'peace', start: '1994-12', end: '2000-05-15' },
		{ id: 'russian-base-lease-2012', layer: 'bases', start: '2012-10-05' },
		{ id: 'plot-arrests-2013', layer: 'clashes', start: '2013-09' }
	],
	referenceIds: ['un-peacemaker-tehran-1994']
};

function checkFixture(name: string): string[] {
	const dir = `${FIXTURES}/${name}`;
	return checkChapters(json(`${dir}/chapters.json`), texts(dir), FIXTURE_CONTEXT);
}

const J = 'src/lib/content/chapters.json';
const MD = 'src/lib/content/chapters';

describe('checkChapters on fixtures', () => {
	it('finds nothing wrong with the valid fixture', () => {
		expect(checkFixture('valid')).toEqual([]);
	});

	// Each case: its folder, and the exact lines it must produce (no more, no fewer).
	const CASES: [string, string[]][] = [
		[
			'unknown-place',
			[`${J}: chapter 2 (the-bases): property "places": "nowhere" is not the slug of any place`]
		],
		[
			'unknown-frame-place',
			[
				`${J}: chapter 1 (the-talks): property "frame.places": "atlantis" is not the slug of any place`
			]
		],
		[
			'unknown-event',
			[
				`${J}: chapter 1 (the-talks): property "events": "ceasefire-1995" is not the id of any event`
			]
		],
		[
			'unknown-paragraph',
			[`${MD}/the-bases.md: paragraph 1: cites "p99", which is not a block of the source`]
		],
		[
			'event-outside-range',
			[
				`${J}: chapter 2 (the-bases): property "events": "russian-base-lease-2012" (2012-10-05) is outside the chapter's range 2004–2011`
			]
		],
		[
			'event-in-hidden-layer',
			[
				`${J}: chapter 1 (the-talks): property "events": "ceasefire-1994" is in the layer "peace", which the chapter does not show (layers: border)`
			]
		],
		[
			'duplicate-id',
			[`${J}: chapter 2 (the-talks): property "id": duplicate id "the-talks", also chapter 1`]
		],
		['missing-text', [`${MD}/the-bases.md: missing: the chapter "the-bases" has no text`]],
		['orphan-text', [`${MD}/the-end.md: "the-end" is not the id of any chapter`]],
		[
			'bad-frame',
			[
				`${J}: chapter 2 (the-bases): property "frame": expected { places } or { center, zoom }, not both`
			]
		],
		[
			'frame-out-of-bounds',
			[
				`${J}: chapter 2 (the-bases): property "frame.center[1]": expected a latitude from -85 to 85, got 90`
			]
		],
		[
			'frame-without-zoom',
			[`${J}: chapter 2 (the-bases): property "frame.zoom": missing (expected a zoom from 1 to 18)`]
		],
		[
			'range-reversed',
			[`${J}: chapter 1 (the-talks): property "range.to": 1994 is before "from" 1995`]
		],
		[
			'range-before-1994',
			[
				`${J}: chapter 1 (the-talks): property "range.from": expected a year from 1994 to 2017, got 1990`
			]
		],
		[
			'unknown-layer',
			[
				`${J}: chapter 2 (the-bases): property "layers[1]": expected one of bases, osce, clashes, peace, border, got "roads"`
			]
		],
		[
			'missing-summary',
			[`${J}: chapter 2 (the-bases): property "summary": missing (expected a non-empty string)`]
		],
		['listed-twice', [`${J}: chapter 2 (the-bases): property "places": "kulyab" is listed twice`]],
		[
			'misquotation',
			[
				`${MD}/the-bases.md: paragraph 1: quotation “Russia rents three bases” does not appear verbatim in p14`
			]
		],
		[
			'no-block-cited',
			[`${MD}/the-bases.md: cites no source block; a chapter must cite at least one, e.g. [p14]`]
		],
		['not-an-array', [`${J}: expected an array of chapters, got {"chapters":[]}`]]
	];

	it.each(CASES)('%s', (name, expected) => {
		expect(checkFixture(name)).toEqual(expected);
	});

	it('has a fixture for every case, and no other', () => {
		const folders = readdirSync(join(ROOT, FIXTURES)).filter((n) => n !== 'valid');
		expect(folders.sort()).toEqual(CASES.map(([name]) => name).sort());
	});
});

describe('checkChapters', () => {
	const chapter = (over: Record<string, unknown>) => ({
		id: 'c',
		title: 'C',
		summary: 'One line.',
		frame: { places: ['dushanbe'] },
		layers: ['peace', 'osce'],
		range: { from: 2008, to: 2008 },
		places: [],
		events: [],
		...over
	});
	const TEXT = { c: 'Russia leases three bases in Tajikistan [p14].' };
	const events: ChapterEvent[] = [
		{ id: 'year-only', layer: 'osce', start: '2008' },
		{ id: 'last-day', layer: 'peace', start: '2007-12-31' },
		{ id: 'spanning', layer: 'peace', start: '1994-12', end: '2000-05-15' },
		{ id: 'open', layer: 'osce', start: '2004' }
	];
	const ctx = { ...FIXTURE_CONTEXT, events };

	// The range's years are whole: an event touches it if any instant of the event falls within.
	it.each([
		['a year-only date inside a one-year range', 'year-only', 2008, 2008, true],
		['a year-only date at the range’s end', 'year-only', 2005, 2008, true],
		['a year-only date after the range', 'year-only', 2009, 2010, false],
		['the last day of the year before the range', 'last-day', 2008, 2010, false],
		['that day in a range ending that year', 'last-day', 2006, 2007, true],
		['a span that covers the whole range', 'spanning', 1996, 1997, true],
		['a span that ended before the range', 'spanning', 2001, 2002, false],
		['an event with no end, after its start', 'open', 2005, 2006, false]
	])('%s', (_, id, from, to, inside) => {
		const errors = checkChapters([chapter({ events: [id], range: { from, to } })], TEXT, ctx);
		expect(errors).toEqual(
			inside ? [] : [expect.stringContaining(`"${id}" (`) as unknown as string]
		);
	});

	it('does not report events again when the range or the layers are invalid', () => {
		const errors = checkChapters(
			[chapter({ events: ['last-day'], range: { from: 2009, to: 2008 }, layers: 'peace' })],
			TEXT,
			ctx
		);
		expect(errors).toEqual([
			`${J}: chapter 1 (c): property "layers": expected an array of layer ids, got "peace"`,
			`${J}: chapter 1 (c): property "range.to": 2008 is before "from" 2009`
		]);
	});

	it.each([
		[{ frame: {} }, 'property "frame": expected { places } or { center, zoom }, got {}'],
		[{ frame: { zoom: 6 } }, 'property "frame.center": missing (expected [longitude, latitude])'],
		[
			{ frame: { center: [200, 38], zoom: 6 } },
			'property "frame.center[0]": expected a longitude from -180 to 180, got 200'
		],
		[
			{ frame: { center: [68, 38], zoom: 19 } },
			'property "frame.zoom": expected a zoom from 1 to 18'
		],
		[
			{ frame: { places: [] } },
			'property "frame.places": expected a non-empty array of place slugs'
		],
		[{ frame: { bounds: [] } }, 'property "frame.bounds": unknown property'],
		[{ range: { from: 2000.5, to: 2001 } }, 'property "range.from": expected a year'],
		[{ summary: 'Two\nlines' }, 'property "summary": expected one line'],
		[{ summary: 'x'.repeat(201) }, 'got 201 characters'],
		[{ id: 'Chapter One' }, 'chapter 1: property "id": "Chapter One" is not lowercase'],
		[{ layers: ['osce', 'osce'] }, 'property "layers": "osce" is listed twice'],
		[{ extra: 1 }, 'property "extra": unknown property (expected one of id, title, summary']
	])('reports %j', (over, expected) => {
		expect(checkChapters([chapter(over)], TEXT, ctx)).toContainEqual(
			expect.stringContaining(expected)
		);
	});

	it('reports a chapter that is not an object', () => {
		expect(checkChapters([null], {}, ctx)).toEqual([
			`${J}: chapter 1: expected an object { id, title, summary, frame, layers, range, places, events }, got null`
		]);
	});

	it('parses a frame into one of its two forms', () => {
		const parse = (frame: unknown): Chapter['frame'] =>
			v.parse(ChapterSchema, chapter({ frame })).frame;
		expect(parse({ places: ['dushanbe'] })).toEqual({ places: ['dushanbe'] });
		expect(parse({ center: [68.78, 38.53], zoom: 7 })).toEqual({ center: [68.78, 38.53], zoom: 7 });
	});
});

describe('chapterEvents', () => {
	it('reads the events of the registered layers, by path suffix', () => {
		const files: LayerFile[] = [
			{
				path: 'geo/layers/peace.geojson',
				data: {
					features: [
						{ properties: { id: 'a', start: '1994', end: '1995' } },
						{ properties: { id: 'b' } },
						null
					]
				}
			},
			{
				path: 'static/geo/layers/osce.geojson',
				data: { features: [{ properties: { id: 'c', start: '2003' } }] }
			},
			{ path: 'geo/other.geojson', data: { features: [{ properties: { id: 'd', start: '1' } }] } },
			{ path: 'geo/layers/bases.geojson', data: null }
		];
		expect(chapterEvents(files)).toEqual([
			{ id: 'a', layer: 'peace', start: '1994', end: '1995' },
			{ id: 'c', layer: 'osce', start: '2003' }
		]);
	});
});

describe('the committed chapters', () => {
	const chapters = json('src/lib/content/chapters.json') as { id: string }[];
	const chapterTexts = texts('src/lib/content/chapters');
	const layers: LayerFile[] = readdirSync(join(ROOT, 'static/geo/layers'))
		.filter((name) => name.endsWith('.geojson'))
		.map((name) => ({
			path: `static/geo/layers/${name}`,
			data: json(`static/geo/layers/${name}`)
		}));
	const places = json('static/geo/places.geojson') as {
		features: { properties: { slug: string } }[];
	};
	const ctx: ChapterContext = {
		source,
		placeSlugs: places.features.map((f) => f.properties.slug),
		events: chapterEvents(layers),
		referenceIds: (json('src/lib/content/references.json') as { id: string }[]).map((r) => r.id)
	};

	it('pass every check', () => {
		expect(ctx.events.length).toBeGreaterThan(30);
		expect(checkChapters(chapters, chapterTexts, ctx)).toEqual([]);
	});

	it('are 8 to 10 chapters of 120 to 250 words each', () => {
		expect(chapters.length).toBeGreaterThanOrEqual(8);
		expect(chapters.length).toBeLessThanOrEqual(10);
		for (const { id } of chapters) {
			const words = parseNarrative(chapterTexts[id])
				.flatMap((p) => p.inlines.flatMap((i) => (i.kind === 'cite' ? [] : i.text.split(/\s+/))))
				.filter(Boolean).length;
			expect([id, words >= 120 && words <= 250]).toEqual([id, true]);
		}
	});

	it('cite every block of the source between them', () => {
		const cited = new Set(
			Object.values(chapterTexts).flatMap((text) =>
				parseNarrative(text).flatMap((p) =>
					p.inlines.flatMap((i) => (i.kind === 'cite' ? i.ids : []))
				)
			)
		);
		const blocks = source.sections.flatMap((s) => s.blocks.map((b) => b.id));
		expect(blocks.filter((id) => !cited.has(id))).toEqual([]);
	});
});
