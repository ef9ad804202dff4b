import { describe, expect, it } from 'vitest';
import {
	translationProblems,
	type EnglishContent,
	type TranslationFiles
} from './translation-checks';

const english: EnglishContent = {
	narratives: {
		kulyab:
			'Kulyab is a city [p14]. It had an office from 2003 [p17, p18].\n\nNote: The source says “some 200 km” [p17].'
	},
	events: {},
	chapters: {},
	about: '## How\n\nText.\n\n## Why\n\nMore.',
	places: { kulyab: { summary: 'A city of 2003.' } },
	eventRecords: {},
	chapterRecords: {},
	people: {}
};

const good: TranslationFiles = {
	narratives: {
		kulyab:
			'Куляб — город [p14]. Офис там был с 2003 года [p17, p18].\n\nNote: Источник говорит «около 200 км» [p17].'
	},
	events: {},
	chapters: {},
	about: '## Как\n\nТекст.\n\n## Зачем\n\nЕщё.',
	places: { kulyab: { summary: 'Город 2003 года.' } },
	eventRecords: {},
	chapterRecords: {},
	people: {}
};

const problems = (t: Partial<TranslationFiles>) =>
	translationProblems('ru', english, { ...good, ...t }).map((p) => `${p.file}: ${p.reason}`);

describe('translationProblems', () => {
	it('passes a faithful translation', () => {
		expect(problems({})).toEqual([]);
	});

	it('names a missing text, an extra one and a missing record field', () => {
		expect(
			problems({ narratives: { dushanbe: 'Душанбе [p13].' }, places: { kulyab: {} } })
		).toEqual([
			'ru/narratives/kulyab.md: is missing',
			'ru/narratives/dushanbe.md: translates nothing: there is no English dushanbe.md',
			'ru/places.json: "kulyab" has no summary'
		]);
	});

	it('finds a lost paragraph, a note made a statement, a changed citation, a lost quotation and a changed year', () => {
		expect(problems({ narratives: { kulyab: 'Куляб [p14].' } })).toEqual([
			'ru/narratives/kulyab.md: has 1 paragraphs, the English 2'
		]);
		expect(
			problems({
				narratives: {
					kulyab: 'Куляб — город [p14]. Офис с 2004 года [p17].\n\nИсточник: около 200 км [p17].'
				}
			})
		).toEqual([
			'ru/narratives/kulyab.md: paragraph 1 cites [p14] [p17], the English [p14] [p17, p18]',
			'ru/narratives/kulyab.md: paragraph 1 has the years [2004], the English [2003]',
			'ru/narratives/kulyab.md: paragraph 2 is not a note, unlike the English',
			'ru/narratives/kulyab.md: paragraph 2 has 0 quotations «…», the English 1'
		]);
	});

	it('keeps “ ” for the English source alone, and checks the about page and records', () => {
		expect(problems({ narratives: { kulyab: 'Куляб “город” [p14].' } })[0]).toMatch(/has “ or ”/);
		expect(problems({ about: '## Как\n\nТекст.' })).toEqual([
			'ru/about.md: has 1 "## " sections, the English 2'
		]);
		expect(
			problems({ places: { kulyab: { summary: 'Город.', note: 'x' }, garm: { summary: 'Г' } } })
		).toEqual([
			'ru/places.json: "kulyab".summary has the years [], the English [2003]',
			'ru/places.json: "kulyab".note translates nothing: the English has none',
			'ru/places.json: "garm" translates nothing: the English has no such record'
		]);
	});
});
