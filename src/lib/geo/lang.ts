/**
 * The atlas's languages, and how each writes dates and numbers. English is at the site's root,
 * the others under their own prefix (src/lib/state/url.ts). Month names and plural rules are data
 * here, not `Intl`: browsers' and CLDR's Tajik is incomplete. Pure.
 */

/** The atlas's languages. */
export const LANGS = ['en', 'ru', 'tg'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of a path with no prefix: every link shared before the others existed. */
export const BASE_LANG: Lang = 'en';

/** The other languages' month names: Russian nominative and genitive, Tajik's stem. */
const MONTHS_RU = [
	'январь',
	'февраль',
	'март',
	'апрель',
	'май',
	'июнь',
	'июль',
	'август',
	'сентябрь',
	'октябрь',
	'ноябрь',
	'декабрь'
] as const;
const MONTHS_RU_GENITIVE = [
	'января',
	'февраля',
	'марта',
	'апреля',
	'мая',
	'июня',
	'июля',
	'августа',
	'сентября',
	'октября',
	'ноября',
	'декабря'
] as const;
const MONTHS_TG = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'май',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
] as const;

/** A date's parts as the data writes them: year (as written), month and day (1-based) if given. */
export interface DateParts {
	year: string;
	month?: number;
	day?: number;
}

/**
 * A date in Russian or Tajik as the region's press writes it: ru "27 февраля 2003 года",
 * "июнь 1997 года", "1994"; tg "27 феврали соли 2003", "июни соли 1997", "1994" (the month
 * joined to the year by the izofa, -и). `before` writes "by": ru "не позднее 2000 года" (the
 * genitive), tg "то соли 2000".
 */
export function writeDate(lang: Exclude<Lang, 'en'>, d: DateParts, before = false): string {
	const { year, month, day } = d;
	if (lang === 'ru') {
		if (month === undefined) return before ? `не позднее ${year} года` : year;
		const m = day === undefined && !before ? MONTHS_RU[month - 1] : MONTHS_RU_GENITIVE[month - 1];
		const date = day === undefined ? `${m} ${year} года` : `${day} ${m} ${year} года`;
		return before ? `не позднее ${date}` : date;
	}
	const m = month === undefined ? undefined : `${MONTHS_TG[month - 1]}и`;
	const date =
		m === undefined
			? `соли ${year}`
			: day === undefined
				? `${m} соли ${year}`
				: `${day} ${m} соли ${year}`;
	if (before) return `то ${date}`;
	return m === undefined ? year : date;
}

/** "(year only)", said after a date known only to its year. */
export const YEAR_ONLY: Record<Lang, string> = {
	en: '(year only)',
	ru: '(известен только год)',
	tg: '(танҳо сол маълум аст)'
};

/** "the whole story": the range of every year, in a heading or an announcement. */
export const WHOLE_STORY_WORDS: Record<Lang, string> = {
	en: 'the whole story',
	ru: 'вся история',
	tg: 'тамоми ҳикоя'
};

/** A plural category: the form a noun takes after the number `n`. */
export type PluralForm = 'one' | 'few' | 'many' | 'other';

/**
 * The form a noun takes after `n`. Russian: one for 1, 21, 31… (not 11), few for 2–4, 22–24…
 * (not 12–14), many for the rest. Tajik: a noun after a numeral stays in the singular, so one
 * form. English: one and other.
 */
export function pluralForm(lang: Lang, n: number): PluralForm {
	if (lang === 'tg') return 'other';
	if (lang === 'en') return n === 1 ? 'one' : 'other';
	const ten = n % 10;
	const hundred = n % 100;
	if (!Number.isInteger(n)) return 'other';
	if (ten === 1 && hundred !== 11) return 'one';
	if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return 'few';
	return 'many';
}

/**
 * `n` as each language writes it: English "1,200.5"; Russian and Tajik "1 200,5" (a no-break
 * space between thousands, a decimal comma).
 */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
	const [whole, fraction] = Math.abs(n).toFixed(digits).split('.');
	const group = lang === 'en' ? ',' : '\u00a0';
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	const sign = n < 0 ? '−' : '';
	return fraction
		? `${sign}${grouped}${lang === 'en' ? '.' : ','}${fraction}`
		: `${sign}${grouped}`;
}

/** Whether a place shows its English name in `lang`, having no label (no name) in that language. */
export function namedInEnglish(
	place: { label?: Partial<Record<Exclude<Lang, 'en'>, string>> },
	lang: Lang
): boolean {
	return lang !== 'en' && place.label?.[lang] === undefined;
}
