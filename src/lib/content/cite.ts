/**
 * A page of the atlas as a citation: Chicago (notes and bibliography, a web page's bibliography
 * entry), APA 7, BibTeX (biblatex's `@online`) and CSL-JSON. Pure: the words that differ by
 * language come in as `CiteWords`, already written in the page's language.
 */
import type { Lang } from '$lib/geo/lang';

/** The build the page belongs to: its date (YYYY-MM-DD) and its git commit. */
export interface Version {
	date: string;
	commit: string;
}

/** What a citation names: the page, the atlas, its version, where it is and when it was read. */
export interface CitedPage {
	/** The page's title, as its heading shows it. */
	title: string;
	/** The atlas's name in the page's language. */
	site: string;
	/** The page's permalink: its canonical URL in its language. */
	url: string;
	lang: Lang;
	version: Version;
	/** The day the reader read it (YYYY-MM-DD); null where only the reader's browser can say. */
	accessed: string | null;
}

/** The citations' words, in the page's language. */
export interface CiteWords {
	/** "Version", said before the version's date and commit. */
	version: string;
	/** Chicago's "Accessed 6 December 2026" (or its placeholder). */
	accessed: string;
	/** APA's "Retrieved 6 December 2026, from". */
	retrieved: string;
}

/**
 * A citation as runs of text: `verbatim` runs (the commit, the URL) are not words of any
 * language, so the page can mark them as such; joined, the runs are the citation as plain text.
 */
export interface Run {
	text: string;
	verbatim?: boolean;
}

/** The runs as plain text, for the clipboard. */
export function plain(runs: Run[]): string {
	return runs.map((r) => r.text).join('');
}

/** "Version 2026-12-06 (1a2b3c4)", the commit a run of its own. */
function versionRuns(page: CitedPage, words: CiteWords): Run[] {
	return [
		{ text: `${words.version} ${page.version.date} (` },
		{ text: page.version.commit, verbatim: true },
		{ text: ')' }
	];
}

/** Joins neighbouring runs of the same kind, so that the plain text and the markup agree. */
function merged(runs: Run[]): Run[] {
	const out: Run[] = [];
	for (const run of runs) {
		const last = out.at(-1);
		if (last && !!last.verbatim === !!run.verbatim) last.text += run.text;
		else out.push({ ...run });
	}
	return out;
}

/** A title in quotation marks: English's curly quotes, Russian's and Tajik's guillemets. */
function quoted(lang: Lang, text: string): string {
	return lang === 'en' ? `“${text}”` : `«${text}»`;
}

/** Chicago's bibliography entry for a web page with no author: the title leads. */
export function chicago(page: CitedPage, words: CiteWords): Run[] {
	// Chicago (14.104) puts the period inside English quotation marks, outside guillemets.
	const title =
		page.lang === 'en' ? quoted('en', `${page.title}.`) : `${quoted(page.lang, page.title)}.`;
	return merged([
		{ text: `${title} ${page.site}. ` },
		...versionRuns(page, words),
		{ text: `. ${words.accessed}. ` },
		{ text: page.url, verbatim: true },
		{ text: '.' }
	]);
}

/**
 * APA 7's reference for a page of a website with no author: the title in the author's place,
 * then the version's year, the site, and the retrieval date, which APA asks for where a page's
 * content changes over time.
 */
export function apa(page: CitedPage, words: CiteWords): Run[] {
	const year = page.version.date.slice(0, 4);
	return merged([
		{ text: `${page.title}. (${year}). ${page.site} (` },
		...versionRuns(page, words),
		{ text: `). ${words.retrieved} ` },
		{ text: page.url, verbatim: true }
	]);
}

const TEX_SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}'
};

/** Text for a BibTeX field: TeX's special characters escaped, so that they print as themselves. */
export function texEscape(text: string): string {
	return text.replace(/[\\{}%&_#$~^]/g, (c) => TEX_SPECIAL[c] ?? `\\${c}`);
}

/** The entry's key, from the page's path: `tpa-ru-place-kulyab`. */
export function citeKey(url: string): string {
	const path = new URL(url).pathname;
	return `tpa${path}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

const LANGIDS: Record<Lang, string> = { en: 'english', ru: 'russian', tg: 'tajik' };

/** A biblatex `@online` entry; the URL stays verbatim, as biblatex reads its `url` field. */
export function bibtex(page: CitedPage): string {
	const { date, commit } = page.version;
	const fields: [string, string][] = [
		['title', texEscape(page.title)],
		['organization', texEscape(page.site)],
		['date', date],
		['version', texEscape(`${date} (${commit})`)],
		['url', page.url],
		...(page.accessed ? [['urldate', page.accessed] as [string, string]] : []),
		['langid', LANGIDS[page.lang]]
	];
	const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
	return `@online{${citeKey(page.url)},\n${body}\n}\n`;
}

/** A YYYY-MM-DD date as CSL's `date-parts`. */
function dateParts(date: string): { 'date-parts': number[][] } {
	return { 'date-parts': [date.split('-').map(Number)] };
}

/** The page as a CSL-JSON item (the input of Zotero, Pandoc's citeproc and the CSL processors). */
export function cslItem(page: CitedPage): Record<string, unknown> {
	return {
		id: citeKey(page.url),
		type: 'webpage',
		title: page.title,
		'container-title': page.site,
		URL: page.url,
		version: `${page.version.date} (${page.version.commit})`,
		issued: dateParts(page.version.date),
		...(page.accessed ? { accessed: dateParts(page.accessed) } : {}),
		language: page.lang
	};
}

/** CSL-JSON as a file holds it: an array of items. */
export function cslJson(page: CitedPage): string {
	return `${JSON.stringify([cslItem(page)], null, 2)}\n`;
}
