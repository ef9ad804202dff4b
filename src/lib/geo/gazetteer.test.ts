/**
 * The gazetteer's look-ups as a reader meets them: every name a place goes by, typed in Latin,
 * Tajik or Russian Cyrillic, leads to its page (`slugify`, `scriptSlug`, `slugsOf`,
 * `aliasIndex`), and a misspelt one finds it on the 404 page (`editDistance`, `suggest`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliasIndex, editDistance, scriptSlug, slugify, slugsOf, suggest } from './gazetteer';
import type { PlaceProperties } from './schema';

/** The committed gazetteer's properties, as the 404 page and the alias pages read them. */
const PLACES = (
	JSON.parse(
		readFileSync(fileURLToPath(new URL('../../../static/geo/places.geojson', import.meta.url)), {
			encoding: 'utf8'
		})
	) as { features: { properties: PlaceProperties }[] }
).features.map((f) => f.properties);

/** A place with just what the look-ups read: its slug, display name and names. */
function place(slug: string, ...names: string[]): PlaceProperties {
	return {
		slug,
		name: names[0],
		names: names.map((name) => ({ name, lang: 'en', kind: 'variant' }))
	} as PlaceProperties;
}

describe('slugify', () => {
	it.each([
		// Latin names as the atlas writes them.
		['Kurgan-Tyube', 'kurgan-tyube'],
		['Rasht Valley', 'rasht-valley'],
		['  Dushanbe  ', 'dushanbe'],
		['Kurgan — Tyube', 'kurgan-tyube'],
		['--Garm--', 'garm'],
		['201st base', '201st-base'],
		// Accents dropped, apostrophes (ASCII, typographic, Uzbek/Tajik modifier letters) removed.
		['Khŭjand', 'khujand'],
		['Qŭrghonteppa', 'qurghonteppa'],
		['São Tomé', 'sao-tome'],
		["Ma'danli", 'madanli'],
		['Ma’danli', 'madanli'],
		['Oʻzbekiston', 'ozbekiston'],
		['Oʼzbekiston', 'ozbekiston'],
		['Ma`danli', 'madanli'],
		// Russian Cyrillic.
		['Курган-Тюбе', 'kurgan-tyube'],
		['Куляб', 'kulyab'],
		['Дюшамбе', 'dyushambe'],
		['Москва', 'moskva'],
		['Раштская долина', 'rashtskaya-dolina'],
		['Худжанд', 'khudzhand'],
		// Tajik Cyrillic: ҷ → j, ғ → gh, қ → q, ӯ → u, ҳ → h, ӣ → i.
		['Хуҷанд', 'khujand'],
		['Қӯрғонтеппа', 'qurghonteppa'],
		['Шаҳритус', 'shahritus'],
		['Тоҷикистон', 'tojikiston'],
		['Ғарм', 'gharm'],
		// Ukrainian, Uzbek and Kazakh letters, from the same table as search's.
		['Леонід Кожара', 'leonid-kozhara'],
		['Ўзбекистон', 'uzbekiston'],
		['Кӯлоб', 'kulob'],
		['Рӯдакӣ', 'rudaki'],
		['ҶИРҒАТОЛ', 'jirghatol'],
		// A name with no Latin or Cyrillic letter has no ASCII slug.
		['دوشنبه', ''],
		['', ''],
		['—', '']
	])('%s → %s', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});

	it('transliterates every Russian and Tajik letter', () => {
		expect(slugify('абвгдеёжзийклмнопрстуфхцчшщъыьэюя')).toBe(
			'abvgdeyozhziyklmnoprstufkhtschshshchyeyuya'
		);
		expect(slugify('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ')).toBe(
			'abvgdeyozhziyklmnoprstufkhtschshshchyeyuya'
		);
		expect(slugify('ғӣқӯҳҷ')).toBe('ghiquhj');
	});

	it('gives the same slug to the Latin and Cyrillic spellings of a name', () => {
		for (const [latin, cyrillic] of [
			['Khujand', 'Хуҷанд'],
			['Kulob', 'Кӯлоб'],
			['Qurghonteppa', 'Қӯрғонтеппа'],
			['Tojikiston', 'Тоҷикистон'],
			['Kulyab', 'Куляб']
		]) {
			expect(slugify(cyrillic)).toBe(slugify(latin));
		}
	});
});

