/**
 * The committed texts as pages read them: a place's narrative, an event's and a chapter's, each
 * parsed from its own file; and a loud failure, naming the file it looked for, for an id that
 * has none, rather than an empty page.
 */
import { describe, expect, it } from 'vitest';
import { parseNarrative } from './narrative';
import {
	chapterTextOf,
	chapterTexts,
	eventNarrativeOf,
	eventNarratives,
	narrativeOf,
	narratives
} from './narratives';

const READERS = [
	['place', narrativeOf, narratives, 'kulyab', 'garm', 'src/lib/content/narratives'],
	[
		'event',
		eventNarrativeOf,
		eventNarratives,
		'ceasefire-1994',
		'unmot-1994-2000',
		'src/lib/content/events'
	],
	[
		'chapter',
		chapterTextOf,
		chapterTexts,
		'the-accord-of-1997',
		'the-war-and-the-talks',
		'src/lib/content/chapters'
	]
] as const;

describe.each(READERS)('the %s texts', (_, read, texts, id, other, dir) => {
	it('parse from their own file', () => {
		expect(texts[id]).toBeTruthy();
		expect(read(id)).toEqual(parseNarrative(texts[id]));
		expect(read(id).length).toBeGreaterThan(0);
	});

	it('are parsed once and shared, each id its own', () => {
		expect(read(id)).toBe(read(id));
		expect(read(other)).toEqual(parseNarrative(texts[other]));
		expect(read(other)).not.toEqual(read(id));
	});

	it.each(['no-such-text', 'constructor', 'toString'])(
		'refuse an id without a file (%s), naming the file',
		(missing) => {
			expect(() => read(missing)).toThrow(`no narrative for "${missing}" (${dir}/${missing}.md)`);
		}
	);
});

describe('the three kinds of text', () => {
	it('are kept apart: one id read as a place, an event and a chapter gives three texts', () => {
		const [place, event, chapter] = READERS.map(([, read, , id]) => read(id));
		expect(place).not.toEqual(event);
		expect(event).not.toEqual(chapter);
		expect(place).not.toEqual(chapter);
	});

	it('do not mix an id of one kind into another', () => {
		expect(narrativeOf('kulyab')).toBeTruthy();
		expect(() => eventNarrativeOf('kulyab')).toThrow('src/lib/content/events/kulyab.md');
		expect(() => chapterTextOf('kulyab')).toThrow('src/lib/content/chapters/kulyab.md');
	});
});
