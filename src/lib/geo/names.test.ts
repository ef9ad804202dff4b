/** A place's names against their kinds, languages, country and the source. */
import { describe, expect, it } from 'vitest';
import { languageScript, nameProblems, OFFICIAL_LANGUAGES } from './names';
import type { PlaceName } from './schema';
import { validateAtlas } from './validate';
import { formatError } from './validate-report';

const SOURCE = new Map([
	['p14', 'Russia leases three bases in Tajikistan (Dushanbe, Qurghonteppa and Kulab).'],
	[
		'p19',
		'It has five regional field offices: in Garm, Khujand, Kulyab, Kurgan-Tyube and Shaartuz.'
	]
]);

/** Kulob as the gazetteer lists it: valid as it stands. */
const KULOB: PlaceName[] = [
	{ name: 'Kulyab', lang: 'en', kind: 'source' },
	{ name: 'Kulab', lang: 'en', kind: 'source' },
	{ name: 'Kulob', lang: 'tg-Latn', kind: 'standard' },
	{ name: 'Кӯлоб', lang: 'tg-Cyrl', kind: 'official' },
	{ name: 'Куляб', lang: 'ru-Cyrl', kind: 'standard' }
];

function problems(names: PlaceName[], country: string | undefined = 'TJ') {
	return nameProblems({ names, country, sources: ['p14', 'p19'] }, SOURCE).map(
		(p) => `${p.property}: ${p.reason}`
	);
}

/** The same, for a place that names no country (one across a border). */
const withoutCountry = (names: PlaceName[]) =>
	nameProblems({ names, sources: ['p14', 'p19'] }, SOURCE).map((p) => `${p.property}: ${p.reason}`);

/** KULOB with the name at `i` replaced. */
const edit = (i: number, change: Partial<PlaceName>): PlaceName[] =>
	KULOB.map((n, j) => (j === i ? { ...n, ...change } : n));

describe('nameProblems', () => {
	it('finds nothing wrong with names that agree with their kinds', () => {
		expect(problems(KULOB)).toEqual([]);
	});

	it.each([
		[
			'a Cyrillic name tagged English',
			[...KULOB, { name: 'Куляб', lang: 'en', kind: 'variant' } as const],
			'names[5].name: "Куляб" has letters that are not Latin ("Куляб"), but is tagged "en"'
		],
		[
			'a Latin name tagged Tajik Cyrillic',
			edit(3, { name: 'Kŭlob' }),
			'names[3].name: "Kŭlob" has letters that are not Cyrillic ("Kŭlob"), but is tagged "tg-Cyrl"'
		],
		[
			'a Russian name tagged without its script',
			[...KULOB, { name: 'Kulyab', lang: 'ru', kind: 'variant' } as const],
			'names[5].name: "Kulyab" has letters that are not Cyrillic ("Kulyab"), but is tagged "ru"'
		],
		[
			'an official name in Russian, which Tajikistan does not make official',
			edit(4, { kind: 'official' }),
			'names[4].kind: "official", but "ru-Cyrl" is not an official language of TJ (tg-Cyrl); the usual form in another language is "standard"'
		],
		[
			'an official name in Tajik written in Latin',
			edit(2, { kind: 'official' }),
			'names[2].kind: "official", but "tg-Latn" is not an official language of TJ (tg-Cyrl); the usual form in another language is "standard"'
		],
		[
			'an official name that is no longer in use',
			edit(3, { to: 1991 }),
			'names[3].kind: "official" with "to" 1991: a name no longer in use is "historic"'
		],
		[
			'a source name the cited blocks do not contain',
			edit(2, { lang: 'en', kind: 'source' }),
			'names[2].kind: "source", but "Kulob" is not in the text of the place\'s sources (p14, p19)'
		],
		[
			'a source name that is only part of a word of the text',
			edit(2, { name: 'Kula', lang: 'en', kind: 'source' }),
			'names[2].kind: "source", but "Kula" is not in the text of the place\'s sources (p14, p19)'
		],
		[
			'a source name in another language than the source’s',
			[...KULOB, { name: 'Кулоб', lang: 'ru-Cyrl', kind: 'source' } as const],
			'names[5].lang: "ru-Cyrl" for a "source" name: the source text is in English ("en")'
		],
		[
			'the same name twice in one language',
			[...KULOB, { name: 'Kulob', lang: 'tg-Latn', kind: 'variant' } as const],
			'names[5]: "Kulob" in "tg-Latn" is listed already, as names[2]'
		],
		[
			'the Russian standard form marked a variant',
			edit(4, { kind: 'variant' }),
			'names: no current ru-Cyrl name is "official" or "standard" ("Куляб"): mark the one the ru-Cyrl edition should show'
		],
		[
			'two Russian names to show',
			[...KULOB, { name: 'Кулоб', lang: 'ru-Cyrl', kind: 'standard' } as const],
			'names: 2 current ru-Cyrl names are "official" or "standard" ("Куляб", "Кулоб"): the ru-Cyrl edition needs one'
		],
		[
			'no Tajik name to show',
			edit(3, { kind: 'variant' }),
			'names: no current tg-Cyrl name is "official" or "standard" ("Кӯлоб"): mark the one the tg-Cyrl edition should show'
		],
		[
			'a language tag with no script and no default',
			[...KULOB, { name: 'Kulob', lang: 'de', kind: 'variant' } as const],
			'names[5].lang: "de" names no script and its language has no default; add one ("de-Latn")'
		]
	])('reports %s', (_, names, problem) => {
		expect(problems(names)).toEqual([problem]);
	});

	it('needs the country for an official name, and knows the countries it is given', () => {
		expect(withoutCountry(KULOB)).toEqual([
			'names[3].kind: "official" needs the place\'s "country", to check that "tg-Cyrl" is official there'
		]);
		expect(problems(KULOB, 'XK')[0]).toBe(
			'country: no official languages are known for "XK"; add them to OFFICIAL_LANGUAGES (src/lib/geo/names.ts) with their reference'
		);
		// A place across a border has no official name and needs no country.
		expect(withoutCountry(KULOB.filter((n) => n.kind !== 'official'))).toEqual([]);
	});

	it('counts only current names for an edition: a name with "to" is history', () => {
		const renamed: PlaceName[] = [
			...KULOB.slice(0, 3),
			{ name: 'Кӯлоб', lang: 'tg-Cyrl', kind: 'historic', to: 2018 },
			{ name: 'Куляб', lang: 'ru-Cyrl', kind: 'historic', to: 2018 },
			{ name: 'Бохтар', lang: 'tg-Cyrl', kind: 'official', from: 2018 },
			{ name: 'Бохтар', lang: 'ru-Cyrl', kind: 'standard', from: 2018 }
		];
		expect(problems(renamed)).toEqual([]);
	});

	it('accepts official names in each official language of a country', () => {
		const kabul: PlaceName[] = [
			{ name: 'کابل', lang: 'ps-Arab', kind: 'official' },
			{ name: 'کابل', lang: 'fa-Arab', kind: 'official' }
		];
		expect(problems(kabul, 'AF')).toEqual([]);
		expect(problems(kabul, 'IR')).toEqual([
			'names[0].kind: "official", but "ps-Arab" is not an official language of IR (fa-Arab); the usual form in another language is "standard"'
		]);
		expect(Object.keys(OFFICIAL_LANGUAGES).sort()).toEqual(['AF', 'IR', 'PK', 'RU', 'TJ']);
	});

	it('skips the source check when it is not given the source', () => {
		const names = edit(2, { lang: 'en', kind: 'source' });
		expect(nameProblems({ names, country: 'TJ', sources: ['p14'] })).toEqual([]);
	});
});

