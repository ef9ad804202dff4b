/**
 * The route pages in Russian and Tajik: their headings and labels are in the page's language
 * and dates are written that language's way, on the prerendered pages (no script needed).
 */
import { expect, test } from './fixtures';

type Other = 'ru' | 'tg';

/** What each language calls the things the pages label, and how it writes 27 February 2003. */
const WORDS: Record<Other, { date: string; words: Record<string, string[]> }> = {
	ru: {
		date: '27 февраля 2003',
		words: {
			'/place/kulyab': ['Здесь на карте', 'Расстояния', 'До Душанбе', 'Также известно как'],
			'/event/osce-field-office-kulyab': ['Когда', 'Где', 'Источники'],
			'/story/russias-bases': ['Глава'],
			'/chronology': ['Хронология'],
			'/about': ['Люди', 'Ссылки'],
			'/source': ['Текст источника', 'Происхождение']
		}
	},
	tg: {
		date: '27 феврали соли 2003',
		words: {
			'/place/kulyab': ['Дар ин ҷо дар харита', 'Масофаҳо', 'То Душанбе', 'Инчунин бо номи'],
			'/event/osce-field-office-kulyab': ['Кай', 'Манбаъҳо'],
			'/story/russias-bases': ['Боби'],
			'/chronology': ['Солшумор'],
			'/about': ['Одамон', 'Сарчашмаҳо'],
			'/source': ['Матни манбаъ', 'Пайдоиш']
		}
	}
};

/** Pages whose text names the OSCE's Kulyab office's opening day. */
const DATED = ['/place/kulyab', '/event/osce-field-office-kulyab', '/chronology'];

test.use({ javaScriptEnabled: false });

for (const lang of ['ru', 'tg'] as const) {
	for (const [path, words] of Object.entries(WORDS[lang].words)) {
		test(`${lang}${path}: labels in ${lang}${DATED.includes(path) ? ', dates too' : ''}`, async ({
			page
		}) => {
			await page.goto(`/${lang}${path}`);
			const main = page.locator('main');
			for (const word of words) await expect(main).toContainText(word);
			const text = await main.innerText();
			expect(text).not.toContain('undefined');
			if (DATED.includes(path)) expect(text).toContain(WORDS[lang].date);
			// The English labels these replace are gone.
			expect(text).not.toMatch(
				/\b(Sources|Chapter \d|On the map here|Every event in order|Distances|Also known as)\b/
			);
			// Every link within the atlas stays in the page's language, but the one to the English
			// a translation is made from (marked with its language).
			const paths = await main
				.locator('a[href^="/"]:not([hreflang])')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
			expect(paths.length).toBeGreaterThan(0);
			expect(paths.filter((p) => !new RegExp(`^/${lang}([/?#]|$)`).test(p))).toEqual([]);
		});
	}
}
