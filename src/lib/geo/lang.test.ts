import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './dates';
import { formatNumber, pluralForm } from './lang';
import { formatRange } from './time';

describe('dates in Russian and Tajik', () => {
	it.each([
		['2003-02-27', '27 февраля 2003 года', '27 феврали соли 2003'],
		['1997-06', 'июнь 1997 года', 'июни соли 1997'],
		['1994', '1994', '1994'],
		['2000-05-15', '15 мая 2000 года', '15 майи соли 2000'],
		['[..2000]', 'не позднее 2000 года', 'то соли 2000'],
		['[..2000-05]', 'не позднее мая 2000 года', 'то майи соли 2000']
	])('%s: %s, %s', (date, ru, tg) => {
		expect(formatDate(date, 'ru')).toBe(ru);
		expect(formatDate(date, 'tg')).toBe(tg);
	});

	it('writes ranges and a year known alone', () => {
		expect(formatDateRange('1994-12', '2000-05', 'ru')).toBe('декабрь 1994 года – май 2000 года');
		expect(formatDateRange('2011', undefined, 'tg')).toBe('2011 (танҳо сол маълум аст)');
		expect(formatDateRange('2011', undefined, 'en')).toBe('2011 (year only)');
		expect(formatRange({ from: 1994, to: 2017 }, 'ru')).toBe('вся история');
		expect(formatRange({ from: 1997, to: 1999 }, 'tg')).toBe('1997–1999');
	});

	it('writes every date of the layers in each language, in its own letters', () => {
		const dates = ['bases', 'osce', 'clashes', 'peace'].flatMap((l) =>
			JSON.parse(readFileSync(`static/geo/layers/${l}.geojson`, 'utf8')).features.flatMap(
				(f: { properties: { start: string; end?: string } }) =>
					[f.properties.start, f.properties.end].filter(Boolean) as string[]
			)
		);
		expect(dates.length).toBeGreaterThan(30);
		for (const d of dates) {
			for (const lang of ['ru', 'tg'] as const) {
				const out = formatDateRange(d, undefined, lang);
				expect(out, d).not.toMatch(/undefined|[A-Za-z]/);
				expect(out, d).toContain(d.replace(/^\[\.\./, '').slice(0, 4));
			}
		}
	});
});

describe('plural forms', () => {
	it.each([
		[1, 'one'],
		[2, 'few'],
		[4, 'few'],
		[5, 'many'],
		[11, 'many'],
		[12, 'many'],
		[21, 'one'],
		[22, 'few'],
		[111, 'many'],
		[0, 'many']
	])('Russian %i is %s', (n, form) => expect(pluralForm('ru', n)).toBe(form));

	it('Tajik keeps one form after every number, English two', () => {
		expect([1, 2, 5, 21].map((n) => pluralForm('tg', n))).toEqual([
			'other',
			'other',
			'other',
			'other'
		]);
		expect([1, 2].map((n) => pluralForm('en', n))).toEqual(['one', 'other']);
	});
});

describe('numbers', () => {
	it('group thousands and mark decimals as each language does', () => {
		expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
		expect(formatNumber('ru', 1234.5, 1)).toBe('1\u00a0234,5');
		expect(formatNumber('tg', 111)).toBe('111');
	});
});
