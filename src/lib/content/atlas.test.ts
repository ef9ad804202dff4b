/**
 * The one door the atlas's data comes through: `checkAtlas` finds every error, each with the
 * file to fix, and `loadAtlas` refuses bad data with all of them at once, as the build and
 * `npm run validate` print them. The real data must pass; fixtures and edited copies of it
 * must fail in the words a maintainer needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realAtlasInput } from '../../../tests/fixtures/real-atlas';
import type { SourceDocument } from './types';
import {
	AtlasDataError,
	blockIds,
	checkAtlas,
	loadAtlas,
	PLACES_FILE,
	type AtlasInput
} from './atlas';
import type { AtlasFile } from '../geo/validate';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE_SOURCE = JSON.parse(
	readFileSync(join(ROOT, 'tests/fixtures/source.json'), 'utf8')
) as SourceDocument;

/** A fixture folder's GeoJSON, with paths as under `static/` (`geo/places.geojson`). */
function fixture(dir: string): AtlasInput {
	const files: AtlasFile[] = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.geojson'))
		.sort()
		.map((name) => {
			const path = `geo/${name.split(/[\\/]/).join('/')}`;
			return { path, text: readFileSync(join(ROOT, dir, name), 'utf8') };
		});
	return { files, source: FIXTURE_SOURCE };
}

/** A GeoJSON file's data, loosely typed: the tests break it on purpose. */
interface Collection {
	features: { properties: Record<string, unknown> & { names?: unknown[] } }[];
}

/** The input with one file's parsed JSON changed by `edit`. */
function editFile(input: AtlasInput, path: string, edit: (data: Collection) => void): AtlasInput {
	return {
		...input,
		files: input.files.map((f) => {
			if (f.path !== path) return f;
			const data = JSON.parse(f.text);
			edit(data);
			return { path, text: JSON.stringify(data) };
		})
	};
}

const placeNamed = (data: Collection, slug: string) =>
	data.features.find((f) => f.properties.slug === slug)!.properties;

