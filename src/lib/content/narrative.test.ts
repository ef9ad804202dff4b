import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';

// Components and links read the page's language from its URL ($app/state), as when prerendered.
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/') } }));
import Narrative from '../components/Narrative.svelte';
import {
	parseNarrative,
	placeLinks,
	validateNarratives,
	type Inline,
	type NarrativeParagraph
} from './narrative';
import { narrativeOf, narratives } from './narratives';
import type { SourceDocument } from './types';
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlaceProperties } from '../geo/schema';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** A small source with each kind of block; p2's text has the source's stray double space. */
const SOURCE: SourceDocument = {
	title: 'Test',
	provenance: 'Made for the tests.',
	sections: [
		{
			id: 'one',
			heading: 'One',
			blocks: [
				{ kind: 'paragraph', id: 'p1', text: 'The accord was signed in Moscow in June 1997.' },
				{ kind: 'paragraph', id: 'p2', text: "Russia's border  guard stayed in Tajikistan." },
				{ kind: 'list', id: 'p3', items: ['Resettlement of refugees', 'A coalition government'] },
				{ kind: 'caption', id: 'p4', text: 'OSCE Office in Tajikistan, Dushanbe', credit: 'OSCE' }
			]
		}
	],
	notes: []
};

const FILE = 'src/lib/content/narratives/moscow.md';

/** Reference ids the tests' narratives may cite as [@…]. */
const REFS = ['un-s-1997-510', 'hrw-1999'];

/** Validates one narrative for the place "moscow", the only place. */
function check(text: string): string[] {
	return validateNarratives({ moscow: text }, SOURCE, ['moscow'], REFS);
}

describe('parseNarrative', () => {
	it.each<[string, string, NarrativeParagraph[]]>([
		[
			'a statement with a citation',
			'Signed in Moscow [p1].',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'Signed in Moscow ' },
						{ kind: 'cite', ids: ['p1'], refs: [] },
						{ kind: 'text', text: '.' }
					]
				}
			]
		],
		[
			'a quotation and a multi-block citation',
			'The source says “in Moscow” [p1, p2]',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'The source says ' },
						{ kind: 'quote', text: 'in Moscow' },
						{ kind: 'text', text: ' ' },
						{ kind: 'cite', ids: ['p1', 'p2'], refs: [] }
					]
				}
			]
		],
		[
			'a note loses its prefix; lines of a paragraph are joined, blank lines split',
			'One [p1].\r\n\r\nNote: Two\nlines (Ref, 2001).\n\n\n',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'One ' },
						{ kind: 'cite', ids: ['p1'], refs: [] },
						{ kind: 'text', text: '.' }
					]
				},
				{ kind: 'note', inlines: [{ kind: 'text', text: 'Two lines (Ref, 2001).' }] }
			]
		],
		[
			'"Note:" only counts at the start of a paragraph',
			'See the Note: here [p1]',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'See the Note: here ' },
						{ kind: 'cite', ids: ['p1'], refs: [] }
					]
				}
			]
		],
		[
			'a citation mixing blocks and references keeps each in order',
			'Lifted [p1, @hrw-1999, p2, @un-s-1997-510].',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'Lifted ' },
						{ kind: 'cite', ids: ['p1', 'p2'], refs: ['hrw-1999', 'un-s-1997-510'] },
						{ kind: 'text', text: '.' }
					]
				}
			]
		],
		[
			'a citation of a reference alone',
			'Note: Signed 27 June 1997 [@un-s-1997-510].',
			[
				{
					kind: 'note',
					inlines: [
						{ kind: 'text', text: 'Signed 27 June 1997 ' },
						{ kind: 'cite', ids: [], refs: ['un-s-1997-510'] },
						{ kind: 'text', text: '.' }
					]
				}
			]
		],
		[
			'an "@" that is not a reference id stays text',
			'Mail [@Not An Id] [p1]',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'Mail [@Not An Id] ' },
						{ kind: 'cite', ids: ['p1'], refs: [] }
					]
				}
			]
		],
		[
			'brackets that are not block ids stay text',
			'It was [sic] wrong.',
			[{ kind: 'statement', inlines: [{ kind: 'text', text: 'It was [sic] wrong.' }] }]
		],
		[
			'an unmatched quotation mark stays text',
			'An “open quote [p1]',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: 'An “open quote ' },
						{ kind: 'cite', ids: ['p1'], refs: [] }
					]
				}
			]
		],
		[
			'a script tag comes out as plain text, not dropped',
			'<script>alert(1)</script> [p1]',
			[
				{
					kind: 'statement',
					inlines: [
						{ kind: 'text', text: '<script>alert(1)</script> ' },
						{ kind: 'cite', ids: ['p1'], refs: [] }
					]
				}
			]
		],
		[
			'an img tag in a note comes out as plain text',
			'Note: <img src=x onerror="alert(1)">',
			[{ kind: 'note', inlines: [{ kind: 'text', text: '<img src=x onerror="alert(1)">' }] }]
		],
		['an empty file has no paragraphs', '\n \n\t\n', []]
	])('%s', (_, markdown, expected) => {
		expect(parseNarrative(markdown)).toEqual(expected);
	});

	it('keeps every character of the paragraph text', () => {
		const text = 'A “b” [p1, p2] <i>c</i> [sic] d [p3, @hrw-1999]';
		const [paragraph] = parseNarrative(text);
		const rebuilt = paragraph.inlines
			.map((i) =>
				i.kind === 'text'
					? i.text
					: i.kind === 'quote'
						? `“${i.text}”`
						: `[${[...i.ids, ...i.refs.map((r) => `@${r}`)].join(', ')}]`
			)
			.join('');
		expect(rebuilt).toBe(text);
	});
});

