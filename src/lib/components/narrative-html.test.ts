import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, narrativeHtml } from './narrative-html';
import { parseNarrative } from '../content/narrative';

const TO = { source: '/source', references: '/about' };

describe('escaping', () => {
	it.each([
		['<b>', '&lt;b>', '&lt;b>'],
		['a & b', 'a &amp; b', 'a &amp; b'],
		['&lt;', '&amp;lt;', '&amp;lt;'],
		['say "hi"', 'say "hi"', 'say &quot;hi&quot;'],
		['plain', 'plain', 'plain']
	])('%s', (raw, text, attribute) => {
		expect(escapeText(raw)).toBe(text);
		expect(escapeAttribute(raw)).toBe(attribute);
	});
});

describe('narrativeHtml', () => {
	it('a statement with a quotation and a citation of two paragraphs', () => {
		expect(narrativeHtml(parseNarrative('It says “in Moscow” [p1, p2].'), {}, TO)).toBe(
			'<p>It says <q>in Moscow</q> <sup class="cite"><span aria-hidden="true">[</span>' +
				'<a href="/source#p1"><span class="visually-hidden">source paragraph\u00a0</span>p1</a>' +
				'<span aria-hidden="true">,\u00a0</span>' +
				'<a href="/source#p2"><span class="visually-hidden">source paragraph\u00a0</span>p2</a>' +
				'<span aria-hidden="true">]</span></sup>.</p>'
		);
	});

	it('a note citing a paragraph and a reference, numbered and titled from the index', () => {
		const html = narrativeHtml(
			parseNarrative('Note: Signed [p4, @un-1997].'),
			{ 'un-1997': { n: 7, title: 'The "General" Agreement & protocol' } },
			{ source: '../source', references: '../about' }
		);
		expect(html).toBe(
			'<aside class="note" aria-label="Editorial note"><strong>Editorial note:</strong> Signed ' +
				'<sup class="cite"><span aria-hidden="true">[</span>' +
				'<a href="../source#p4"><span class="visually-hidden">source paragraph\u00a0</span>p4</a>' +
				'<span aria-hidden="true">,\u00a0</span>' +
				'<a href="../about#ref-un-1997" title="The &quot;General&quot; Agreement &amp; protocol">' +
				'<span class="visually-hidden">reference\u00a0</span>r7</a>' +
				'<span aria-hidden="true">]</span></sup>.</aside>'
		);
	});

	it('a reference missing from the index keeps its id as the title', () => {
		const html = narrativeHtml(parseNarrative('A [@x-1].'), {}, TO);
		expect(html).toContain('<a href="/about#ref-x-1" title="x-1">');
		expect(html).toContain('r0</a>');
	});

	it('one element per paragraph, in order', () => {
		const html = narrativeHtml(parseNarrative('One [p1].\n\nNote: Two.\n\nThree [p2].'), {}, TO);
		expect(html.match(/<(p|aside)\b/g)).toEqual(['<p', '<aside', '<p']);
	});

	it('markup in the text stays text, in runs and in quotations', () => {
		const html = narrativeHtml(
			parseNarrative('<img src=x onerror="alert(1)"> “<script>alert(1)</script>” [p1]'),
			{},
			TO
		);
		expect(html).not.toMatch(/<img|<script/);
		expect(html).toContain('&lt;img src=x onerror="alert(1)">');
		expect(html).toContain('<q>&lt;script>alert(1)&lt;/script></q>');
	});
});
