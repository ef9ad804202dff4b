/**
 * The static maps in each language: a Russian or Tajik map names the places as the live map of
 * that language does (the place's label there, else its English name) and is titled in that
 * language, for its `<title>` and the image's alternative text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	allViews,
	chapterView,
	eventView,
	homeView,
	pageView,
	placeView,
	staticMap
} from './views';

/** The names a map writes (its `<text>` elements), and its title. */
function read(svg: string): { names: string[]; title: string } {
	const names = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
	return { names, title: /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '' };
}

describe('static maps per language', () => {
	// The atlas is loaded and checked at the first call: seconds on a shared machine.
	beforeAll(() => void staticMap(homeView('en'), 'phone'), 60_000);

	it.each([
		['en', 'Kulyab', 'Map of Kulyab and its surroundings'],
		['ru', 'Куляб', 'Карта: Куляб и окрестности'],
		['tg', 'Кӯлоб', 'Харита: Кӯлоб ва атрофи он']
	] as const)('names Kulyab in %s, in its title too', (lang, name, title) => {
		const view = placeView('kulyab', lang)!;
		expect(view.lang).toBe(lang);
		expect(view.title).toBe(title);
		for (const size of ['wide', 'phone'] as const) {
			const svg = read(staticMap(view, size));
			expect(svg.names).toContain(name);
			expect(svg.title).toBe(title);
			if (lang !== 'en') expect(svg.names).not.toContain('Kulyab');
		}
	});

	it('names a place without a label in the language by its English name', () => {
		// Sochi has a Russian label and no Tajik one.
		expect(read(staticMap(placeView('sochi', 'ru')!, 'wide')).names).toContain('Сочи');
		const tg = read(staticMap(placeView('sochi', 'tg')!, 'wide'));
		expect(tg.names).toContain('Sochi');
		expect(tg.title).toBe('Харита: Sochi ва атрофи он');
	});

	it('titles the overview, events and chapters in the language', () => {
		expect(homeView('ru').title).toBe('Карта Таджикистана и соседних стран');
		expect(homeView('tg').title).toBe('Харитаи Тоҷикистон ва ҳамсоягонаш');
		expect(eventView('ceasefire-1994', 'ru')!.title).toMatch(/^Карта: Тегеран, место события «/);
		expect(chapterView('russias-bases', 'tg')!.title).toMatch(/^Харита барои боби «/);
		expect(pageView(placeView('garm', 'tg')!).mapTitle).toBe('Харита: Ғарм ва атрофи он');
	});

	it('has the same views, by key, in every language', () => {
		const keys = (lang: 'en' | 'ru' | 'tg') => allViews(lang).map((v) => v.key);
		expect(keys('ru')).toEqual(keys('en'));
		expect(keys('tg')).toEqual(keys('en'));
	});
});
