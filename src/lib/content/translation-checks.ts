/**
 * A translation checked against the English it translates, before the build: complete (every
 * narrative, event, chapter, place, person and the about page; nothing that the English lacks)
 * and faithful in what can be checked without reading the language: each narrative has the
 * English's paragraphs, its notes where the English has notes, the same citations in the same
 * order, as many source quotations and the same years. A translated quotation («…») cannot be
 * checked letter for letter against the English source as the English ones are; its count is
 * checked, and its citation, which leads to the words it translates. Pure.
 */
import { parseNarrative, type NarrativeParagraph } from './narrative';

/** The English a translation is checked against: its texts and its records' translated words. */
export interface EnglishContent {
	narratives: Record<string, string>;
	events: Record<string, string>;
	chapters: Record<string, string>;
	about: string;
	places: Record<string, { summary: string; note?: string }>;
	eventRecords: Record<string, { title: string; note?: string }>;
	chapterRecords: Record<string, { title: string; summary: string }>;
	people: Record<string, { role: string }>;
}

/** One language's translation as its files hold it (see translations.ts). */
export interface TranslationFiles {
	narratives: Record<string, string>;
	events: Record<string, string>;
	chapters: Record<string, string>;
	about: string;
	places: Record<string, Record<string, string>>;
	eventRecords: Record<string, Record<string, string>>;
	chapterRecords: Record<string, Record<string, string>>;
	people: Record<string, Record<string, string>>;
}

/** One problem: the file, and what is wrong. */
export interface TranslationProblem {
	file: string;
	reason: string;
}

const YEAR = /(?<![\p{L}\p{N}/])(?:19|20)\d{2}(?![\p{L}\p{N}/])/gu;

/** A paragraph's citations, in order, each as written inside its brackets. */
function citations(p: NarrativeParagraph): string[] {
	return p.inlines.flatMap((i) =>
		i.kind === 'cite' ? [[...i.ids, ...i.refs.map((r) => `@${r}`)].join(', ')] : []
	);
}

const quotes = (p: NarrativeParagraph) => p.inlines.filter((i) => i.kind === 'quote').length;
const words = (p: NarrativeParagraph) =>
	p.inlines.map((i) => (i.kind === 'cite' ? ' ' : i.text)).join('');
const years = (text: string) => (text.match(YEAR) ?? []).sort().join(' ');

/** The problems of one translated narrative against its English. */
function narrativeProblems(english: string, translated: string): string[] {
	const en = parseNarrative(english);
	const tr = parseNarrative(translated);
	if (/[“”]/.test(translated))
		return ["has “ or ”, which mark the English source's words: a translated quotation is «…»"];
	if (en.length !== tr.length) return [`has ${tr.length} paragraphs, the English ${en.length}`];
	return en.flatMap((e, i) => {
		const t = tr[i];
		const at = `paragraph ${i + 1}`;
		const out: string[] = [];
		if (e.kind !== t.kind)
			out.push(`${at} is ${t.kind === 'note' ? 'a note' : 'not a note'}, unlike the English`);
		if (citations(e).join(' | ') !== citations(t).join(' | '))
			out.push(
				`${at} cites [${citations(t).join('] [')}], the English [${citations(e).join('] [')}]`
			);
		if (quotes(e) !== quotes(t))
			out.push(`${at} has ${quotes(t)} quotations «…», the English ${quotes(e)}`);
		if (years(words(e)) !== years(words(t)))
			out.push(`${at} has the years [${years(words(t))}], the English [${years(words(e))}]`);
		return out;
	});
}

/** The problems of a set of texts (`folder/<id>.md`) against the English ones. */
function textsProblems(
	folder: string,
	english: Record<string, string>,
	translated: Record<string, string>
): TranslationProblem[] {
	const out: TranslationProblem[] = [];
	for (const id of Object.keys(english)) {
		const file = `${folder}/${id}.md`;
		if (translated[id] === undefined) out.push({ file, reason: 'is missing' });
		else
			for (const reason of narrativeProblems(english[id], translated[id]))
				out.push({ file, reason });
	}
	for (const id of Object.keys(translated))
		if (english[id] === undefined)
			out.push({
				file: `${folder}/${id}.md`,
				reason: `translates nothing: there is no English ${id}.md`
			});
	return out;
}

/** The problems of a records file (`<name>.json`) against the English records' fields. */
function recordsProblems(
	file: string,
	english: Record<string, Record<string, string | undefined>>,
	translated: Record<string, Record<string, string>>
): TranslationProblem[] {
	const out: TranslationProblem[] = [];
	for (const [id, fields] of Object.entries(english)) {
		for (const [field, text] of Object.entries(fields)) {
			if (text === undefined) continue;
			const t = translated[id]?.[field];
			if (typeof t !== 'string' || t.trim() === '')
				out.push({ file, reason: `"${id}" has no ${field}` });
			else if (/[“”]/.test(t)) out.push({ file, reason: `"${id}".${field} has “ or ”: use «…»` });
			else if (years(text) !== years(t))
				out.push({
					file,
					reason: `"${id}".${field} has the years [${years(t)}], the English [${years(text)}]`
				});
		}
	}
	for (const [id, fields] of Object.entries(translated)) {
		if (!english[id]) {
			out.push({ file, reason: `"${id}" translates nothing: the English has no such record` });
			continue;
		}
		for (const field of Object.keys(fields))
			if (english[id][field] === undefined)
				out.push({ file, reason: `"${id}".${field} translates nothing: the English has none` });
	}
	return out;
}

/** The about page's `## ` sections, counted. */
const sections = (text: string) => text.split(/^## /m).filter((s) => s.trim()).length;

/** Every problem of the translation in `dir` (e.g. `src/lib/content/i18n/ru`) against `english`. */
export function translationProblems(
	dir: string,
	english: EnglishContent,
	t: TranslationFiles
): TranslationProblem[] {
	const about: TranslationProblem[] = [];
	if (!t.about.trim()) about.push({ file: `${dir}/about.md`, reason: 'is missing' });
	else if (sections(t.about) !== sections(english.about))
		about.push({
			file: `${dir}/about.md`,
			reason: `has ${sections(t.about)} "## " sections, the English ${sections(english.about)}`
		});
	return [
		...textsProblems(`${dir}/narratives`, english.narratives, t.narratives),
		...textsProblems(`${dir}/events`, english.events, t.events),
		...textsProblems(`${dir}/chapters`, english.chapters, t.chapters),
		...about,
		...recordsProblems(`${dir}/places.json`, english.places, t.places),
		...recordsProblems(`${dir}/events.json`, english.eventRecords, t.eventRecords),
		...recordsProblems(`${dir}/chapters.json`, english.chapterRecords, t.chapterRecords),
		...recordsProblems(`${dir}/people.json`, english.people, t.people)
	];
}

/** What a translation holds, for the build's report: files and words. */
export function translationSize(t: TranslationFiles): { files: number; words: number } {
	const texts = [
		...Object.values(t.narratives),
		...Object.values(t.events),
		...Object.values(t.chapters),
		t.about
	];
	const records = [t.places, t.eventRecords, t.chapterRecords, t.people].flatMap((r) =>
		Object.values(r).flatMap((fields) => Object.values(fields))
	);
	const count = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
	return {
		files: texts.filter(Boolean).length + 4,
		words: [...texts, ...records].reduce((n, s) => n + count(s), 0)
	};
}
