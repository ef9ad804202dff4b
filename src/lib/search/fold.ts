/**
 * Folding for search: one spelling-blind form for every word, so that a name typed
 * in Latin, Tajik or Russian Cyrillic, or in any of the usual English, Russian and Tajik
 * romanisations, meets the same index term. `fold('Курган-Тюбе')`, `fold('Kurgan-Tyube')` and
 * `fold('Kurgan-Tube')` are all `kurgan-tube`; `fold('Қӯрғонтеппа')` and `fold('Qurghonteppa')`
 * are both `kurgontepa`.
 *
 * This is not a romanisation: its output is a key for matching, never shown. What the index
 * library (minisearch) does not do is here: the letters of the Cyrillic scripts (through the
 * gazetteer's table, `CYRILLIC_LATIN`, so that slugs and search read them alike), and the
 * spellings that differ between romanisations. Typos are left to minisearch's fuzzy
 * match, which counts edits on these keys.
 */
import { CYRILLIC_LATIN } from '../geo/gazetteer';

/** Latin letters that Unicode decomposition does not reduce to a plain letter. */
const LATIN: Record<string, string> = {
	ı: 'i',
	ł: 'l',
	ø: 'o',
	đ: 'd',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe'
};

/**
 * The romanisations' differences, folded onto one spelling, in order (earlier rules feed later
 * ones). Each pair is a spelling that readers meet for the same sound.
 */
const RULES: [RegExp, string][] = [
	// German spellings of дж and ш: Tadschikistan, Duschanbe.
	[/dsch/g, 'j'],
	[/sch/g, 'sh'],
	[/shch/g, 'sh'],
	// дж, ж and ҷ: Khudzhand, Khodjent, Khujand; Kozhara.
	[/dzh|dj|zh/g, 'j'],
	// х and ҳ: Khujand, Hujand, Xo'jand (Uzbek Latin).
	[/kh|x/g, 'h'],
	// ғ: Qurghonteppa, Gharm.
	[/gh/g, 'g'],
	// қ: Qurghonteppa, Kurgan; Qarategin, Karategin.
	[/q|ck/g, 'k'],
	// French ou: Shahritous, Shahritus.
	[/ou/g, 'u'],
	// я, ю, ё, е after a consonant: Kulyab, Kuliab, Kulab; Tyube, Tube; Dyushambe, Dushanbe.
	[/[iy]+([aeou])/g, '$1'],
	// й, ы and English y: Rakhmonov's -iy, Sayid, Said.
	[/y/g, 'i'],
	// Doubled letters: Qurghonteppa, Qurghontepa; Dushanbee.
	[/(\p{L})\1+/gu, '$1']
];

/** Apostrophes and the letters that stand for them (Uzbek oʻ or o‘, Tajik Latin ʼ). */
const APOSTROPHES = /['‘’ʼʻ`ʹ]/g;

/**
 * The search key of a word or a name: lowercase, Cyrillic transliterated, accents dropped,
 * apostrophes removed, and the romanisations' differences folded (see `RULES`). Characters of
 * other scripts (Persian names) pass through lowercased; separators are kept, so a name folds
 * to words that `words` can split.
 */
export function fold(text: string): string {
	let s = '';
	for (const ch of text.normalize('NFC').toLowerCase()) s += CYRILLIC_LATIN[ch] ?? LATIN[ch] ?? ch;
	s = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '');
	for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement);
	return s;
}

/**
 * A text split into words for the index and for queries: runs of letters and digits of any
 * script, apostrophes inside a word kept out of the way (`Xo'jand` is one word), everything else
 * a separator. Not folded: `fold` works on each word, so that minisearch's term processing
 * stays per word.
 */
export function words(text: string): string[] {
	return text
		.normalize('NFC')
		.replace(APOSTROPHES, '')
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.filter(Boolean);
}
