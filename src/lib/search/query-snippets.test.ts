/**
 * The line under a search result, on made-up passages whose words are all known: the matched
 * words marked, a short text whole, a long one cut at word boundaries to about a line with the
 * first matched word in its first third, and ellipses only where something was cut.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { INDEX_OPTIONS, type HitKind, type SearchDoc } from './options';
import { search, type SnippetPart } from './query';

const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

const TEXTS: Record<string, string> = {
	short: 'The town of Garm lies in the Rasht valley, Garm again.',
	middle: `${words('alpha', 30)} Tavildara ${words('omega', 30)}`,
	early: `Leninabad ${words('beta', 40)}`,
	late: `${words('gamma', 40)} Shaartuz`,
	noted: words('delta', 40)
};

function index() {
	const docs: SearchDoc[] = Object.entries(TEXTS).map(([id, text]) => ({
		id: `passage:${id}`,
		kind: 'passage',
		title: 'Section',
		href: `/source#${id}`,
		snippet: text,
		names: [],
		text,
		note: id === 'noted' ? 'About Kofarnihon.' : undefined
	}));
	const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
	index.addAll(docs);
	return index;
}

const snippetOf = (query: string, id: string): SnippetPart[] =>
	search(index(), query).hits.find((h) => h.id === `passage:${id}`)!.snippet;
const joined = (parts: SnippetPart[]) => parts.map((p) => p.text).join('');

describe('snippets', () => {
	it('show a short text whole, each matched word marked, the rest in runs between them', () => {
		expect(snippetOf('Garm', 'short')).toEqual([
			{ text: 'The town of ', hit: false },
			{ text: 'Garm', hit: true },
			{ text: ' lies in the Rasht valley, ', hit: false },
			{ text: 'Garm', hit: true },
			{ text: ' again.', hit: false }
		]);
	});

	it('cut a long text to about a line around the first matched word, at word boundaries', () => {
		const parts = snippetOf('Tavildara', 'middle');
		const text = joined(parts);
		expect(text.startsWith('… alpha ')).toBe(true);
		expect(text.endsWith(' omega …')).toBe(true);
		const inner = text.slice(2, -2);
		expect(inner.length).toBeLessThanOrEqual(140);
		expect(inner.length).toBeGreaterThan(140 - 'omega '.length);
		expect(TEXTS.middle).toContain(inner);
		// The matched word within the first third of the line, give or take a word.
		const before = inner.indexOf('Tavildara');
		expect(before).toBeLessThanOrEqual(140 / 3);
		expect(before).toBeGreaterThan(140 / 3 - 'alpha '.length);
		expect(parts.filter((p) => p.hit)).toEqual([{ text: 'Tavildara', hit: true }]);
	});

	it('keep the start of a long text when the match is near it, cut only its end', () => {
		const text = joined(snippetOf('Leninabad', 'early'));
		expect(text.startsWith('Leninabad beta')).toBe(true);
		expect(text.endsWith(' beta …')).toBe(true);
		expect(text.length).toBeLessThanOrEqual(140 + 2);
	});

	it('keep the end of a long text when the match is near it, cut only its start', () => {
		const text = joined(snippetOf('Shaartuz', 'late'));
		expect(text.startsWith('… gamma ')).toBe(true);
		expect(text.endsWith('gamma Shaartuz')).toBe(true);
		expect(TEXTS.late.endsWith(text.slice(2))).toBe(true);
	});

	it('show the start of a long text that matched only in its notes', () => {
		const text = joined(snippetOf('Kofarnihon', 'noted'));
		expect(text.startsWith('delta delta')).toBe(true);
		expect(text.endsWith(' delta …')).toBe(true);
		expect(text.length).toBeLessThanOrEqual(140 + 2);
	});
});

describe('matching a query', () => {
	const docs: [string, HitKind, string][] = [
		['garm', 'place', 'Garm'],
		['nurek', 'place', 'Nurek'],
		['tan', 'passage', 'Tan'],
		['ceasefire', 'event', 'Ceasefire'],
		['nuri', 'person', 'Nuri']
	];
	function small(options = INDEX_OPTIONS) {
		const index = new MiniSearch<SearchDoc>(options);
		index.addAll(
			docs.map(([id, kind, name]) => ({
				id: `${kind}:${id}`,
				kind,
				title: name,
				href: `/${id}`,
				snippet: name,
				names: kind === 'place' || kind === 'person' ? [name] : [],
				text: name
			}))
		);
		return index;
	}
	const first = (query: string) => search(small(), query).hits[0]?.id ?? null;

	it.each([
		['Garm', 'place:garm'],
		['Ga', 'place:garm'],
		['G', null],
		['Gbrm', 'place:garm'],
		['Gbbm', null],
		['Nbrek', 'place:nurek'],
		['Nbrbk', null],
		['Tan', 'passage:tan'],
		['Tbn', null],
		['Garm zzzzqq', 'place:garm']
	])('%s finds %s', (query, id) => {
		expect(first(query)).toBe(id);
	});

	it('labels the groups, as the module defines them now', async () => {
		vi.resetModules();
		const [options, query] = await Promise.all([import('./options'), import('./query')]);
		const { groups } = query.search(small(options.INDEX_OPTIONS), 'Garm Nurek Tan Ceasefire Nuri');
		expect(groups.map((g) => g.label).sort()).toEqual(
			['Events', 'People', 'Places', 'Source passages'].sort()
		);
	});
});