describe('validateNarratives', () => {
	it.each([
		['a statement with a citation', 'Signed in Moscow [p1].'],
		['a citation of a list', 'Refugees came home [p3].'],
		['a citation of a caption', 'The office is in Dushanbe [p4].'],
		['a verbatim quotation', 'It says “signed in Moscow” [p1].'],
		['a quotation from a list item', 'It names “Resettlement of refugees” [p3].'],
		['a quotation from a caption', 'It reads “OSCE Office in Tajikistan” [p4].'],
		['a quotation found in the second cited block', 'It says “border guard stayed” [p1, p2].'],
		['a quotation wrapped over two lines', 'It says “signed\nin Moscow” [p1].'],
		['a straight apostrophe as the source writes it', "It says “Russia's border” [p2]."],
		['a note without a year and without a citation', 'Signed [p1].\n\nNote: The day is not known.'],
		[
			'a dated note that cites a reference',
			'Signed [p1].\n\nNote: On 27 June 1997 [@un-s-1997-510].'
		],
		['a year the cited block gives', 'Signed in June 1997 [p1].'],
		['a year beyond the source, with a reference', 'Banned until 1999 [p2, @hrw-1999].'],
		['a year only inside a quotation', 'It says “in June 1997” [p1].'],
		['a number that is not a year', 'Document S/1997/510 has 12345 words [p1].'],
		['a note with a checked quotation', 'Signed [p1].\n\nNote: “in June 1997” is vague [p1].'],
		['plain punctuation that is not markup', 'One < two, 3 * 4 and a-b [p1].']
	])('accepts %s', (_, text) => {
		expect(check(text)).toEqual([]);
	});

	it.each([
		[
			'an unknown block',
			'Signed [p99].',
			`${FILE}: paragraph 1: cites "p99", which is not a block`
		],
		[
			'one unknown block among known ones',
			'Signed [p1, p27].',
			`${FILE}: paragraph 1: cites "p27", which is not a block`
		],
		[
			'a statement without a citation',
			'Signed [p1].\n\nSigned again.',
			`${FILE}: paragraph 2: cites no source block`
		],
		[
			'a quotation that is not in the cited block',
			'It says “signed in Dushanbe” [p1].',
			`${FILE}: paragraph 1: quotation “signed in Dushanbe” does not appear verbatim in p1`
		],
		[
			'a quotation that is in the source but not in the cited blocks',
			'It says “Resettlement of refugees” [p1, p2].',
			'does not appear verbatim in any of p1, p2'
		],
		[
			'a quotation with a typographic apostrophe where the source has a straight one',
			'It says “Russia’s border” [p2].',
			'quotation “Russia’s border” does not appear verbatim in p2'
		],
		[
			'a quotation that differs in case',
			'It says “Signed in Moscow” [p1].',
			'does not appear verbatim in p1'
		],
		[
			'a quotation in a note that cites nothing',
			'Signed [p1].\n\nNote: “in June 1997” is vague.',
			`${FILE}: paragraph 2: quotation “in June 1997” cites no block`
		],
		['an empty quotation', 'It says “” [p1].', 'empty quotation'],
		['an unmatched quotation mark', 'It says “signed [p1].', 'unmatched quotation mark "“"'],
		['a stray bracket', 'It was [sic] signed [p1].', 'stray "["'],
		['an empty note', 'Signed [p1].\n\nNote: ', `${FILE}: paragraph 2: the note is empty`],
		[
			'a script tag',
			'<script>alert(1)</script> Signed [p1].',
			`${FILE}: paragraph 1: looks like HTML-like markup ("<script>")`
		],
		[
			'an img tag with onerror',
			'Signed [p1]. <img src=x onerror="alert(1)">',
			'looks like HTML-like markup ("<img src=x onerror=\\"alert(1)\\">")'
		],
		['a closing tag', 'Signed </p> [p1].', 'looks like HTML-like markup'],
		['a Markdown link', 'See [the UN](https://un.org) [p1].', 'looks like a Markdown link'],
		['a Markdown image', 'See ![map](map.png) [p1].', 'looks like a Markdown link'],
		['a Markdown heading', '## Moscow\n\nSigned [p1].', 'looks like a Markdown heading'],
		['Markdown emphasis with stars', 'Signed **in Moscow** [p1].', 'looks like Markdown emphasis'],
		[
			'Markdown emphasis with underscores',
			'Signed _in Moscow_ [p1].',
			'looks like Markdown emphasis'
		],
		['Markdown code', 'Signed `here` [p1].', 'looks like Markdown code'],
		['an HTML entity', 'Signed &amp; sealed [p1].', 'looks like an HTML entity'],
		['an empty narrative', '\n\n', `${FILE}: the narrative is empty`],
		[
			'an unknown reference',
			'Signed [p1, @nope].',
			`${FILE}: paragraph 1: cites reference "@nope", which is not in src/lib/content/references.json`
		],
		[
			'a statement with a year in no cited block and no reference',
			'Banned until 1999 [p2].',
			`${FILE}: paragraph 1: states 1999, which is in no block it cites (p2)`
		],
		[
			'a dated note that cites only a block',
			'Signed [p1].\n\nNote: It was 27 June 1997 [p1].',
			`${FILE}: paragraph 2: the note states 1997 but cites no reference`
		],
		[
			'a dated note that cites nothing',
			'Signed [p1].\n\nNote: The date was 27 June 1997 (UN, 1997).',
			'the note states 1997 but cites no reference'
		],
		['a statement citing only a reference', 'Signed [@hrw-1999].', 'cites no source block']
	])('reports %s', (_, text, expected) => {
		const errors = check(text);
		// Markup may break a second rule too (a link's "[" is a stray bracket, a heading cites
		// nothing); what matters is that this reason is among them and that each names the file.
		expect(errors).toContainEqual(expect.stringContaining(expected));
		for (const error of errors) expect(error.startsWith(`${FILE}: `)).toBe(true);
	});

	it('reports a place without a narrative and a narrative without a place', () => {
		expect(validateNarratives({ moscow: 'Signed [p1].' }, SOURCE, ['garm', 'moscow'])).toEqual([
			'src/lib/content/narratives/garm.md: missing: the place "garm" has no narrative'
		]);
		expect(
			validateNarratives({ moscow: 'Signed [p1].', mars: 'Far [p1].' }, SOURCE, ['moscow'])
		).toEqual(['src/lib/content/narratives/mars.md: "mars" is not the slug of any place']);
	});

	it('reports every problem of every paragraph, in order', () => {
		const text = 'No citation.\n\n<b>Bold</b> [p98].\n\nNote: “not there” [p1].';
		expect(check(text)).toEqual([
			`${FILE}: paragraph 1: cites no source block; every statement needs one, e.g. [p14]`,
			`${FILE}: paragraph 2: looks like HTML-like markup ("<b>"); narratives are plain text`,
			`${FILE}: paragraph 2: cites "p98", which is not a block of the source`,
			`${FILE}: paragraph 3: quotation “not there” does not appear verbatim in p1`
		]);
	});

	it('does not take Object.prototype members for narratives', () => {
		expect(validateNarratives({}, SOURCE, ['constructor'])).toEqual([
			'src/lib/content/narratives/constructor.md: missing: the place "constructor" has no narrative'
		]);
	});
});