describe('checkAtlas', () => {
	it('finds nothing wrong with the committed atlas and its content', () => {
		expect(checkAtlas(realAtlasInput())).toEqual([]);
	});

	it('finds nothing wrong with the good fixture, which has no content to check', () => {
		expect(checkAtlas(fixture('tests/fixtures/good'))).toEqual([]);
	});

	it('reports two names that differ as names but make one slug', () => {
		// "Kurgan Tyube" is not "Kurgan-Tyube" to the name check, but both are /kurgan-tyube.
		const input = editFile(realAtlasInput(), PLACES_FILE, (data) => {
			placeNamed(data, 'garm').names!.push({ name: 'Kurgan Tyube', lang: 'en', kind: 'variant' });
		});
		expect(checkAtlas(input)).toEqual([
			{
				file: PLACES_FILE,
				line: `${PLACES_FILE}: the slug "kurgan-tyube" would lead to both "kurgan-tyube" and "garm"`
			}
		]);
	});

	it('reports a Latin name that is another place’s Cyrillic name transliterated', () => {
		const input = editFile(realAtlasInput(), PLACES_FILE, (data) => {
			placeNamed(data, 'garm').names!.push({ name: 'Tegeran', lang: 'en', kind: 'variant' });
		});
		expect(checkAtlas(input).map((e) => e.line)).toEqual([
			`${PLACES_FILE}: the slug "tegeran" would lead to both "garm" and "tehran"`
		]);
	});

	it('checks aliases only in a gazetteer that is otherwise valid', () => {
		// The schema's error is the one to fix; the alias check would only stumble on it.
		const input = editFile(realAtlasInput(), PLACES_FILE, (data) => {
			delete placeNamed(data, 'garm').names;
		});
		const errors = checkAtlas(input);
		expect(errors).toHaveLength(1);
		expect(errors[0].file).toBe(PLACES_FILE);
		expect(errors[0].line).toContain('property "names": missing (expected a non-empty array)');
	});

	it('reports a content error with the file it is in', () => {
		const input = realAtlasInput();
		input.content!.narratives.garm = input.content!.narratives.garm.replace(/\[p\d+\]/, '[p99]');
		expect(checkAtlas(input)).toEqual([
			{
				file: 'src/lib/content/narratives/garm.md',
				line: 'src/lib/content/narratives/garm.md: paragraph 1: cites "p99", which is not a block of the source'
			}
		]);
	});

	it('reports errors in several content files, each with its own', () => {
		const input = realAtlasInput();
		input.content!.eventNarratives['ceasefire-1994'] = 'No citation here.';
		(input.content!.references as unknown[]).push({ id: 'nothing-else' });
		expect(checkAtlas(input).map((e) => e.file)).toEqual([
			'src/lib/content/events/ceasefire-1994.md',
			'src/lib/content/references.json'
		]);
	});

	it('checks the content against the places, events and people of the data', () => {
		const input = realAtlasInput();
		input.content!.narratives['samarkand'] = 'A city. [p1]';
		delete input.content!.eventNarratives['ceasefire-1994'];
		const lines = checkAtlas(input).map((e) => e.line);
		expect(lines).toContain(
			'src/lib/content/narratives/samarkand.md: "samarkand" is not the slug of any place'
		);
		expect(lines.some((l) => l.startsWith('src/lib/content/events/ceasefire-1994.md: '))).toBe(
			true
		);
	});

	it('reports a GeoJSON error before the content, with its file', () => {
		const input = editFile(realAtlasInput(), 'geo/layers/osce.geojson', (data) => {
			data.features[0].properties.start = '1994-02-30';
		});
		const errors = checkAtlas(input);
		expect(errors[0].file).toBe('geo/layers/osce.geojson');
		expect(errors[0].line).toContain('property "start": "1994-02-30" is not a valid date');
	});

	it('does not blame every narrative when the gazetteer is missing or does not parse', () => {
		const missing = realAtlasInput();
		missing.files = missing.files.filter((f) => f.path !== PLACES_FILE);
		expect(checkAtlas(missing).map((e) => e.file)).toEqual([
			'geo/layers/bases.geojson',
			'geo/layers/clashes.geojson',
			'geo/layers/osce.geojson',
			'geo/layers/peace.geojson'
		]);

		const broken = realAtlasInput();
		broken.files = broken.files.map((f) => (f.path === PLACES_FILE ? { ...f, text: '{' } : f));
		const errors = checkAtlas(broken);
		expect(errors.map((e) => e.file)).toEqual([PLACES_FILE]);
		expect(errors[0].line).toMatch(/^geo\/places\.geojson: not valid JSON/);
	});

	it('does not blame every narrative when the gazetteer has no features array', () => {
		const input = realAtlasInput();
		input.files = input.files.map((f) =>
			f.path === PLACES_FILE ? { ...f, text: '{"type":"FeatureCollection"}' } : f
		);
		const files = new Set(checkAtlas(input).map((e) => e.file));
		expect([...files].filter((f) => f.startsWith('src/lib/content/narratives/'))).toEqual([]);
	});

	it('checks the references of the places', () => {
		const input = editFile(realAtlasInput(), PLACES_FILE, (data) => {
			placeNamed(data, 'garm').refs = ['nowhere'];
		});
		expect(checkAtlas(input).map((e) => e.line)).toEqual([
			'static/geo/places.geojson: feature 3 (garm): property "refs": "nowhere" is not the id of a reference in src/lib/content/references.json'
		]);
	});

	it('reports a layer that does not parse, and checks the rest', () => {
		const input = realAtlasInput();
		input.files = input.files.map((f) =>
			f.path === 'geo/layers/osce.geojson' ? { ...f, text: '{' } : f
		);
		const errors = checkAtlas(input);
		expect(errors[0]).toEqual({
			file: 'geo/layers/osce.geojson',
			line: "geo/layers/osce.geojson: not valid JSON: Expected property name or '}' in JSON at position 1 (line 1, column 2)"
		});
		// Its events are unknown now, so their narratives belong to no event.
		expect(errors.map((e) => e.line)).toContain(
			'src/lib/content/events/osce-field-office-garm.md: "osce-field-office-garm" is not the id of any event'
		);
	});

	it('reports a feature without properties, and does not stumble on it', () => {
		const input = editFile(realAtlasInput(), 'geo/layers/clashes.geojson', (data) => {
			(data.features[0] as { properties: unknown }).properties = null;
		});
		const errors = checkAtlas(input);
		expect(errors[0].line).toBe(
			'geo/layers/clashes.geojson: feature 0: properties: expected an object, got null'
		);
	});

	it('reports a place without a slug once, not as a narrative’s missing place', () => {
		const input = editFile(realAtlasInput(), PLACES_FILE, (data) => {
			delete placeNamed(data, 'garm').slug;
		});
		const lines = checkAtlas(input).map((e) => e.line);
		expect(lines).toContain(
			`${PLACES_FILE}: feature 3: property "slug": missing (expected a non-empty string)`
		);
		expect(lines.filter((l) => l.includes('undefined'))).toEqual([]);
	});

	it('checks the aliases even when another file has errors', () => {
		const input = editFile(realAtlasInput(), PLACES_FILE, (data) => {
			placeNamed(data, 'garm').names!.push({ name: 'Tegeran', lang: 'en', kind: 'variant' });
		});
		const broken = editFile(input, 'geo/layers/osce.geojson', (data) => {
			data.features[0].properties.start = '1994-02-30';
		});
		expect(checkAtlas(broken).map((e) => e.line)).toContain(
			`${PLACES_FILE}: the slug "tegeran" would lead to both "garm" and "tehran"`
		);
	});

	it('reports a reference that is not an object, and does not stumble on it', () => {
		const input = realAtlasInput();
		(input.content!.references as unknown[]).push(null);
		const errors = checkAtlas(input);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((e) => e.file === 'src/lib/content/references.json')).toBe(true);
	});

	it('reports a references registry that is not an array, and checks the rest', () => {
		const input = realAtlasInput();
		input.content!.references = {};
		const lines = checkAtlas(input).map((e) => e.line);
		expect(lines).toContain('src/lib/content/references.json: expected an array of references');
	});
});