describe('scriptSlug', () => {
	it.each([
		['Куляб', 'куляб'],
		['Курган-Тюбе', 'курган-тюбе'],
		['ДУШАНБЕ', 'душанбе'],
		['Водии Рашт', 'водии-рашт'],
		['Водии  —  Рашт', 'водии-рашт'],
		['  —Ғарм— ', 'ғарм'],
		['قرغان تپه', 'قرغان-تپه'],
		['201-я база', '201-я-база'],
		['Kurgan-Tyube', 'kurgan-tyube'],
		['Oʻzbekiston', 'ozbekiston'],
		['Ma’danli', 'madanli'],
		['', '']
	])('%s → %s', (name, slug) => {
		expect(scriptSlug(name)).toBe(slug);
	});

	it('reads a decomposed name as its composed form', () => {
		// ӯ is у + U+0304 in NFD: without NFC the mark would split the word ("ку-лоб").
		const decomposed = 'Кӯлоб'.normalize('NFD');
		expect(decomposed).not.toBe('Кӯлоб');
		expect(scriptSlug(decomposed)).toBe('кӯлоб');
	});
});

describe('slugsOf', () => {
	it('lists the canonical slug first, then each name transliterated and in its own script', () => {
		expect(slugsOf(place('dushanbe', 'Dushanbe', 'Душанбе', 'دوشنبه', 'Stalinabad'))).toEqual([
			'dushanbe',
			'душанбе',
			'دوشنبه',
			'stalinabad'
		]);
	});

	it('puts the canonical slug first even when no name makes it', () => {
		expect(slugsOf(place('kurgan-tyube', 'Bokhtar', 'Бохтар'))).toEqual([
			'kurgan-tyube',
			'bokhtar',
			'бохтар'
		]);
	});

	it('lists each slug once', () => {
		const slugs = slugsOf(place('kurgan-tyube', 'Kurgan-Tyube', 'Kurgan Tyube', 'Курган-Тюбе'));
		expect(slugs).toEqual(['kurgan-tyube', 'курган-тюбе']);
	});

	it('leaves out names that make no slug', () => {
		expect(slugsOf(place('x', '—', 'X'))).toEqual(['x']);
	});
});