describe('placeLinks', () => {
	const NAMES = [
		{ name: 'Kulyab', slug: 'kulyab' },
		{ name: 'Kulab', slug: 'kulyab' },
		{ name: 'Kurgan-Tyube', slug: 'kurgan-tyube' },
		{ name: 'Afghanistan', slug: 'afghanistan' },
		{ name: 'border with Afghanistan', slug: 'afghan-border' },
		{ name: 'Tajikistan', slug: 'tajikistan' },
		{ name: 'Dushanbe', slug: 'dushanbe' }
	];

	it.each([
		['no names in the text', 'No place here.', [{ kind: 'text', text: 'No place here.' }]],
		['an empty text', '', []],
		[
			'two spellings of one place',
			'bases (Dushanbe, Qurghonteppa and Kulab) and Kulyab',
			[
				{ kind: 'text', text: 'bases (' },
				{ kind: 'place', text: 'Dushanbe', slug: 'dushanbe' },
				{ kind: 'text', text: ', Qurghonteppa and ' },
				{ kind: 'place', text: 'Kulab', slug: 'kulyab' },
				{ kind: 'text', text: ') and ' },
				{ kind: 'place', text: 'Kulyab', slug: 'kulyab' }
			]
		],
		[
			'the longest name wins',
			'clashes near the border with Afghanistan.',
			[
				{ kind: 'text', text: 'clashes near the ' },
				{ kind: 'place', text: 'border with Afghanistan', slug: 'afghan-border' },
				{ kind: 'text', text: '.' }
			]
		],
		[
			'a hyphenated name, and a name at both ends',
			'Kurgan-Tyube and Tajikistan',
			[
				{ kind: 'place', text: 'Kurgan-Tyube', slug: 'kurgan-tyube' },
				{ kind: 'text', text: ' and ' },
				{ kind: 'place', text: 'Tajikistan', slug: 'tajikistan' }
			]
		],
		[
			'a possessive still links the name',
			"Tajikistan's border",
			[
				{ kind: 'place', text: 'Tajikistan', slug: 'tajikistan' },
				{ kind: 'text', text: "'s border" }
			]
		],
		[
			'only whole words',
			'Tajikistani, preKulyab, Kulyab2',
			[{ kind: 'text', text: 'Tajikistani, preKulyab, Kulyab2' }]
		],
		['case as written', 'kulyab and DUSHANBE', [{ kind: 'text', text: 'kulyab and DUSHANBE' }]],
		[
			'a name with regular-expression characters is matched literally',
			'Kurgan-Tyube, KurganXTyube',
			[
				{ kind: 'place', text: 'Kurgan-Tyube', slug: 'kurgan-tyube' },
				{ kind: 'text', text: ', KurganXTyube' }
			]
		]
	])('%s', (_, text, expected) => {
		expect(placeLinks(text, NAMES)).toEqual(expected);
	});

	it('returns the text as one run when there are no names', () => {
		expect(placeLinks('Dushanbe', [])).toEqual([{ kind: 'text', text: 'Dushanbe' }]);
	});

	it('treats a name with special characters literally', () => {
		expect(placeLinks('a (b) c', [{ name: '(b)', slug: 'b' }])).toEqual([
			{ kind: 'text', text: 'a ' },
			{ kind: 'place', text: '(b)', slug: 'b' },
			{ kind: 'text', text: ' c' }
		]);
	});
});

