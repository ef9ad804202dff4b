/**
 * Gazetteer look-ups: slugs for every name a place goes by, in any script, and fuzzy
 * suggestions for names that match no place. Pure, so it runs at build, in the browser (the 404
 * page) and in the tests alike.
 */
import type { PlaceProperties } from './schema';

/**
 * Cyrillic to Latin, as the English-language press and BGN/PCGN romanise Russian and Tajik: the
 * spellings that give the English names the atlas uses (Куляб → kulyab, Қӯрғонтеппа →
 * qurghonteppa, Хуҷанд → khujand), and the few Ukrainian, Uzbek and Kazakh letters that names of
 * the region carry. Lowercase letters only. The one table: slugs here, and search's folding
 * (src/lib/search/fold.ts), which reads Latin typed by a reader and Latin from Cyrillic alike.
 */
export const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	// Tajik.
	ғ: 'gh',
	ӣ: 'i',
	қ: 'q',
	ӯ: 'u',
	ҳ: 'h',
	ҷ: 'j',
	// Ukrainian (Кожара, Леонід), Uzbek and Kazakh.
	і: 'i',
	ї: 'yi',
	є: 'ye',
	ґ: 'g',
	ў: 'u',
	ә: 'a',
	ө: 'o',
	ү: 'u',
	ұ: 'u',
	ң: 'ng',
	һ: 'h'
};

/**
 * The ASCII slug of a name: transliterated, accents dropped, lowercase, words joined by `-`.
 * `slugify('Kurgan-Tyube') === 'kurgan-tyube'`, `slugify('Курган-Тюбе') === 'kurgan-tyube'`.
 */
export function slugify(name: string): string {
	return [...name.toLowerCase()]
		.map((ch) => CYRILLIC_LATIN[ch] ?? ch)
		.join('')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[ʼʻ'’`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The slug of a name kept in its own script (`Куляб` → `куляб`), for readers who type or paste
 * the name as written: lowercase, letters and digits of any script, words joined by `-`.
 */
export function scriptSlug(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFC')
		.replace(/[ʼʻ'’`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** Every slug a place answers to, its canonical slug first. */
export function slugsOf(place: PlaceProperties): string[] {
	const slugs = new Set<string>([place.slug]);
	for (const { name } of place.names) {
		for (const s of [slugify(name), scriptSlug(name)]) if (s) slugs.add(s);
	}
	return [...slugs];
}

/** Alias slug → canonical slug, for every name of every place. */
export type AliasIndex = Map<string, string>;

/**
 * Builds the alias index. Throws when one slug would lead to two places, naming both: such
 * data cannot give every name its page, so the build must stop.
 */
export function aliasIndex(places: PlaceProperties[]): AliasIndex {
	const index: AliasIndex = new Map();
	for (const place of places) {
		for (const slug of slugsOf(place)) {
			const other = index.get(slug);
			if (other && other !== place.slug) {
				throw new Error(`the slug "${slug}" would lead to both "${other}" and "${place.slug}"`);
			}
			index.set(slug, place.slug);
		}
	}
	return index;
}

/** Optimal string alignment distance (Levenshtein with transpositions). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			}
		}
	}
	return d[a.length][b.length];
}

/** A suggested place for a name that matched none. */
export interface Suggestion {
	slug: string;
	/** The place's display name. */
	name: string;
	/** The name of the place that came closest to what was asked. */
	matched: string;
	/** 0 (nothing alike) to 1 (the same). */
	score: number;
}

/** Longest input considered: URLs can be long, the edit distance is quadratic. */
const MAX_QUERY = 64;

/**
 * The places whose names come closest to `query`, best first, at most `limit`, one entry per
 * place. The query may be in any script; both sides are compared transliterated, so a Latin
 * misspelling finds a Cyrillic name and the other way round.
 */
export function suggest(query: string, places: PlaceProperties[], limit = 5): Suggestion[] {
	const q = slugify(query.slice(0, MAX_QUERY));
	if (!q) return [];
	const best = new Map<string, Suggestion>();
	for (const place of places) {
		for (const { name } of place.names) {
			const s = slugify(name);
			if (!s) continue;
			let score = 1 - editDistance(q, s) / Math.max(q.length, s.length);
			// A query that is the start of a name ("dush") is a strong hint.
			if (s.startsWith(q) || q.startsWith(s)) score = Math.max(score, 0.75);
			const prev = best.get(place.slug);
			if (!prev || score > prev.score) {
				best.set(place.slug, { slug: place.slug, name: place.name, matched: name, score });
			}
		}
	}
	return [...best.values()]
		.filter((s) => s.score >= 0.3)
		.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
		.slice(0, limit);
}
