/**
 * The narratives' plain-text syntax, parsed and checked. A narrative is one `.md` file per place
 * slug in `src/lib/content/narratives/`, but it is not Markdown: paragraphs are separated by blank
 * lines, `[p14]` or `[p17, p18]` cites source blocks, `[@un-s-1997-510]` cites a public reference of
 * `src/lib/content/references.json` (the two mix: `[p8, @hrw-1999-tajikistan]`), “…” quotes the
 * source verbatim (in a translation «…» marks the translated words of a quotation), and a paragraph that starts with "Note: " is an editorial note. Anything that looks like markup is an
 * error, because the renderer prints every character as text and would show it literally.
 * Pure: runs at build (scripts/validate.ts), in the pages and in the tests.
 */
import type { SourceBlock, SourceDocument } from './types';

/**
 * A run of a paragraph: plain text, a quotation from the source, or a citation. A citation holds
 * the source blocks it names in `ids` ("p14") and the public references in `refs` (the reference
 * ids without their "@"), each in the order written.
 */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'quote'; text: string }
	| { kind: 'cite'; ids: string[]; refs: string[] };

/** One paragraph of a narrative: a statement about the place, or an editorial note. */
export interface NarrativeParagraph {
	kind: 'statement' | 'note';
	inlines: Inline[];
}

/** A run of source text: plain, or the name of a place to link. */
export type PlaceRun =
	{ kind: 'text'; text: string } | { kind: 'place'; text: string; slug: string };

/** "Note: " opens an editorial note; a bare "Note:" (trailing space trimmed) is an empty one. */
const NOTE_PREFIX = /^Note:(?:\s+|$)/;

/** One cited id: a block ("p14") or a reference ("@hrw-1999-tajikistan"). */
const CITED = String.raw`(?:@[a-z0-9]+(?:-[a-z0-9]+)*|[A-Za-z]+\d+)`;

/**
 * A quotation, or a citation of block-shaped ids ("p14") and "@"-prefixed reference ids. Only
 * such ids make a citation, so "[sic]" or the "[text]" of a Markdown link stays text (and the
 * validator reports the stray bracket) instead of turning into a citation of a block called "sic".
 */
const INLINE = new RegExp(
	String.raw`“([^“”]*)”|«([^«»]*)»|\[\s*(${CITED}(?:\s*,\s*${CITED})*)\s*\]`,
	'g'
);

/**
 * A year as the date rule counts it: four digits from 1900 to 2099 standing alone, so "1997",
 * "1997–2000" and "mid-1999" count but "S/1997/510" or "12345" do not.
 */
const YEAR = /(?<![\p{L}\p{N}/])(?:19|20)\d{2}(?![\p{L}\p{N}/])/gu;

/** Splits a narrative into paragraphs at blank lines; a paragraph's lines are joined by spaces. */
function paragraphTexts(markdown: string): string[] {
	return markdown
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((p) =>
			p
				.split('\n')
				.map((line) => line.trim())
				.join(' ')
				.trim()
		)
		.filter((p) => p.length > 0);
}

/** Splits one paragraph's text into text, quotation and citation runs, losing no character. */
function inlinesOf(text: string): Inline[] {
	const inlines: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
		const quoted = match[1] ?? match[2];
		if (quoted !== undefined) inlines.push({ kind: 'quote', text: quoted });
		else {
			const cited = match[3].split(',').map((id) => id.trim());
			inlines.push({
				kind: 'cite',
				ids: cited.filter((id) => !id.startsWith('@')),
				refs: cited.filter((id) => id.startsWith('@')).map((id) => id.slice(1))
			});
		}
		last = match.index + match[0].length;
	}
	if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
	return inlines;
}

/**
 * Parses a narrative into paragraphs. Notes lose their "Note: " prefix (the renderer labels them
 * itself). Nothing is dropped: markup such as `<script>` comes out as a text run, which the
 * renderer prints as text and `validateNarratives` reports as an error.
 */
export function parseNarrative(markdown: string): NarrativeParagraph[] {
	return paragraphTexts(markdown).map((text) =>
		NOTE_PREFIX.test(text)
			? { kind: 'note', inlines: inlinesOf(text.replace(NOTE_PREFIX, '')) }
			: { kind: 'statement', inlines: inlinesOf(text) }
	);
}

/** Where a narrative lives, as error messages name it. */
export function narrativeFile(slug: string): string {
	return `src/lib/content/narratives/${slug}.md`;
}