describe('Narrative.svelte', () => {
	/** The server-rendered HTML without Svelte's hydration comments. */
	function html(markdown: string): string {
		const { body } = render(Narrative, { props: { paragraphs: parseNarrative(markdown) } });
		return body
			.replace(/<!--[^>]*-->/g, '')
			.replace(/ class="svelte-[\w-]+"/g, '')
			.replace(/ class="([^"]*?) svelte-[\w-]+"/g, ' class="$1"');
	}

	it('renders statements, quotations, citations and notes', () => {
		const out = html('It says “in Moscow” [p1, p2].\n\nNote: Signed 27 June 1997 [p4].');
		expect(out).toContain('<p>It says <q>in Moscow</q> <sup class="cite">');
		// The link's name holds its visible text: “source paragraph p1” (WCAG 2.5.3).
		expect(out).toContain(
			'<a href="/source#p1"><span class="visually-hidden">source paragraph\u00a0</span>p1</a>'
		);
		expect(out).toContain('<span aria-hidden="true">,\u00a0</span>');
		expect(out).toContain(
			'<aside class="note" aria-label="Editorial note"><strong>Editorial note:</strong> Signed 27 June 1997'
		);
	});

	it('prints markup as text, never as elements', () => {
		const out = html('<script>alert(1)</script> [p1]\n\nNote: <img src=x onerror="alert(1)">');
		expect(out).toContain('&lt;script>alert(1)&lt;/script>');
		expect(out).toContain('&lt;img src=x onerror="alert(1)">');
		expect(out).not.toMatch(/<script|<img/);
	});
});

