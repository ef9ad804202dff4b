/**
 * The basemap's names in the reader's language: the live style's text fields and the static
 * maps choose a feature's `name_ru` or `name_tg` where the basemap has one and its English name
 * where not, and the committed basemap carries those names for the features the maps draw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapName } from '../../src/lib/geo/labels';
import { GEOGRAPHY_LAYERS, geographyStyle } from '../../src/lib/map/basemap-layers';
import { BASEMAP_LAYERS, atlasStyle } from '../../src/lib/map/style';
import { COUNTRY_NAMES, nameProblems } from '../../scripts/basemap/names';
import { layout } from '../fixtures/style-expression';

const BASE = 'http://localhost:4173/';
const read = (name: string) =>
	JSON.parse(readFileSync(`static/geo/basemap/${name}.geojson`, 'utf8')) as {
		features: { properties: Record<string, unknown> }[];
	};
const panj = { name: 'Panj', name_ru: 'Пяндж', name_tg: 'Панҷ' };
const wakhan = { name: 'Wakhan', name_ru: 'Вахандарья' };

describe('a basemap feature’s name in each language', () => {
	it.each([
		['en', panj, 'Panj'],
		['ru', panj, 'Пяндж'],
		['tg', panj, 'Панҷ'],
		['ru', wakhan, 'Вахандарья'],
		['tg', wakhan, 'Wakhan']
	] as const)('in %s, %o is drawn as %s (static maps)', (lang, props, name) => {
		expect(basemapName(props, lang)).toBe(name);
	});

	it('has none for a feature without a name, in any language', () => {
		expect(basemapName({ rank: 3 }, 'ru')).toBeUndefined();
		expect(basemapName(null, 'en')).toBeUndefined();
	});

	it.each([
		['en', panj, 'Panj'],
		['ru', panj, 'Пяндж'],
		['tg', panj, 'Панҷ'],
		['tg', wakhan, 'Wakhan']
	] as const)('in %s, the live style names %o %s', (lang, props, name) => {
		const rivers = geographyStyle(BASE, lang).labels.find(
			(l) => l.id === GEOGRAPHY_LAYERS.riverLabels
		)!;
		expect(String(layout(rivers, 'text-field', props))).toBe(name);
	});

	it('names the countries in the page’s language on the live map, in capitals', () => {
		const countries = atlasStyle(BASE, { lang: 'tg' }).layers.find(
			(l) => l.id === BASEMAP_LAYERS.countryLabels
		)!;
		const tajikistan = { name: 'Tajikistan', name_ru: 'Таджикистан', name_tg: 'Тоҷикистон' };
		expect(String(layout(countries, 'text-field', tajikistan))).toBe('ТОҶИКИСТОН');
		expect(String(layout(countries, 'text-field', { name: 'Siachen Glacier' }))).toBe(
			'SIACHEN GLACIER'
		);
	});

	it('every style layer that names the basemap reads the language’s name', () => {
		const style = atlasStyle(BASE, { lang: 'ru' });
		const named = style.layers.flatMap((l) =>
			l.type === 'symbol' &&
			['labels', 'rivers', 'lakes', 'towns', 'provinces'].includes(String(l.source))
				? [l]
				: []
		);
		expect(named.length).toBe(5);
		for (const l of named) expect(JSON.stringify(l.layout?.['text-field'])).toContain('name_ru');
	});
});

describe('the basemap’s names in Russian and Tajik', () => {
	it('name every country of the region but the Siachen Glacier, and the provinces', () => {
		for (const lang of ['ru', 'tg'] as const) {
			const missing = read('labels')
				.features.filter((f) => !f.properties[`name_${lang}`])
				.map((f) => f.properties.name);
			expect(missing, lang).toEqual(['Siachen Glacier']);
			const provinces = read('provinces').features.filter((f) => f.properties.kind === 'label');
			expect(provinces.every((f) => f.properties[`name_${lang}`])).toBe(true);
		}
		const afghanistan = read('labels').features.find((f) => f.properties.iso === '004')!;
		expect(afghanistan.properties).toMatchObject({ name_ru: 'Афганистан', name_tg: 'Афғонистон' });
	});

	it('name the five main rivers and the towns drawn from the lowest zoom in Russian', () => {
		const rivers = read('rivers').features.filter((f) => f.properties.rank === 1);
		expect(rivers.map((f) => f.properties.name_ru)).toEqual([
			'Пяндж',
			'Амударья',
			'Вахш',
			'Сырдарья',
			'Зеравшан'
		]);
		const khorugh = read('towns').features.find((f) => f.properties.name === 'Khorugh')!;
		expect(khorugh.properties).toMatchObject({ name_ru: 'Хорог', name_tg: 'Хоруғ' });
	});

	it('write Tajik without the letters it does not use, and Russian without Tajik ones', () => {
		expect(nameProblems('x', { tg: 'Шымкент' })).toEqual([
			'x: tg "Шымкент" has a letter Tajik does not use'
		]);
		expect(nameProblems('x', { ru: 'Хоруғ' })).toEqual(['x: ru "Хоруғ" has a Tajik letter']);
		expect(nameProblems('x', { ru: 'Kabul' })).toEqual(['x: ru "Kabul" is not in Cyrillic']);
		expect(Object.values(COUNTRY_NAMES).flatMap((n) => nameProblems('c', n))).toEqual([]);
	});
});
