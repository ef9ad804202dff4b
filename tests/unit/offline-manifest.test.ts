/** The saved copy's manifest names each built file by the URL a static host answers it at. */
import { describe, expect, it } from 'vitest';
import { langOf, urlPathOf } from '../../scripts/offline-manifest.js';

describe('scripts/offline-manifest.js', () => {
	it.each([
		['index.html', '/', 'en'],
		['404.html', '/404.html', null],
		['ru.html', '/ru', 'ru'],
		['place/kulyab.html', '/place/kulyab', 'en'],
		['place/kulyab/__data.json', '/place/kulyab/__data.json', 'en'],
		['tg/place/kulyab.html', '/tg/place/kulyab', 'tg'],
		['ru/maps/place-kulyab.svg', '/ru/maps/place-kulyab.svg', 'ru'],
		['maps/place-kulyab.svg', '/maps/place-kulyab.svg', 'en'],
		['messages/tg.json', '/messages/tg.json', 'tg'],
		['geo/places.geojson', '/geo/places.geojson', null],
		['data/places.csv', '/data/places.csv', null],
		['_app/immutable/chunks/A.js', '/_app/immutable/chunks/A.js', null]
	])('%s is %s, in %s', (file, path, lang) => {
		expect(urlPathOf(file)).toBe(path);
		expect(langOf(file)).toBe(lang);
	});
});