describe('the committed narratives', () => {
	const source = JSON.parse(read('src/lib/content/source.json')) as SourceDocument;
	const places = JSON.parse(read('static/geo/places.geojson')) as FeatureCollection<
		Geometry,
		PlaceProperties
	>;
	const slugs = places.features.map((f) => f.properties.slug);
	const referenceIds = (
		JSON.parse(read('src/lib/content/references.json')) as { id: string }[]
	).map((r) => r.id);
	const onDisk = Object.fromEntries(
		readdirSync(join(ROOT, 'src/lib/content/narratives'))
			.filter((name) => name.endsWith('.md'))
			.map((name) => [name.slice(0, -3), read(`src/lib/content/narratives/${name}`)])
	);

	it('all validate against the source and the gazetteer', () => {
		expect(slugs.length).toBeGreaterThan(0);
		expect(validateNarratives(onDisk, source, slugs, referenceIds)).toEqual([]);
	});

	it('are all loaded by narratives.ts, keyed by slug', () => {
		expect(narratives).toEqual(onDisk);
	});

	it('parse into statements and notes, with citations', () => {
		const kulyab = narrativeOf('kulyab');
		expect(kulyab.map((p) => p.kind)).toEqual(['statement', 'statement', 'note', 'note']);
		expect(kulyab[0].inlines).toContainEqual({ kind: 'cite', ids: ['p17', 'p18'], refs: [] });
		expect(kulyab[2].inlines).toContainEqual({ kind: 'cite', ids: [], refs: ['wikipedia-kulob'] });
		expect(kulyab[2].inlines).toContainEqual({ kind: 'quote', text: 'some 200 km' });
	});

	it('narrativeOf throws for a slug without a narrative', () => {
		expect(() => narrativeOf('kulob')).toThrow(/no narrative for "kulob"/);
	});
});

describe('parseNarrative: lines and paragraphs', () => {
	const cite: Inline = { kind: 'cite', ids: ['p1'], refs: [] };

	it.each<[string, string, NarrativeParagraph[]]>([
		[
			'blank lines with spaces or tabs',
			'One [p1].\n \t \nTwo [p1].',
			[
				{
					kind: 'statement',
					inlines: [{ kind: 'text', text: 'One ' }, cite, { kind: 'text', text: '.' }]
				},
				{
					kind: 'statement',
					inlines: [{ kind: 'text', text: 'Two ' }, cite, { kind: 'text', text: '.' }]
				}
			]
		],
		[
			'old Mac line ends',
			'One [p1].\r\rTwo [p1].',
			[
				{
					kind: 'statement',
					inlines: [{ kind: 'text', text: 'One ' }, cite, { kind: 'text', text: '.' }]
				},
				{
					kind: 'statement',
					inlines: [{ kind: 'text', text: 'Two ' }, cite, { kind: 'text', text: '.' }]
				}
			]
		],
		[
			'indented continuation lines, joined by one space',
			'Signed\n    in Moscow [p1]',
			[{ kind: 'statement', inlines: [{ kind: 'text', text: 'Signed in Moscow ' }, cite] }]
		],
		[
			'a citation first, with no empty run before it',
			'[p1] Signed.',
			[{ kind: 'statement', inlines: [cite, { kind: 'text', text: ' Signed.' }] }]
		],
		[
			'a note’s prefix and all the space after it',
			'Note:    Checked [p1]',
			[{ kind: 'note', inlines: [{ kind: 'text', text: 'Checked ' }, cite] }]
		]
	])('%s', (_, text, paragraphs) => {
		expect(parseNarrative(text)).toEqual(paragraphs);
	});
});

