/**
 * What a place's names must agree with beyond their schema: a name's letters with the script its
 * language tag names, its kind with the place's country and with the source text, and, for the
 * languages the atlas will be published in, one name to show. The Russian and Tajik editions
 * pick each place's name from this data, so a Russian standard form marked "variant" would leave
 * them with none. Pure: validate-features.ts runs it on every place that passed its schema.
 */
import type { PlaceName, PlaceProperties } from './schema';

/** The script a language is written in when its tag names none (ISO 15924). */
const DEFAULT_SCRIPT: Readonly<Record<string, string>> = {
	en: 'Latn',
	ru: 'Cyrl',
	tg: 'Cyrl',
	uz: 'Latn',
	fa: 'Arab',
	ps: 'Arab',
	ur: 'Arab'
};

/** ISO 15924 code → the letters of that script, as Unicode's Script property has them. */
const SCRIPT_LETTERS: Readonly<Record<string, RegExp>> = {
	Latn: /\p{Script=Latin}/u,
	Cyrl: /\p{Script=Cyrillic}/u,
	Arab: /\p{Script=Arabic}/u
};

const SCRIPT_NAMES: Readonly<Record<string, string>> = {
	Latn: 'Latin',
	Cyrl: 'Cyrillic',
	Arab: 'Arabic'
};

/**
 * The official languages of each country a place lies in (ISO 3166-1 alpha-2), with the script
 * they are officially written in. From the constitutions: Tajikistan's article 2 (Tajik is the
 * state language; Russian the language of inter-ethnic communication, so a Russian name there
 * is "standard", not "official"), Russia's article 68, Iran's article 15, Afghanistan's article
 * 16 of 2004 (Pashto and Dari, the Persian of Afghanistan) and Pakistan's article 251 (Urdu,
 * with English for official purposes).
 */
export const OFFICIAL_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
	TJ: ['tg-Cyrl'],
	RU: ['ru-Cyrl'],
	IR: ['fa-Arab'],
	AF: ['ps-Arab', 'fa-Arab'],
	PK: ['ur-Arab', 'en-Latn']
};

/** The languages besides English whose editions show one name per place: its standard one. */
export const EDITION_LANGUAGES = ['ru-Cyrl', 'tg-Cyrl'] as const;

/** The source text's language: a name of kind "source" is written in it. */
const SOURCE_LANGUAGE = 'en-Latn';

/** Kinds that make a name the one to show in its language. */
const SHOWN_KINDS: ReadonlySet<PlaceName['kind']> = new Set(['official', 'standard']);

/**
 * A language tag reduced to language and script: "tg-Cyrl" stays, "ru" becomes "ru-Cyrl", "en"
 * "en-Latn"; undefined when the tag names no script and its language has no default here.
 */
export function languageScript(tag: string): string | undefined {
	const [language, ...subtags] = tag.split('-');
	const script = subtags.find((s) => /^[A-Z][a-z]{3}$/.test(s)) ?? DEFAULT_SCRIPT[language];
	return script === undefined ? undefined : `${language}-${script}`;
}

/** The letters of `name` that are not of `script` (marks, digits and punctuation pass). */
function foreignLetters(name: string, script: string): string[] {
	const own = SCRIPT_LETTERS[script];
	if (!own) return [];
	return [...name.normalize('NFC')].filter((ch) => /\p{L}/u.test(ch) && !own.test(ch));
}

