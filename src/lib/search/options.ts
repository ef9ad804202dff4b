/**
 * What the index is made of, shared by the build (build.ts) and the browser (query.ts): the
 * document shape, the fields, and how text becomes terms. minisearch serialises the index but
 * not these functions, so both sides must take them from here or the browser's queries would
 * fold differently from the index they search.
 */
import type { Options } from 'minisearch';
import type { OtherLang } from '../content/translations';
import { fold, words } from './fold';

/** What a result is. The order is the order of the groups when their best hits tie. */
export const KINDS = ['place', 'event', 'person', 'passage'] as const;
export type HitKind = (typeof KINDS)[number];

/**
 * One searchable thing. The stored fields are what a result row needs, so that the browser
 * never needs the atlas's data beside the index.
 */
export interface SearchDoc {
	/** `place:kulyab`, `event:ceasefire-1994`, `person:emomali-rahmon`, `passage:p14`. */
	id: string;
	kind: HitKind;
	/** The row's title: the place's or person's name, the event's title, the passage's heading. */
	title: string;
	/** App path with its fragment (`/place/kulyab`, `/source#p14`), before `resolve`. */
	href: string;
	/** One line under the title: a summary, a date and place, a role; a passage's whole text. */
	snippet: string;
	/** Every name a place or person goes by (for "also Қӯрғонтеппа"), the acronym an event title defines. */
	names: string[];
	/** Indexed, not stored: what else the thing can be found by. */
	text?: string;
	/** Indexed, not stored: an event's dates in words ("27 June 1997"). */
	date?: string;
	/** Indexed, not stored: the editorial notes on a place, an event or a passage. */
	note?: string;
	/**
	 * Indexed, not stored: the translations' titles, summaries and roles (Russian and Tajik). A
	 * field of their own, so that they neither lengthen the English fields nor outrank them.
	 */
	translated?: string;
	/** Indexed, not stored: the translations' editorial notes. */
	translatedNote?: string;
	/**
	 * Stored, not indexed: the row as a Russian or Tajik page shows it, where the atlas has its
	 * translation (a passage of the source has none: it is shown as received, in English).
	 */
	rows?: Partial<Record<OtherLang, { title: string; snippet: string }>>;
}

/**
 * Words too common to find anything by. They are dropped from the index and from queries, so
 * "Office in Tajikistan" asks for two words, not three.
 */
const STOP = new Set(
	'a an and are as at be by for from had has have in into is it its of on or that the their this to was were which who with'.split(
		' '
	)
);

/** A word's index term: folded (fold.ts), or nothing for a stop word. */
export function term(word: string): string | null {
	const t = fold(word);
	return t && !STOP.has(word.toLowerCase()) ? t : null;
}

/**
 * A multi-word name written as one word as well ("Kurgan-Tyube" also as "KurganTyube"), so that
 * "Kurgantyube" and "Qurghonteppa" find the names that others write in two.
 */
export function compact(name: string): string | null {
	const parts = words(name);
	return parts.length > 1 ? parts.join('') : null;
}

/**
 * The fields and the term processing. `keys` indexes every name, each multi-word one also in
 * its compact form; `heading` the title of a place, event or person; `text` the words a thing
 * is described by.
 */
export const INDEX_OPTIONS: Options<SearchDoc> = {
	fields: ['keys', 'heading', 'text', 'date', 'note', 'translated', 'translatedNote'],
	storeFields: ['kind', 'title', 'href', 'snippet', 'names', 'rows'],
	// minisearch extracts the stored fields through this too: they must come out as they are.
	extractField: (doc, field) => {
		if (field === 'keys') return doc.names.flatMap((n) => [n, compact(n) ?? []]).join(' ');
		// A passage's title is its section's heading, shared by its neighbours: it counts as text.
		if (field === 'heading') return doc.kind === 'passage' ? undefined : doc.title;
		if (field === 'text' && doc.kind === 'passage') return `${doc.title} ${doc.text}`;
		return doc[field as keyof SearchDoc];
	},
	tokenize: (text) => words(text),
	processTerm: (word) => term(word)
};