describe('checkAtlas: the story’s chapters', () => {
	type Chapter = { id: string; places: string[]; events: string[] };
	const chaptersOf = (input: AtlasInput) => input.content!.chapters as Chapter[];

	it('reports a chapter that names an unknown place, with the file and the reason', () => {
		const input = realAtlasInput();
		chaptersOf(input)[0].places.push('samarkand');
		expect(checkAtlas(input)).toEqual([
			{
				file: 'src/lib/content/chapters.json',
				line: 'src/lib/content/chapters.json: chapter 1 (the-war-and-the-talks): property "places": "samarkand" is not the slug of any place'
			}
		]);
	});

	it('reports a chapter that names an unknown event', () => {
		const input = realAtlasInput();
		chaptersOf(input)[1].events.push('no-such-event');
		expect(checkAtlas(input).map((e) => e.line)).toEqual([
			'src/lib/content/chapters.json: chapter 2 (the-accord-of-1997): property "events": "no-such-event" is not the id of any event'
		]);
	});

	it('reports a chapter text that cites an unknown paragraph', () => {
		const input = realAtlasInput();
		const texts = input.content!.chapterTexts!;
		texts['the-year-2013'] = texts['the-year-2013'].replace(/\[p\d+/, '[p999');
		const lines = checkAtlas(input).map((e) => e.line);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every((l) => l.startsWith('src/lib/content/chapters/the-year-2013.md: '))).toBe(
			true
		);
		expect(lines.some((l) => l.includes('"p999", which is not a block of the source'))).toBe(true);
	});

	it('refuses to load the atlas with a broken chapter, and loads the chapters otherwise', () => {
		const input = realAtlasInput();
		expect(loadAtlas(input).chapters.map((c) => c.id)).toEqual(
			chaptersOf(realAtlasInput()).map((c) => c.id)
		);
		chaptersOf(input)[0].places.push('samarkand');
		expect(() => loadAtlas(input)).toThrow(AtlasDataError);
	});
});