/** Whether `name` stands in `text` as a whole word or phrase, as written. */
function occursIn(name: string, text: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** One problem with a place's names: the property as messages write it, and why. */
export interface NameProblem {
	property: string;
	reason: string;
}

/**
 * Every way a place's names contradict their kinds, languages, country or the source:
 * - a letter of another script than the tag's ("Куляб" tagged "en");
 * - an "official" name without the place's `country`, or in a language that is not official
 *   there (Russian in Tajikistan), or with a `to` year (a name no longer in use is "historic");
 * - a "source" name that is not English, or (given the source's blocks) that no block of the
 *   place's `sources` contains as written;
 * - the same name twice in one language;
 * - a `label` that is not one of the place's names in its language;
 * - in each edition language (`EDITION_LANGUAGES`), current names but none "official" or
 *   "standard", or more than one: that edition would have no name, or two, to show.
 * @param paragraphs block id → its text; without it the source check is skipped
 */
export function nameProblems(
	place: Pick<PlaceProperties, 'names' | 'country' | 'sources' | 'label'>,
	paragraphs?: ReadonlyMap<string, string>
): NameProblem[] {
	const problems: NameProblem[] = [];
	const official = place.country === undefined ? undefined : OFFICIAL_LANGUAGES[place.country];
	if (place.country !== undefined && official === undefined)
		problems.push({
			property: 'country',
			reason: `no official languages are known for "${place.country}"; add them to OFFICIAL_LANGUAGES (src/lib/geo/names.ts) with their reference`
		});
	const seen = new Map<string, number>();
	place.names.forEach((n, i) => {
		const at = (key: string) => `names[${i}]${key}`;
		const tag = languageScript(n.lang);
		if (tag === undefined)
			problems.push({
				property: at('.lang'),
				reason: `"${n.lang}" names no script and its language has no default; add one ("${n.lang}-Latn")`
			});
		const script = tag?.split('-')[1];
		const foreign = script === undefined ? [] : foreignLetters(n.name, script);
		if (script !== undefined && foreign.length > 0)
			problems.push({
				property: at('.name'),
				reason: `"${n.name}" has letters that are not ${SCRIPT_NAMES[script] ?? script} ("${foreign.join('')}"), but is tagged "${n.lang}"`
			});
		const key = `${n.name.normalize('NFC')}\u0000${tag ?? n.lang}`;
		const first = seen.get(key);
		if (first !== undefined)
			problems.push({
				property: at(''),
				reason: `"${n.name}" in "${n.lang}" is listed already, as names[${first}]`
			});
		else seen.set(key, i);

		if (n.kind === 'official') {
			if (place.country === undefined)
				problems.push({
					property: at('.kind'),
					reason: `"official" needs the place's "country", to check that "${n.lang}" is official there`
				});
			else if (official && tag !== undefined && !official.includes(tag))
				problems.push({
					property: at('.kind'),
					reason: `"official", but "${n.lang}" is not an official language of ${place.country} (${official.join(', ')}); the usual form in another language is "standard"`
				});
		}
		if (SHOWN_KINDS.has(n.kind) && n.to !== undefined)
			problems.push({
				property: at('.kind'),
				reason: `"${n.kind}" with "to" ${n.to}: a name no longer in use is "historic"`
			});
		if (n.kind === 'source') {
			if (tag !== SOURCE_LANGUAGE)
				problems.push({
					property: at('.lang'),
					reason: `"${n.lang}" for a "source" name: the source text is in English ("en")`
				});
			else if (
				paragraphs &&
				!place.sources.some((id) => occursIn(n.name, paragraphs.get(id) ?? ''))
			)
				problems.push({
					property: at('.kind'),
					reason: `"source", but "${n.name}" is not in the text of the place's sources (${place.sources.join(', ')})`
				});
		}
	});
	for (const [lang, label] of Object.entries(place.label ?? {})) {
		const tag = languageScript(lang);
		if (!place.names.some((n) => n.name === label && languageScript(n.lang) === tag))
			problems.push({
				property: `label.${lang}`,
				reason: `"${label}" is not one of the place's names in "${lang}"; add it to "names" with its reference, or choose one of them`
			});
	}
	for (const language of EDITION_LANGUAGES) {
		const current = place.names.filter(
			(n) => languageScript(n.lang) === language && n.to === undefined
		);
		const shown = current.filter((n) => SHOWN_KINDS.has(n.kind));
		const list = (names: PlaceName[]) => names.map((n) => `"${n.name}"`).join(', ');
		if (current.length > 0 && shown.length === 0)
			problems.push({
				property: 'names',
				reason: `no current ${language} name is "official" or "standard" (${list(current)}): mark the one the ${language} edition should show`
			});
		if (shown.length > 1)
			problems.push({
				property: 'names',
				reason: `${shown.length} current ${language} names are "official" or "standard" (${list(shown)}): the ${language} edition needs one`
			});
	}
	return problems;
}
