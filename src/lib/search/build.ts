/**
 * The search index, built once at build time from the validated atlas: every place
 * with every name it goes by, every event, every person the source names, and every block of the
 * source with its editorial notes. The prerendered endpoint `/search-index.json` serves it; the
 * browser loads it with `loadIndex` (query.ts) the first time a reader uses the search box.
 */
import MiniSearch from 'minisearch';
import type { Person } from '../content/checks';
import type { SourceBlock } from '../content/types';
import type { Atlas } from '../content/atlas';
import { formatDateRange } from '../geo/dates';
import { YEAR_ONLY, type Lang } from '../geo/lang';
import { EVENT_LAYERS, type LayerId } from '../geo/layers';
import type { EventProperties } from '../geo/schema';
import { INDEX_OPTIONS, type SearchDoc } from './options';
import type { OtherLang } from '../content/translations';
import { INDEX_FORMAT } from './query';

/** Where an event result leads: its own page. */
const EVENT_HREF = (e: EventProperties): string => `/event/${e.id}`;

/** Where a person result leads: their entry in the about page's list of people. */
const PERSON_HREF = (p: Person): string => `/about#person-${p.id}`;

/** A block's words: a list's items, a caption with its credit. */
function blockText(block: SourceBlock): string {
	if (block.kind === 'list') return block.items.join('; ');
	if (block.kind === 'caption' && block.credit) return `${block.text} (${block.credit})`;
	return block.text;
}

/** Citation marks (`[@hrw-1999]`, `[sic]`) are for the source page, not for finding things. */
function withoutCitations(text: string): string {
	return text.replace(/\s*\[(?:@[^\]]*|sic)\]/g, '');
}

/**
 * The names an event's title defines: "UN Mission of Observers in Tajikistan (UNMOT)" is what
 * a reader who types "UNMOT" is after, more than any other event that mentions it.
 */
function acronyms(title: string): string[] {
	return [...title.matchAll(/\(([A-Z]{2,})\)/g)].map((m) => m[1]);
}

/**
 * What the atlas's translations say of one record, as words to find it by: a reader who types
 * "переговоры" or "Кӯлоб" finds the event or place the translated title or summary names.
 */
function translatedWords<T>(
	records: Map<string, T>[],
	id: string,
	pick: (r: T) => (string | undefined)[]
): string | undefined {
	const words = records
		.flatMap((m) => {
			const r = m.get(id);
			return r ? pick(r) : [];
		})
		.filter((w): w is string => Boolean(w))
		.map(withoutCitations)
		.join(' ');
	return words || undefined;
}

/** The atlas in another language (`atlasIn`), with its layers' names in that language. */
export interface TranslatedAtlas {
	lang: OtherLang;
	atlas: Atlas;
	layerName: (id: LayerId) => string;
}

/** An event's row under its title: when, where, which layer. */
function eventSnippet(e: EventProperties, where: string, layer: string, lang: Lang): string {
	const when = formatDateRange(e.start, e.end, lang).replace(` ${YEAR_ONLY[lang]}`, '');
	return `${when} · ${where} · ${layer}`;
}

/** A record's rows in the other languages, where the translation has the record. */
function rowsOf<T>(
	translations: TranslatedAtlas[],
	records: Map<string, T>[],
	id: string,
	row: (r: T, t: TranslatedAtlas) => { title: string; snippet: string }
): SearchDoc['rows'] {
	const rows = Object.fromEntries(
		translations.flatMap((t, i) => {
			const r = records[i].get(id);
			return r ? [[t.lang, row(r, t)]] : [];
		})
	);
	return Object.keys(rows).length ? rows : undefined;
}

/**
 * The documents of the index, in a stable order: places, events, people, passages. `translations`
 * are the same atlas in the other languages: their names, titles, summaries and notes are indexed
 * too, so one index answers queries in every language, and each row keeps its title and snippet
 * in each language for the reader's page to show. Hrefs stay without a language; the browser
 * puts them in the reader's (components/search-index.ts).
 */
