import { describe, expect, it } from 'vitest';
import { checkMessages } from './check';

const en = { menu: 'Menu', km: '{n} km from {place}' };

describe('checkMessages', () => {
	it('passes three complete languages', () => {
		expect(
			checkMessages({
				en,
				ru: { menu: 'Меню', km: '{n} км от {place}' },
				tg: { menu: 'Меню', km: '{n} км аз {place}' }
			})
		).toEqual([]);
	});

	it('names a missing, an extra, an empty and a misnamed-input message', () => {
		expect(checkMessages({ en, ru: { menu: ' ', km: '{n} км от {town}', extra: 'x' } })).toEqual([
			'ru: message "menu" is empty',
			'ru: message "km" uses inputs {n, town}, en uses {n, place}',
			'ru: message "extra" is not in en'
		]);
		expect(checkMessages({ en, tg: { menu: 'Меню' } })).toEqual(['tg: message "km" is missing']);
	});

	it('finds Russian letters in Tajik and Tajik letters in Russian', () => {
		expect(
			checkMessages({
				en: { a: 'Events' },
				tg: { a: 'Рӯйдодҳои федерацыи' },
				ru: { a: 'Ҳодисы' }
			})
		).toEqual([
			'tg: message "a" has letters of another alphabet: "Рӯйдодҳои федерацыи"',
			'ru: message "a" has letters of another alphabet: "Ҳодисы"'
		]);
	});
});
