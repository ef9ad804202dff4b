/**
 * The schema's messages, as the build prints them for a bad record: what is missing and what
 * was expected, what was found instead, which unknown property is most likely a typo, and where
 * in a nested value the problem is (`names[1].lang`).
 */
import { describe, expect, it } from 'vitest';
import { checkProperties, EventPropertiesSchema, PlacePropertiesSchema } from './schema';
import { show, SLUG, type SchemaProblem } from './schema-rules';

const PLACE = {
	slug: 'garm',
	name: 'Garm',
	names: [
		{ name: 'Garm', lang: 'en', kind: 'official' },
		{ name: 'Ғарм', lang: 'tg-Cyrl', kind: 'official', from: 1991, to: 2020, note: 'Tajik.' }
	],
	kind: 'town',
	summary: 'A town in the Rasht valley.',
	precision: 'centre',
	coordRef: 'GeoNames 1514588',
	sources: ['p5']
};

const EVENT = {
	id: 'osce-field-office-garm',
	title: 'OSCE field office in Garm',
	place: 'garm',
	start: '2008',
	precision: 'centre',
	sources: ['p14']
};

const without = <T extends object>(o: T, key: keyof T) =>
	Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const place = (props: unknown) => checkProperties(PlacePropertiesSchema, props);
const event = (props: unknown) => checkProperties(EventPropertiesSchema, props);

describe('checkProperties: valid records', () => {
	it('finds nothing wrong with a complete place or event', () => {
		expect(place(PLACE)).toEqual([]);
		expect(event(EVENT)).toEqual([]);
	});

	it('accepts every optional property where it is well formed', () => {
		expect(
			place({
				...PLACE,
				kind: 'region',
				precision: 'region',
				radiusKm: 40.5,
				refs: ['osce-2008'],
				note: 'Placed at the valley.'
			})
		).toEqual([]);
		expect(
			event({
				...EVENT,
				start: '1996-12-11',
				end: '1997-06',
				radiusKm: 60,
				refs: ['un-1997'],
				dateRef: 'un-1997',
				note: 'Dated by the UN.'
			})
		).toEqual([]);
	});
});

describe('checkProperties: a missing property', () => {
	it.each([
		['slug', 'missing (expected a non-empty string)'],
		['name', 'missing (expected a non-empty string)'],
		['names', 'missing (expected a non-empty array)'],
		[
			'kind',
			'missing (expected one of capital, city, town, region, border, country-capital, site)'
		],
		['summary', 'missing (expected a non-empty string)'],
		['precision', 'missing (expected "site", "centre" or "region")'],
		['coordRef', 'missing (expected a non-empty string)'],
		['sources', 'missing (expected a non-empty array of paragraph ids)']
	] as const)('place without %s: %s', (key, reason) => {
		expect(place(without(PLACE, key))).toEqual([{ property: key, reason }]);
	});

	it.each([
		['id', 'missing (expected a non-empty string)'],
		['title', 'missing (expected a non-empty string)'],
		['place', 'missing (expected a non-empty string)'],
		['start', 'missing (expected a date (YYYY, YYYY-MM or YYYY-MM-DD))'],
		['precision', 'missing (expected "site", "centre" or "region")'],
		['sources', 'missing (expected a non-empty array of paragraph ids)']
	] as const)('event without %s: %s', (key, reason) => {
		expect(event(without(EVENT, key))).toEqual([{ property: key, reason }]);
	});

	it('reports every missing property, not only the first', () => {
		expect(event({}).map((p) => p.property)).toEqual([
			'id',
			'title',
			'place',
			'start',
			'precision',
			'sources'
		]);
	});

	it.each([
		[
			{ name: 'Garm', lang: 'en' },
			'names[0].kind',
			'missing (expected one of official, standard, source, historic, variant)'
		],
		[{ lang: 'en', kind: 'official' }, 'names[0].name', 'missing (expected a non-empty string)'],
		[{ name: 'Garm', kind: 'official' }, 'names[0].lang', 'missing (expected a non-empty string)']
	])('names the path of a missing property of a name: %j', (name, property, reason) => {
		expect(place({ ...PLACE, names: [name] })).toEqual([{ property, reason }]);
	});
});