export function searchDocs(atlas: Atlas, translations: TranslatedAtlas[] = []): SearchDoc[] {
	const translated = translations.map((t) => t.atlas);
	const placeName = new Map(atlas.places.map((p) => [p.properties.slug, p.properties.name]));
	const placesIn = translated.map(
		(a) => new Map(a.places.map((p) => [p.properties.slug, p.properties]))
	);
	const eventsIn = translated.map(
		(a) =>
			new Map(
				Object.values(a.layers).flatMap((fs) =>
					fs.map((f) => [f.properties.id, f.properties] as const)
				)
			)
	);
	const peopleIn = translated.map((a) => new Map(a.people.map((p) => [p.id, p])));
	const places: SearchDoc[] = atlas.places.map(({ properties: p }) => ({
		id: `place:${p.slug}`,
		kind: 'place',
		title: p.name,
		href: `/place/${p.slug}`,
		snippet: p.summary,
		names: [
			...new Set([
				p.name,
				...p.names.map((n) => n.name),
				...placesIn.flatMap((m) => m.get(p.slug)?.name ?? [])
			])
		],
		text: p.summary,
		note: p.note && withoutCitations(p.note),
		translated: translatedWords(placesIn, p.slug, (t) => [t.summary]),
		translatedNote: translatedWords(placesIn, p.slug, (t) => [t.note]),
		rows: rowsOf(translations, placesIn, p.slug, (t) => ({ title: t.name, snippet: t.summary }))
	}));
	const events: SearchDoc[] = EVENT_LAYERS.flatMap((layer) =>
		atlas.layers[layer.id].map(({ properties: e }) => {
			const when = formatDateRange(e.start, e.end).replace(` ${YEAR_ONLY.en}`, '');
			const where = placeName.get(e.place) ?? e.place;
			return {
				id: `event:${e.id}`,
				kind: 'event' as const,
				title: e.title,
				href: EVENT_HREF(e),
				snippet: eventSnippet(e, where, layer.name, 'en'),
				names: acronyms(e.title),
				text: `${where} ${layer.name}`,
				date: when,
				note: e.note && withoutCitations(e.note),
				translated: translatedWords(eventsIn, e.id, (t) => [t.title]),
				translatedNote: translatedWords(eventsIn, e.id, (t) => [t.note]),
				rows: rowsOf(translations, eventsIn, e.id, (t, { lang, atlas: a, layerName }) => ({
					title: t.title,
					snippet: eventSnippet(
						t,
						a.places.find((p) => p.properties.slug === e.place)?.properties.name ?? where,
						layerName(layer.id),
						lang
					)
				}))
			};
		})
	);
	const people: SearchDoc[] = atlas.people.map((p) => ({
		id: `person:${p.id}`,
		kind: 'person',
		title: p.name,
		href: PERSON_HREF(p),
		snippet: p.role,
		names: [...new Set([p.name, ...p.names.map((n) => n.name)])],
		text: p.role,
		translated: translatedWords(peopleIn, p.id, (t) => [t.role]),
		rows: rowsOf(translations, peopleIn, p.id, (t) => ({ title: t.name, snippet: t.role }))
	}));
	const passages: SearchDoc[] = atlas.source.sections.flatMap((section) =>
		section.blocks.map((block) => ({
			id: `passage:${block.id}`,
			kind: 'passage' as const,
			title: `${section.heading}, ${block.id}`,
			href: `/source#${block.id}`,
			snippet: blockText(block),
			names: [],
			text: blockText(block),
			note: atlas.source.notes
				.filter((n) => n.block === block.id)
				.map((n) => withoutCitations(n.text))
				.join(' ')
		}))
	);
	return [...places, ...events, ...people, ...passages];
}

/** The index as the text of `/search-index.json`. */
export function buildIndex(atlas: Atlas, translations: TranslatedAtlas[] = []): string {
	const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
	index.addAll(searchDocs(atlas, translations));
	return JSON.stringify({ format: INDEX_FORMAT, index });
}