describe("each edition's label", () => {
	const names: PlaceName[] = [
		{ name: 'Kulyab', lang: 'en', kind: 'source' },
		{ name: 'Куляб', lang: 'ru-Cyrl', kind: 'standard' },
		{ name: 'Кӯлоб', lang: 'tg-Cyrl', kind: 'official' }
	];
	const problems = (label: Record<string, string>) =>
		nameProblems({ names, country: 'TJ', sources: ['p14'], label } as never).map(
			(p) => `${p.property}: ${p.reason}`
		);

	it("is one of the place's names in its language", () => {
		expect(problems({ ru: 'Куляб', tg: 'Кӯлоб' })).toEqual([]);
	});

	it('fails a name the place does not have, or has in another language', () => {
		expect(problems({ ru: 'Кулоб', tg: 'Куляб' })).toEqual([
			'label.ru: "Кулоб" is not one of the place\'s names in "ru"; add it to "names" with its reference, or choose one of them',
			'label.tg: "Куляб" is not one of the place\'s names in "tg"; add it to "names" with its reference, or choose one of them'
		]);
	});
});

describe('languageScript', () => {
	it.each([
		['tg-Cyrl', 'tg-Cyrl'],
		['tg', 'tg-Cyrl'],
		['ru', 'ru-Cyrl'],
		['ru-Latn', 'ru-Latn'],
		['en', 'en-Latn'],
		['fa-Arab', 'fa-Arab'],
		['de', undefined]
	])('%s → %s', (tag, want) => {
		expect(languageScript(tag)).toBe(want);
	});
});

describe('the build', () => {
	it('names the file, the feature and the reason of a name that contradicts its kind', () => {
		const properties = {
			slug: 'kulyab',
			name: 'Kulyab',
			names: edit(4, { kind: 'official' }),
			kind: 'city',
			country: 'TJ',
			summary: 'A city.',
			precision: 'centre',
			coordRef: 'GeoNames 1221194',
			sources: ['p14', 'p19']
		};
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [69.78, 37.91] }, properties }
			]
		});
		const errors = validateAtlas({
			files: [{ path: 'static/geo/places.geojson', text }],
			paragraphIds: new Set(SOURCE.keys()),
			paragraphs: SOURCE
		});
		expect(errors.map(formatError)).toEqual([
			'static/geo/places.geojson: feature 0 (kulyab): property "names[4].kind": "official", but "ru-Cyrl" is not an official language of TJ (tg-Cyrl); the usual form in another language is "standard"'
		]);
	});
});