describe('checkProperties: a wrong value', () => {
	it.each<[string, unknown, SchemaProblem[]]>([
		['name', 5, [{ property: 'name', reason: 'expected a non-empty string, got 5' }]],
		['name', '  ', [{ property: 'name', reason: 'expected a non-empty string, got "  "' }]],
		[
			'slug',
			'Kurgan Tyube',
			[
				{
					property: 'slug',
					reason:
						'"Kurgan Tyube" is not lowercase ASCII letters and digits joined by single hyphens'
				}
			]
		],
		[
			'kind',
			'village',
			[
				{
					property: 'kind',
					reason:
						'expected one of capital, city, town, region, border, country-capital, site, got "village"'
				}
			]
		],
		[
			'precision',
			'exact',
			[{ property: 'precision', reason: 'expected "site", "centre" or "region", got "exact"' }]
		],
		['names', [], [{ property: 'names', reason: 'expected a non-empty array, got []' }]],
		['names', 'Garm', [{ property: 'names', reason: 'expected a non-empty array, got "Garm"' }]],
		[
			'names',
			['Garm'],
			[{ property: 'names[0]', reason: 'expected an object { name, lang, kind }, got "Garm"' }]
		],
		// Infinity cannot come from JSON, but a script's data can hold it; JSON shows it as null.
		...[0, -5, '60', null, Infinity].map((radius): [string, unknown, SchemaProblem[]] => [
			'radiusKm',
			radius,
			[
				{
					property: 'radiusKm',
					reason: `expected a positive number of kilometres, got ${JSON.stringify(radius)}`
				}
			]
		]),
		[
			'sources',
			[],
			[{ property: 'sources', reason: 'expected a non-empty array of paragraph ids, got []' }]
		],
		[
			'sources',
			'p5',
			[{ property: 'sources', reason: 'expected a non-empty array of paragraph ids, got "p5"' }]
		],
		[
			'sources',
			['p5', 14],
			[{ property: 'sources[1]', reason: 'expected paragraph id strings, got 14' }]
		],
		[
			'refs',
			[],
			[
				{
					property: 'refs',
					reason: 'expected a non-empty array of reference ids when present, got []'
				}
			]
		],
		['refs', 'un', [{ property: 'refs', reason: 'expected an array of reference ids, got "un"' }]],
		['refs', [7], [{ property: 'refs[0]', reason: 'expected reference id strings, got 7' }]],
		['note', '', [{ property: 'note', reason: 'expected a non-empty string when present, got ""' }]]
	])('place %s = %j', (key, value, problems) => {
		expect(place({ ...PLACE, [key]: value })).toEqual(problems);
	});

	it.each<[string, unknown, string]>([
		['start', '1997-13', '"1997-13" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'],
		['start', '1997-02-30', '"1997-02-30" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'],
		['start', 1997, 'expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got 1997'],
		['end', '27 June 1997', '"27 June 1997" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'],
		[
			'id',
			'OSCE_Garm',
			'"OSCE_Garm" is not lowercase ASCII letters and digits joined by single hyphens'
		],
		['dateRef', ' ', 'expected a non-empty string when present, got " "']
	])('event %s = %j: %s', (key, value, reason) => {
		expect(event({ ...EVENT, [key]: value })).toEqual([{ property: key, reason }]);
	});

	it.each<[unknown, string]>([
		[1990.5, 'expected a year, got 1990.5'],
		['1990', 'expected a year, got "1990"']
	])('a name’s year %j: %s', (from, reason) => {
		const names = [PLACE.names[0], { ...PLACE.names[1], from }];
		expect(place({ ...PLACE, names })).toEqual([{ property: 'names[1].from', reason }]);
	});

	it('names the path of a nested problem: names[1].lang', () => {
		const names = [PLACE.names[0], { ...PLACE.names[1], lang: 'english' }];
		expect(place({ ...PLACE, names })).toEqual([
			{
				property: 'names[1].lang',
				reason: '"english" is not a BCP 47 language tag such as "tg-Cyrl"'
			}
		]);
	});

	it('reports every problem of a record', () => {
		expect(
			place({ ...PLACE, slug: 'Garm', name: '', kind: 'village' }).map((p) => p.property)
		).toEqual(['slug', 'name', 'kind']);
	});
});

describe('checkProperties: unknown properties', () => {
	it('lists the known ones, for a typo', () => {
		expect(place({ ...PLACE, sumary: 'x' })).toEqual([
			{
				property: 'sumary',
				reason:
					'unknown property (expected one of slug, name, names, label, kind, country, summary, precision, radiusKm, outline, coordRef, sources, refs, note)'
			}
		]);
		expect(event({ ...EVENT, date: '1997' })).toEqual([
			{
				property: 'date',
				reason:
					'unknown property (expected one of id, title, place, start, end, precision, radiusKm, sources, refs, dateRef, attested, note)'
			}
		]);
	});

	it('lists the known properties of a name', () => {
		const names = [{ ...PLACE.names[0], script: 'Latn' }];
		expect(place({ ...PLACE, names })).toEqual([
			{
				property: 'names[0].script',
				reason: 'unknown property (expected one of name, lang, kind, from, to, note)'
			}
		]);
	});
});

describe('checkProperties: not an object', () => {
	it.each<[unknown, string]>([
		[null, 'expected an object, got null'],
		[undefined, 'missing (expected an object)'],
		['Garm', 'expected an object, got "Garm"']
	])('%j: %s, with no property named', (props, reason) => {
		expect(place(props)).toStrictEqual([{ reason }]);
		expect(event(props)).toStrictEqual([{ reason }]);
	});
});

describe('show', () => {
	it.each<[unknown, string]>([
		[undefined, 'undefined'],
		[null, 'null'],
		['Garm', '"Garm"'],
		[[1, 2], '[1,2]'],
		['x'.repeat(58), `"${'x'.repeat(58)}"`],
		['x'.repeat(59), `"${'x'.repeat(56)}…`],
		[
			{ names: ['Kurgan-Tyube', 'Qurghonteppa', 'Bokhtar', 'Курган-Тюбе'] },
			'{"names":["Kurgan-Tyube","Qurghonteppa","Bokhtar","Курган-Тюбе"]}'.slice(0, 57) + '…'
		]
	])('%j → %s', (value, shown) => {
		expect(show(value)).toBe(shown);
		expect(show(value).length).toBeLessThanOrEqual(60);
	});
});

describe('SLUG', () => {
	it.each([
		['garm', true],
		['kurgan-tyube', true],
		['p14', true],
		['osce-field-office-2008', true],
		['Garm', false],
		['kurgan--tyube', false],
		['-garm', false],
		['garm-', false],
		['kurgan tyube', false],
		['kurgan_tyube', false],
		['ғарм', false],
		['', false]
	])('%j: %s', (slug, ok) => {
		expect(SLUG.test(slug)).toBe(ok);
	});
});
