/**
 * The atlas's translations into Russian and Tajik (`src/lib/content/i18n/<lang>/`), read through
 * Vite at build time, and the atlas's records in a language. The files mirror the English ones:
 * narratives of places and events and the story's chapters as `.md` in the narratives' syntax
 * (source quotations in «…»), `about.md`, and the records' words in `places.json` (summary,
 * note), `events.json` (title, note), `chapters.json` (title, summary) and `people.json` (role).
 * They are checked against the English by `translationProblems` (translation-checks.ts).
 */
import type { Lang } from '../geo/lang';
import type { Atlas } from './atlas';
import { parseNarrative, type NarrativeParagraph } from './narrative';

/** The languages translated from the English. */
export type OtherLang = Exclude<Lang, 'en'>;
export const OTHER_LANGS: readonly OtherLang[] = ['ru', 'tg'];

/** One language's translation, as its files hold it. */
export interface Translation {
	narratives: Record<string, string>;
	events: Record<string, string>;
	chapters: Record<string, string>;
	about: string;
	places: Record<string, { summary?: string; note?: string }>;
	eventRecords: Record<string, { title?: string; note?: string }>;
	chapterRecords: Record<string, { title?: string; summary?: string }>;
	people: Record<string, { role?: string }>;
}

// Stryker disable all: Vite rewrites import.meta.glob before the tests run.
const texts = import.meta.glob('./i18n/*/**/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const records = import.meta.glob('./i18n/*/*.json', { import: 'default', eager: true }) as Record<
	string,
	Record<string, Record<string, string>>
>;
// Stryker restore all

/** `./i18n/ru/narratives/kulyab.md` → the texts of ru's narratives, by slug. */
function textsIn(lang: OtherLang, folder: string): Record<string, string> {
	const prefix = `./i18n/${lang}/${folder}/`;
	return Object.fromEntries(
		Object.entries(texts)
			.filter(([path]) => path.startsWith(prefix))
			.map(([path, text]) => [path.slice(prefix.length, -'.md'.length), text])
	);
}

/** The committed translation into `lang`; absent files are empty (the checks name them). */
export function translationOf(lang: OtherLang): Translation {
	const json = (name: string) => records[`./i18n/${lang}/${name}.json`] ?? {};
	return {
		narratives: textsIn(lang, 'narratives'),
		events: textsIn(lang, 'events'),
		chapters: textsIn(lang, 'chapters'),
		about: texts[`./i18n/${lang}/about.md`] ?? '',
		places: json('places'),
		eventRecords: json('events'),
		chapterRecords: json('chapters'),
		people: json('people')
	};
}

const parsed = new Map<string, NarrativeParagraph[]>();

/**
 * A narrative in `lang`: `kind` names the folder (`narratives`, `events`, `chapters`). English,
 * or a text the translation lacks (which the build's checks forbid), gives `undefined`, and the
 * caller shows the English.
 */
export function translatedNarrative(
	lang: Lang,
	kind: 'narratives' | 'events' | 'chapters',
	id: string
): NarrativeParagraph[] | undefined {
	if (lang === 'en') return undefined;
	const key = `${lang}/${kind}/${id}`;
	let paragraphs = parsed.get(key);
	if (!paragraphs) {
		const text = translationOf(lang)[kind][id];
		if (text === undefined) return undefined;
		paragraphs = parseNarrative(text);
		parsed.set(key, paragraphs);
	}
	return paragraphs;
}

/** The about page's text in `lang` (English for `en`). */
export function aboutIn(lang: Lang, english: string): string {
	return lang === 'en' ? english : translationOf(lang).about || english;
}

const translated = new Map<Lang, Atlas>();

/**
 * The atlas with its records' words in `lang`: each place's `name` (its label in that language,
 * or the English where it has none), summary and note, each event's title and note, each
 * chapter's title and summary, each person's role. Everything else, the names list included,
 * stays as it is. One translation for every page, made once per language.
 */
export function atlasIn(atlas: Atlas, lang: Lang): Atlas {
	if (lang === 'en') return atlas;
	let out = translated.get(lang);
	if (out) return out;
	const t = translationOf(lang);
	out = {
		...atlas,
		places: atlas.places.map((f) => ({
			...f,
			properties: {
				...f.properties,
				name: f.properties.label?.[lang] ?? f.properties.name,
				...t.places[f.properties.slug]
			}
		})),
		layers: Object.fromEntries(
			Object.entries(atlas.layers).map(([id, features]) => [
				id,
				features.map((f) => ({
					...f,
					properties: { ...f.properties, ...t.eventRecords[f.properties.id] }
				}))
			])
		) as Atlas['layers'],
		chapters: atlas.chapters.map((c) => ({ ...c, ...t.chapterRecords[c.id] })),
		people: atlas.people.map((p) => ({ ...p, ...t.people[p.id] }))
	};
	translated.set(lang, out);
	return out;
}
