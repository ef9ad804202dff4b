/**
 * Searching the index in the browser: load the serialised index once, then answer
 * each keystroke with results grouped as places, events, people and source passages, each with
 * the name that matched ("Kurgan-Tyube — also Қӯрғонтеппа") and a one-line snippet whose matched
 * words are marked. Pure: the fetch is the caller's (components/search-index.ts).
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { editDistance } from '../geo/gazetteer';
import { fold, words } from './fold';
import { compact, INDEX_OPTIONS, KINDS, term, type HitKind, type SearchDoc } from './options';
import type { Lang } from '../geo/lang';

/** Bumped when the index's shape changes, so that a cached old index is not misread. */
export const INDEX_FORMAT = 3;

/** A loaded index. */
export type SearchIndex = MiniSearch<SearchDoc>;

/** Reads the text of `/search-index.json`. Throws on an index of another format. */
export function loadIndex(text: string): SearchIndex {
	const { format, index } = JSON.parse(text) as { format: unknown; index: unknown };
	if (format !== INDEX_FORMAT)
		throw new Error(`search index format ${String(format)}, expected ${INDEX_FORMAT}`);
	return MiniSearch.loadJS(index as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

/** A piece of a snippet; `hit` marks a word that matched the query. */
export interface SnippetPart {
	text: string;
	hit: boolean;
}

/** One result row. */
export interface Hit {
	id: string;
	kind: HitKind;
	title: string;
	/** The language the title and snippet are in: the reader's, or English where no translation has the thing. */
	lang: Lang;
	/** App path with fragment, to pass through `resolve`. */
	href: string;
	/** The name the query matched when it is not the title ("Қӯрғонтеппа"), else null. */
	matched: string | null;
	/** True when the query matched only editorial notes, which the snippet does not show. */
	inNote: boolean;
	snippet: SnippetPart[];
	score: number;
}

/** The hits of one kind. */
export interface HitGroup {
	kind: HitKind;
	/** The group's heading: "Places", "Events", "People", "Source passages". */
	label: string;
	hits: Hit[];
}

export interface SearchResults {
	/** The query as asked. */
	query: string;
	/** Every hit, best first. */
	hits: Hit[];
	/** The same hits by kind, each group at most `perGroup` long, groups ordered by their best hit. */
	groups: HitGroup[];
}

const LABELS: Record<HitKind, string> = {
	place: 'Places',
	event: 'Events',
	person: 'People',
	passage: 'Source passages'
};

/** Longest query considered: the box has no limit, the fuzzy search's work grows with length. */
const MAX_QUERY = 100;
/** About one line of snippet, in characters. */
const SNIPPET = 140;

/**
 * Typos: none in words of up to three letters (too many short words lie one edit apart), one in
 * four or five letters ("Kulyb"), two from six ("Khujnad", a swap, is two edits; "Tavildra").
 */
const fuzzy = (t: string): number | false => (t.length <= 3 ? false : t.length <= 5 ? 1 : 2);

const SEARCH: SearchOptions = {
	// Search as you type: every word may be the start of a longer one.
	prefix: (t) => t.length >= 2,
	fuzzy,
	maxFuzzy: 2,
	// A name outweighs a title, a title the running text. The translations weigh half their
	// English: a Russian title folds to the same key as the English name it spells ("Куляб" is
	// "kulab"), and must not make "Kulyab OSCE" find the base whose Russian title says Куляб
	// before the office whose English title says Kulyab.
	boost: { keys: 4, heading: 2, text: 1, date: 1, note: 0.5, translated: 0.5, translatedNote: 0.25 }
};

/**
 * Searches. Every word must match (a word may be a prefix or one or two letters off); when no
 * document has them all, any word will do. Rows are in `lang` where the atlas has the thing in it.
 */
export function search(
	index: SearchIndex,
	query: string,
	perGroup = Infinity,
	lang: Lang = 'en'
): SearchResults {
	const q = query.slice(0, MAX_QUERY);
	let found = index.search(q, { ...SEARCH, combineWith: 'AND' });
	if (!found.length) found = index.search(q, { ...SEARCH, combineWith: 'OR' });
	const asked = words(q).flatMap((w) => term(w) ?? []);
	const hits = found.map((r) => toHit(r, q, asked, lang)).sort((a, b) => b.score - a.score);
	const groups = KINDS.map((kind) => ({
		kind,
		label: LABELS[kind],
		hits: hits.filter((h) => h.kind === kind).slice(0, perGroup)
	}))
		.filter((g) => g.hits.length)
		.sort((a, b) => b.hits[0].score - a.hits[0].score);
	return { query, hits, groups };
}

/** Whether a document's term answers a query's term: itself, a word it starts, or a typo of it. */
function answers(asked: string, found: string): boolean {
	const f = fuzzy(asked);
	return found.startsWith(asked) || (f !== false && editDistance(asked, found) <= f);
}

/**
 * The share of the query's words that a place or person matched by name. A name weighs four
 * times a description, so that "Kulob" finds Kulyab before the events there; but "Tehran
 * ceasefire" asks for the event, whose title has both words, more than for Tehran, whose
 * summary mentions a ceasefire. So a place's or person's score is scaled by the square of the
 * share of the query its names (or title) answered: a quarter when they answer one word of two.
 */
function nameShare(r: SearchResult, asked: string[]): number {
	const strong = Object.entries(r.match)
		.filter(([, fields]) => fields.includes('keys') || fields.includes('heading'))
		.map(([t]) => t);
	const matched = asked.filter((a) => r.terms.some((t) => answers(a, t)));
	if (matched.length < 2) return 1;
	const share = matched.filter((a) => strong.some((t) => answers(a, t))).length / matched.length;
	// A place whose summary alone has every word still counts, a little.
	return Math.max(share ** 2, 0.1);
}

function toHit(r: SearchResult, query: string, asked: string[], lang: Lang): Hit {
	const doc = r as unknown as SearchResult & SearchDoc;
	const terms = new Set(r.terms);
	const fields = new Set(Object.values(r.match).flat());
	const named = doc.kind === 'place' || doc.kind === 'person';
	const row = lang === 'en' ? undefined : doc.rows?.[lang];
	const title = row?.title ?? doc.title;
	return {
		id: r.id as string,
		kind: doc.kind,
		title,
		lang: row ? lang : 'en',
		href: doc.href,
		matched:
			doc.kind !== 'event' && fields.has('keys')
				? matchedName(doc.names, title, query, terms)
				: null,
		inNote: [...fields].every((f) => f === 'note' || f === 'translatedNote'),
		snippet: snippet(row?.snippet ?? doc.snippet, terms),
		score: named ? r.score * nameShare(r, asked) : r.score
	};
}

/** Whether a text is written (mostly) in Cyrillic, Latin or another script. */
function script(text: string): 'cyrillic' | 'latin' | 'other' {
	if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
	return /\p{Script=Latin}/u.test(text) ? 'latin' : 'other';
}

/**
 * The name the reader most likely typed: among the names whose words matched, the one closest
 * to the query once both are folded, word by word or whole (the start of a word counts, for a
 * query still being typed), then one in the query's script. Null when that is the title itself.
 */
function matchedName(
	names: string[],
	title: string,
	query: string,
	terms: Set<string>
): string | null {
	const asked = fold(words(query).join(''));
	const typed = words(query).join(' ').toLowerCase();
	let best: { name: string; distance: number; sameScript: boolean } | null = null;
	for (const name of names) {
		const keys = [...words(name), compact(name) ?? []].flat().map(term);
		if (!keys.some((k) => k !== null && terms.has(k))) continue;
		// The name exactly as typed beats its spelling-blind twins ("Kurgan-Tube", "Kurgan-Tyube").
		const distance =
			words(name).join(' ').toLowerCase() === typed
				? -1
				: Math.min(
						...keys.map((k) =>
							k === null
								? Infinity
								: Math.min(
										editDistance(asked, k),
										editDistance(asked, k.slice(0, asked.length)) + 0.5
									)
						)
					);
		const sameScript = script(name) === script(query);
		if (
			!best ||
			distance < best.distance ||
			(distance === best.distance && sameScript && !best.sameScript)
		) {
			best = { name, distance, sameScript };
		}
	}
	return best && best.name !== title ? best.name : null;
}

/**
 * About a line of `text` with its matched words marked: the start, or for a long text a window
 * around the first matched word, with ellipses where it was cut.
 */
function snippet(text: string, terms: Set<string>): SnippetPart[] {
	const tokens = [...text.matchAll(/[\p{L}\p{M}\p{N}'’ʼʻ‘]+/gu)];
	const isHit = (word: string) => {
		const t = term(word);
		return t !== null && terms.has(t);
	};
	let start = 0;
	let end = text.length;
	if (text.length > SNIPPET) {
		const first = tokens.find((m) => isHit(m[0]));
		start = first ? Math.max(0, first.index - SNIPPET / 3) : 0;
		// Cut at word boundaries.
		if (start > 0) start = text.indexOf(' ', start) + 1 || start;
		end = Math.min(text.length, start + SNIPPET);
		if (end < text.length)
			end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
	}
	const parts: SnippetPart[] = [];
	const push = (s: string, hit: boolean) => {
		if (!s) return;
		const last = parts.at(-1);
		if (last && last.hit === hit) last.text += s;
		else parts.push({ text: s, hit });
	};
	if (start > 0) push('… ', false);
	let at = start;
	for (const m of tokens) {
		if (m.index < start || m.index + m[0].length > end) continue;
		push(text.slice(at, m.index), false);
		push(m[0], isHit(m[0]));
		at = m.index + m[0].length;
	}
	push(text.slice(at, end), false);
	if (end < text.length) push(' …', false);
	return parts;
}