describe('blockIds', () => {
	it('lists the ids of every block of every section', () => {
		const source = {
			sections: [
				{ blocks: [{ id: 'p1' }, { id: 'p2' }] },
				{ blocks: [] },
				{ blocks: [{ id: 'c1' }] }
			]
		} as unknown as SourceDocument;
		expect([...blockIds(source)]).toEqual(['p1', 'p2', 'c1']);
	});
});

describe('loadAtlas', () => {
	it('loads the committed atlas: places, layers, aliases, source and content', () => {
		const input = realAtlasInput();
		const atlas = loadAtlas(input);
		const places = JSON.parse(input.files.find((f) => f.path === PLACES_FILE)!.text).features;
		expect(atlas.places).toEqual(places);
		expect(Object.keys(atlas.layers)).toEqual(['bases', 'osce', 'clashes', 'peace']);
		for (const [id, features] of Object.entries(atlas.layers)) {
			const file = input.files.find((f) => f.path === `geo/layers/${id}.geojson`)!;
			expect(features).toEqual(JSON.parse(file.text).features);
		}
		expect(atlas.aliases.get('stalinabad')).toBe('dushanbe');
		expect(atlas.aliases.get('хуҷанд')).toBe('khujand');
		// The schemas' output: the same data, checked, not the input passed through.
		expect(atlas.source).toEqual(input.source);
		expect(atlas.references).toEqual(input.content!.references);
		expect(atlas.people).toEqual(input.content!.people);
		expect(atlas.chapters).toEqual(input.content!.chapters);
		expect(atlas.basemap.rivers).toEqual(
			JSON.parse(input.files.find((f) => f.path === 'geo/basemap/rivers.geojson')!.text)
		);
	});

	it('loads data without content, with no references or people', () => {
		const { files, source } = realAtlasInput();
		const atlas = loadAtlas({ files, source });
		expect(atlas.places).toHaveLength(
			JSON.parse(files.find((f) => f.path === PLACES_FILE)!.text).features.length
		);
		expect(atlas.references).toEqual([]);
		expect(atlas.people).toEqual([]);
		expect(atlas.aliases.get('stalinabad')).toBe('dushanbe');
	});

	it('throws AtlasDataError listing every error, one per line', () => {
		const input = fixture('tests/fixtures/broken/three-errors');
		const lines = checkAtlas(input).map((e) => e.line);
		expect(lines).toHaveLength(3);
		let thrown: unknown;
		try {
			loadAtlas(input);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(AtlasDataError);
		expect(thrown).toBeInstanceOf(Error);
		const error = thrown as AtlasDataError;
		expect(error.name).toBe('AtlasDataError');
		expect(error.errors).toEqual(lines);
		expect(error.message).toBe(`The atlas's data is invalid:\n${lines.join('\n')}`);
	});

	it('throws for an alias collision, which only the gazetteer check finds', () => {
		const { files, source } = realAtlasInput();
		const input = editFile({ files, source }, PLACES_FILE, (data) => {
			placeNamed(data, 'sochi').names!.push({ name: 'Tegeran', lang: 'en', kind: 'variant' });
		});
		expect(() => loadAtlas(input)).toThrow(
			new AtlasDataError([
				`${PLACES_FILE}: the slug "tegeran" would lead to both "tehran" and "sochi"`
			])
		);
	});

	it('reads paths with any prefix ending in the path under static/', () => {
		const { files, source } = realAtlasInput();
		const atlas = loadAtlas({
			files: files.map((f) => ({ ...f, path: `static/${f.path}` })),
			source
		});
		expect(atlas.layers.osce.length).toBeGreaterThan(0);
		expect(atlas.places.length).toBeGreaterThan(0);
	});

	it('loads each basemap file by its name, and an empty collection for one that is missing', () => {
		const input = realAtlasInput();
		const names = [
			'context',
			'region',
			'tajikistan',
			'border',
			'labels',
			'rivers',
			'lakes',
			'towns',
			'provinces',
			'world',
			'outlines'
		];
		const atlas = loadAtlas(input);
		expect(Object.keys(atlas.basemap).sort()).toEqual([...names].sort());
		for (const name of names) {
			const file = input.files.find((f) => f.path === `geo/basemap/${name}.geojson`)!;
			expect(atlas.basemap[name as keyof typeof atlas.basemap]).toEqual(JSON.parse(file.text));
		}
		const withoutLakes = loadAtlas({
			...input,
			files: input.files.filter((f) => f.path !== 'geo/basemap/lakes.geojson')
		});
		expect(withoutLakes.basemap.lakes).toEqual({ type: 'FeatureCollection', features: [] });
		expect(withoutLakes.basemap.rivers).toEqual(atlas.basemap.rivers);
	});

	it('loads content without chapters, neither checking nor listing any', () => {
		const input = realAtlasInput();
		delete input.content!.chapters;
		input.content!.chapterTexts = { 'not-a-chapter': 'Cites [p999].' };
		expect(checkAtlas(input)).toEqual([]);
		expect(loadAtlas(input).chapters).toEqual([]);
	});

	it('checks chapters even when no chapter text was given', () => {
		const input = realAtlasInput();
		delete input.content!.chapterTexts;
		expect(checkAtlas(input).length).toBeGreaterThan(0);
		expect(new Set(checkAtlas(input).map((e) => e.file.split('/').slice(0, 4).join('/')))).toEqual(
			new Set(['src/lib/content/chapters'])
		);
	});

	it('throws naming a layer file that is missing', () => {
		const real = realAtlasInput();
		const withoutBases = {
			files: real.files.filter((f) => f.path !== 'geo/layers/bases.geojson'),
			source: real.source
		};
		expect(() => loadAtlas(withoutBases)).toThrow(
			new AtlasDataError(['geo/layers/bases.geojson: missing'])
		);
	});
});

describe('checkAtlas: a malformed content record names its file, the record and the reason', () => {
	const patch = (name: string): unknown =>
		JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/content', name), 'utf8'));
	const lines = (input: AtlasInput): string[] => checkAtlas(input).map((e) => e.line);
	/** The real content, with `change` applied to a copy of it. */
	const edited = (change: (content: Record<string, unknown[] | object>) => void): AtlasInput => {
		const input = realAtlasInput();
		change(input.content as unknown as Record<string, unknown[] | object>);
		return input;
	};
	const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

	it('a reference', () => {
		const input = edited((c) => {
			c.references = [...list(c.references), patch('malformed-reference.json')];
		});
		const n = list(input.content!.references).length - 1;
		expect(lines(input)).toEqual([
			`src/lib/content/references.json: entry ${n} (un-report-1997): property "date": "1997-13" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`
		]);
	});

	it('a person', () => {
		const input = edited((c) => {
			c.people = [...list(c.people), patch('malformed-person.json')];
		});
		const n = list(input.content!.people).length - 1;
		expect(lines(input)).toEqual([
			`src/lib/content/people.json: entry ${n} (said-abdullo-nuri-x): property "names[0].kind": expected one of official, standard, source, historic, variant, got "nickname"`
		]);
	});

	it('a chapter', () => {
		const input = edited((c) => {
			const [first, ...rest] = list(c.chapters);
			c.chapters = [
				{ ...(first as object), ...(patch('malformed-chapter.json') as object) },
				...rest
			];
		});
		expect(lines(input)).toEqual([
			'src/lib/content/chapters.json: chapter 1 (the-war-and-the-talks): property "range.to": 1994 is before "from" 1997'
		]);
	});

	it('a coverage entry', () => {
		const input = edited((c) => {
			c.coverage = { ...c.coverage, ...(patch('malformed-coverage.json') as object) };
		});
		expect(lines(input)).toEqual([
			'src/lib/content/coverage.json: block "p1": claim 0: property "claim": expected a non-empty string, got ""'
		]);
	});

	it('the source text', () => {
		const input = realAtlasInput();
		const source = structuredClone(input.source) as { sections: { blocks: object[] }[] };
		source.sections[0].blocks[0] = { ...source.sections[0].blocks[0], kind: 'poem' };
		expect(lines({ ...input, source })).toEqual([
			'src/lib/content/source.json: property "sections[0].blocks[0].kind": expected a block of kind "paragraph", "list" or "caption", got "poem"'
		]);
	});
});