describe('validateNarratives: exact messages', () => {
	const tail = 'square brackets are only for citations such as [p14] or [@un-s-1997-510]';

	it.each([
		[
			'a stray bracket in a long run, shortened',
			'It was [sic] signed in Moscow on a day nobody recorded [p1].',
			[`${FILE}: paragraph 1: stray "[" in "It was [sic] signed in Moscow on a day …": ${tail}`]
		],
		[
			'a stray bracket, its run trimmed',
			'Signed [p1] and [sic] .',
			[`${FILE}: paragraph 1: stray "[" in "and [sic] .": ${tail}`]
		],
		[
			'an unmatched quotation mark, its run trimmed',
			'Signed [p1] and ” here',
			[`${FILE}: paragraph 1: unmatched quotation mark "”" in "and ” here"`]
		],
		[
			'a heading, shown without the spaces around it',
			'Signed [p1]. ## Moscow',
			[`${FILE}: paragraph 1: looks like a Markdown heading ("##"); narratives are plain text`]
		],
		[
			'a quotation of spaces only',
			'It says “ ” [p1].',
			[`${FILE}: paragraph 1: empty quotation “”`]
		],
		[
			'a quotation that runs two words into one',
			'It says “borderguard” [p2].',
			[`${FILE}: paragraph 1: quotation “borderguard” does not appear verbatim in p2`]
		],
		[
			'a quotation in a paragraph that cites one block twice',
			'It says “border guard stayed” [p2], and “borderguard” [p2].',
			[`${FILE}: paragraph 1: quotation “borderguard” does not appear verbatim in p2`]
		],
		[
			'a quotation checked only against the known blocks it cites',
			'It says “signed in Moscow” [p1, p99].',
			[`${FILE}: paragraph 1: cites "p99", which is not a block of the source`]
		],
		[
			'a quotation citing only unknown blocks: the unknown block is the error',
			'It says “signed in Moscow” [p99].',
			[`${FILE}: paragraph 1: cites "p99", which is not a block of the source`]
		],
		[
			'a year with no cited block at all',
			'In 1997 nothing happened.',
			[
				`${FILE}: paragraph 1: cites no source block; every statement needs one, e.g. [p14]`,
				`${FILE}: paragraph 1: states 1997, which is in no block it cites (none); cite the block that gives the year or a reference, e.g. [@un-s-1997-510]`
			]
		],
		[
			'a dated note without a reference',
			'Signed [p1].\n\nNote: It was 27 June 1997 or 1998 [p1].',
			[
				`${FILE}: paragraph 2: the note states 1997, 1998 but cites no reference; cite the one the date rests on, e.g. [@un-s-1997-510]`
			]
		]
	])('%s', (_, text, errors) => {
		expect(check(text)).toEqual(errors);
	});

	it.each([
		['a quotation with a space before the closing mark', 'It says “in June 1997. ” [p1].'],
		['a note', 'Signed [p1].\n\nNote: Checked.']
	])('accepts %s', (_, text) => {
		expect(check(text)).toEqual([]);
	});

	it('reports files in slug order', () => {
		expect(validateNarratives({ b: 'x', a: 'y' }, SOURCE, ['a', 'b'], REFS)).toEqual([
			'src/lib/content/narratives/a.md: paragraph 1: cites no source block; every statement needs one, e.g. [p14]',
			'src/lib/content/narratives/b.md: paragraph 1: cites no source block; every statement needs one, e.g. [p14]'
		]);
	});
});

describe('placeLinks: names', () => {
	it('prefers the longest of names that start alike, in whatever order they come', () => {
		const names = [
			{ name: 'Kurgan', slug: 'kurgan' },
			{ name: 'Kurgan-Tyube', slug: 'kurgan-tyube' }
		];
		expect(placeLinks('to Kurgan-Tyube', names)).toEqual([
			{ kind: 'text', text: 'to ' },
			{ kind: 'place', text: 'Kurgan-Tyube', slug: 'kurgan-tyube' }
		]);
	});

	it('links a name shared by two places to the first', () => {
		const names = [
			{ name: 'Garm', slug: 'garm' },
			{ name: 'Garm', slug: 'rasht-valley' }
		];
		expect(placeLinks('Garm', names)).toEqual([{ kind: 'place', text: 'Garm', slug: 'garm' }]);
	});

	it('ignores an empty name, which would match everywhere', () => {
		const names = [
			{ name: '', slug: 'nowhere' },
			{ name: 'Garm', slug: 'garm' }
		];
		expect(placeLinks('a, Garm.', names)).toEqual([
			{ kind: 'text', text: 'a, ' },
			{ kind: 'place', text: 'Garm', slug: 'garm' },
			{ kind: 'text', text: '.' }
		]);
		expect(placeLinks('a, b', [{ name: '', slug: 'nowhere' }])).toEqual([
			{ kind: 'text', text: 'a, b' }
		]);
	});

	it('returns nothing for an empty text, names or not', () => {
		expect(placeLinks('', [])).toEqual([]);
		expect(placeLinks('', [{ name: 'Garm', slug: 'garm' }])).toEqual([]);
	});
});