describe('aliasIndex', () => {
	it.each([
		['dushanbe', 'dushanbe'],
		['душанбе', 'dushanbe'],
		['stalinabad', 'dushanbe'],
		['dyushambe', 'dushanbe'],
		['bokhtar', 'kurgan-tyube'],
		['qurghonteppa', 'kurgan-tyube'],
		['қӯрғонтеппа', 'kurgan-tyube'],
		['kulob', 'kulyab'],
		['кӯлоб', 'kulyab'],
		['хуҷанд', 'khujand'],
		['khudzhand', 'khujand'],
		['leninabad', 'khujand'],
		['gharm', 'garm'],
		['karategin', 'rasht-valley'],
		['tojikiston', 'tajikistan']
	])('leads %s to %s', (alias, slug) => {
		expect(aliasIndex(PLACES).get(alias)).toBe(slug);
	});

	it('leads every place to itself', () => {
		const index = aliasIndex(PLACES);
		for (const p of PLACES) expect(index.get(p.slug)).toBe(p.slug);
	});

	it('knows nothing of names no place has', () => {
		expect(aliasIndex(PLACES).get('samarkand')).toBeUndefined();
	});

	it('lets one place have several names that make one slug', () => {
		const index = aliasIndex([place('garm', 'Garm', 'Гарм', 'GARM'), place('x', 'X')]);
		expect([...index]).toEqual([
			['garm', 'garm'],
			['гарм', 'garm'],
			['x', 'x']
		]);
	});

	it('throws when one slug would lead to two places, naming both', () => {
		expect(() => aliasIndex([place('garm', 'Garm'), place('gharm', 'Gharm', 'Гарм')])).toThrow(
			'the slug "garm" would lead to both "garm" and "gharm"'
		);
	});

	it('throws when a name of one place is the slug of another', () => {
		expect(() => aliasIndex([place('garm', 'Garm'), place('rasht', 'Rasht', 'Garm')])).toThrow(
			'the slug "garm" would lead to both "garm" and "rasht"'
		);
	});
});

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['dushanbe', 'dushanbe', 0],
		['kitten', 'sitting', 3],
		['garm', 'gharm', 1],
		['kulob', 'kulyab', 2],
		['khujand', 'khojand', 1],
		// A transposition of neighbours costs one, not two.
		['ab', 'ba', 1],
		['dushanbe', 'dusahnbe', 1],
		['dushanbe', 'udshanbe', 1],
		['garm', 'xyz', 4],
		// Optimal string alignment: a transposed pair is not edited again ("ca" → "abc" is 3).
		['ca', 'abc', 3]
	])('%s ↔ %s: %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});

describe('suggest', () => {
	it('puts Dushanbe first for the start of its name, with the prefix bonus', () => {
		const [first] = suggest('dush', PLACES);
		expect(first).toMatchObject({ slug: 'dushanbe', name: 'Dushanbe', matched: 'Dushanbe' });
		expect(first.score).toBeGreaterThanOrEqual(0.75);
	});

	it('finds a place from the start of a long name that is far by edit distance', () => {
		// "kur" is 9 edits from "kurgan-tyube": 0.25 alone, below the threshold.
		const [first] = suggest('kur', PLACES);
		expect(first).toEqual({
			slug: 'kurgan-tyube',
			name: 'Kurgan-Tyube',
			matched: 'Kurgan-Tyube',
			score: 0.75
		});
	});

	it('finds a place from a query that starts with its name', () => {
		const [first] = suggest('Moscow Oblast', PLACES);
		expect(first).toMatchObject({ slug: 'moscow', score: 0.75 });
	});

	it.each([
		// Cyrillic misspelling of a Latin name, Latin misspelling of a Cyrillic one.
		['Душамбе', 'dushanbe', 'Dyushambe'],
		['Khudjand', 'khujand', 'Khujand'],
		['Qurgonteppa', 'kurgan-tyube', 'Qurghonteppa'],
		['Куляб', 'kulyab', 'Kulyab'],
		['Stalinobad', 'dushanbe', 'Stalinabad'],
		['Tavildra', 'tavildara', 'Tavildara']
	])('%s → %s (matched %s)', (query, slug, matched) => {
		expect(suggest(query, PLACES)[0]).toMatchObject({ slug, matched });
	});

	it('scores by edit distance over the longer name', () => {
		expect(suggest('Dushanbe', PLACES)[0]).toMatchObject({ slug: 'dushanbe', score: 1 });
		// One letter too many: 1 − 1/9.
		expect(suggest('Dushanbee', PLACES)[0].score).toBeCloseTo(8 / 9, 10);
		// One letter wrong in a name of five, in another script: 1 − 1/5.
		expect(suggest('Gorm', PLACES)[0]).toMatchObject({ slug: 'garm', matched: 'Garm' });
		expect(suggest('Gorm', PLACES)[0].score).toBeCloseTo(0.75, 10);
	});

	it('finds a place known only by a Cyrillic name from its Latin spelling', () => {
		const places = [place('gharm', 'Ғарм'), place('x', 'Samarkand')];
		expect(suggest('Gharm', places)).toEqual([
			{ slug: 'gharm', name: 'Ғарм', matched: 'Ғарм', score: 1 }
		]);
	});

	it('lists each place once, with its closest name, best first', () => {
		const found = suggest('kurgan', PLACES);
		const slugs = found.map((s) => s.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		expect(slugs.filter((s) => s === 'kurgan-tyube')).toHaveLength(1);
		for (let i = 1; i < found.length; i++) {
			expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score);
		}
	});

	it('keeps the best of a place’s names, and the first of equals', () => {
		const places = [place('p', 'Zzzzzz', 'Garmo', 'Garm', 'Гарм')];
		expect(suggest('garm', places)).toEqual([
			{ slug: 'p', name: 'Zzzzzz', matched: 'Garm', score: 1 }
		]);
	});

	it('drops places that score below 0.3', () => {
		const places = [
			// 7 edits of 10: 0.3, kept.
			place('near', 'abcxxxxxxx'),
			// 8 edits of 10: 0.2, dropped.
			place('far', 'abxxxxxxxx')
		];
		expect(suggest('abcdefghij', places).map((s) => s.slug)).toEqual(['near']);
		expect(suggest('zzzz', PLACES)).toEqual([]);
	});

	it('returns at most `limit` places, five by default, ties in name order', () => {
		const places = [
			'Place 7',
			'Place 2',
			'Place 5',
			'Place 1',
			'Place 6',
			'Place 3',
			'Place 4'
		].map((name) => place(slugify(name), name));
		// Each scores 0.75: "place" starts every name.
		expect(suggest('place', places).map((s) => s.name)).toEqual([
			'Place 1',
			'Place 2',
			'Place 3',
			'Place 4',
			'Place 5'
		]);
		expect(suggest('place', places, 2).map((s) => s.name)).toEqual(['Place 1', 'Place 2']);
		expect(suggest('place', places, 10)).toHaveLength(7);
	});

	it.each([[''], ['   '], ['—'], ['دوشنبه']])(
		'suggests nothing for %j, which has no Latin or Cyrillic letter',
		(query) => {
			expect(suggest(query, PLACES)).toEqual([]);
		}
	);

	it('never suggests a place for its names in other scripts alone', () => {
		// The Persian names slugify to nothing; an empty name must not be a "prefix" of every query.
		const places = [place('dushanbe', 'دوشنبه')];
		expect(suggest('garm', places)).toEqual([]);
	});

	it('reads only the start of a very long query, so a long URL stays cheap', () => {
		const query = `Dushanbe ${'x'.repeat(100_000)}`;
		const start = performance.now();
		const found = suggest(query, PLACES);
		expect(performance.now() - start).toBeLessThan(1000);
		expect(found[0]).toMatchObject({ slug: 'dushanbe', score: 0.75 });
	});
});