/** Markup that a plain-text narrative must not contain, with how each is described. */
const MARKUP: [RegExp, string][] = [
	[/<[A-Za-z/!?][^>]{0,40}>?/, 'HTML-like markup'],
	[/!?\[[^\]\n]*\]\([^)\n]*\)/, 'a Markdown link'],
	[/(?:^|\s)#{1,6}\s/, 'a Markdown heading'],
	[/(\*{1,2}|_{1,2})[^\s*_][^*_]*?\1/, 'Markdown emphasis'],
	[/`[^`]*`?/, 'Markdown code'],
	[/&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/, 'an HTML entity']
];

/** A short excerpt for a message, quoted so that leading or trailing spaces show. */
function excerpt(text: string): string {
	return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/**
 * Runs of white space count as one space on both sides: a quotation may wrap across lines in the
 * narrative file, and the source has stray double spaces ("border.  In  2011", p12) that the
 * page collapses anyway. Apostrophes are compared exactly: the source uses the straight one
 * throughout and no committed quotation contains one, so no tolerance is needed.
 */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** The texts of a block that a quotation may come from: paragraph text, list items, caption text. */
function blockTexts(block: SourceBlock): string[] {
	return block.kind === 'list' ? block.items : [block.text];
}

/** The problems of one paragraph, as reasons; the caller prefixes the file and "paragraph N". */
function paragraphProblems(
	text: string,
	blocks: Map<string, SourceBlock>,
	referenceIds: ReadonlySet<string>
): string[] {
	const problems: string[] = [];
	for (const [pattern, what] of MARKUP) {
		const found = pattern.exec(text);
		if (found) {
			problems.push(`looks like ${what} (${excerpt(found[0].trim())}); narratives are plain text`);
		}
	}

	const paragraph = parseNarrative(text)[0];
	const cited = paragraph.inlines.flatMap((i) => (i.kind === 'cite' ? i.ids : []));
	const refs = paragraph.inlines.flatMap((i) => (i.kind === 'cite' ? i.refs : []));
	for (const inline of paragraph.inlines) {
		if (inline.kind === 'text') {
			const bracket = /[[\]]/.exec(inline.text);
			if (bracket) {
				problems.push(
					`stray "${bracket[0]}" in ${excerpt(inline.text.trim())}: square brackets are only for citations such as [p14] or [@un-s-1997-510]`
				);
			}
			const quote = /[“”]/.exec(inline.text);
			if (quote) {
				problems.push(`unmatched quotation mark "${quote[0]}" in ${excerpt(inline.text.trim())}`);
			}
		} else if (inline.kind === 'cite') {
			for (const id of inline.ids) {
				if (!blocks.has(id)) problems.push(`cites "${id}", which is not a block of the source`);
			}
			for (const ref of inline.refs) {
				if (!referenceIds.has(ref))
					problems.push(
						`cites reference "@${ref}", which is not in src/lib/content/references.json`
					);
			}
		}
	}
	if (paragraph.kind === 'note' && paragraph.inlines.length === 0) {
		problems.push('the note is empty');
	}
	if (paragraph.kind === 'statement' && cited.length === 0) {
		problems.push('cites no source block; every statement needs one, e.g. [p14]');
	}
	problems.push(...dateProblems(paragraph, cited, refs, blocks));

	// Curly quotes are reserved for the source's own words, so each must be found in what the
	// paragraph cites; a note that quotes without citing cannot be checked and is an error too.
	// Each block once: a paragraph may cite a block twice, and the message lists them.
	const known = [...new Set(cited.filter((id) => blocks.has(id)))];
	for (const inline of paragraph.inlines) {
		if (inline.kind !== 'quote') continue;
		const quoted = squash(inline.text).trim();
		if (!quoted) {
			problems.push('empty quotation “”');
		} else if (cited.length === 0) {
			problems.push(`quotation “${inline.text}” cites no block to check it against`);
		} else if (
			known.length > 0 &&
			!known.some((id) => blockTexts(blocks.get(id)!).some((t) => squash(t).includes(quoted)))
		) {
			problems.push(
				`quotation “${inline.text}” does not appear verbatim in ${known.length === 1 ? '' : 'any of '}${known.join(', ')}`
			);
		}
	}
	return problems;
}

/**
 * The years a paragraph states in its own words: those in its text runs. Years inside a quotation
 * are the source's words and are checked with the quotation itself.
 */
export function statedYears(paragraph: NarrativeParagraph): string[] {
	const years = paragraph.inlines.flatMap((i) =>
		i.kind === 'text' ? [...i.text.matchAll(YEAR)].map((m) => m[0]) : []
	);
	return [...new Set(years)];
}

/**
 * The date rule: every year a paragraph states must rest on something a reader can
 * check. A statement's year must appear in the text of a block it cites, unless it also cites a
 * public reference; a note's year, being the atlas's own correction or addition, needs a reference.
 */
function dateProblems(
	paragraph: NarrativeParagraph,
	cited: string[],
	refs: string[],
	blocks: Map<string, SourceBlock>
): string[] {
	const years = statedYears(paragraph);
	if (years.length === 0 || refs.length > 0) return [];
	if (paragraph.kind === 'note') {
		return [
			`the note states ${years.join(', ')} but cites no reference; cite the one the date rests on, e.g. [@un-s-1997-510]`
		];
	}
	const texts = cited.flatMap((id) => (blocks.has(id) ? blockTexts(blocks.get(id)!) : []));
	return years
		.filter((year) => !texts.some((t) => t.includes(year)))
		.map(
			(year) =>
				`states ${year}, which is in no block it cites (${cited.join(', ') || 'none'}); cite the block that gives the year or a reference, e.g. [@un-s-1997-510]`
		);
}

/**
 * The problems of one narrative file's text, each as `<file>: paragraph N: <reason>` (or
 * `<file>: the narrative is empty`). Used for place narratives here and for event narratives by
 * `checkEventNarratives` in `checks-events.ts`.
 * @param referenceIds the ids of `src/lib/content/references.json`
 */
export function narrativeTextProblems(
	file: string,
	text: string,
	source: SourceDocument,
	referenceIds: Iterable<string>
): string[] {
	const blocks = blockMap(source);
	const refs = new Set(referenceIds);
	const paragraphs = paragraphTexts(text);
	if (paragraphs.length === 0) return [`${file}: the narrative is empty`];
	return paragraphs.flatMap((p, i) =>
		paragraphProblems(p, blocks, refs).map((problem) => `${file}: paragraph ${i + 1}: ${problem}`)
	);
}

/** Block id → block, over every section of the source. */
function blockMap(source: SourceDocument): Map<string, SourceBlock> {
	return new Map(source.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
}

/**
 * Checks every narrative against the source and the gazetteer. Returns one message per problem,
 * `src/lib/content/narratives/<slug>.md: paragraph N: <reason>` (or without the paragraph for
 * problems of the whole file), sorted by file; an empty list means all is well.
 *
 * Caught: a place without a narrative; a narrative for no place; an empty narrative; markup
 * (`<` followed by a letter, Markdown links, headings, emphasis, code, HTML entities); stray
 * square brackets or unmatched curly quotes; a citation of an unknown block; a statement without
 * a citation; a quotation that is empty, uncited, or not verbatim in any block its paragraph cites;
 * a citation of a reference that `referenceIds` does not hold; a year that no citation supports
 * (see `dateProblems`).
 * @param referenceIds ids of `src/lib/content/references.json`; without them every `[@…]`
 *   citation is reported as unknown
 */
export function validateNarratives(
	narratives: Record<string, string>,
	source: SourceDocument,
	placeSlugs: string[],
	referenceIds: Iterable<string> = []
): string[] {
	const places = new Set(placeSlugs);
	const refs = [...referenceIds];
	const slugs = [...new Set([...Object.keys(narratives), ...placeSlugs])].sort();
	const errors: string[] = [];
	for (const slug of slugs) {
		const file = narrativeFile(slug);
		if (!Object.hasOwn(narratives, slug)) {
			errors.push(`${file}: missing: the place "${slug}" has no narrative`);
			continue;
		}
		if (!places.has(slug)) errors.push(`${file}: "${slug}" is not the slug of any place`);
		errors.push(...narrativeTextProblems(file, narratives[slug], source, refs));
	}
	return errors;
}

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits source text into runs, making every occurrence of a place name a `place` run. Names
 * match case-sensitively and as whole words (no letter or digit on either side, so "Tajikistan's"
 * links "Tajikistan" but "Tajikistani" would not); where names overlap the longest wins
 * ("border with Afghanistan" over "Afghanistan"). Adjacent text is never split needlessly.
 */
export function placeLinks(text: string, names: { name: string; slug: string }[]): PlaceRun[] {
	const slugOf = new Map<string, string>();
	for (const { name, slug } of names) if (name && !slugOf.has(name)) slugOf.set(name, slug);
	if (!text) return [];
	if (slugOf.size === 0) return [{ kind: 'text', text }];

	// An alternation tries its branches in order, so sorting longest first makes the longest
	// name win at any one position.
	const alternatives = [...slugOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	const runs: PlaceRun[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
		runs.push({ kind: 'place', text: match[0], slug: slugOf.get(match[0])! });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
	return runs;
}
