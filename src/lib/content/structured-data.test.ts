import { describe, expect, it } from 'vitest';
import {
	articlePage,
	datasetPage,
	eventPage,
	jsonLdText,
	placePage,
	webPage,
	type PageFacts
} from './structured-data';

const FACTS: PageFacts = {
	name: 'Kulyab',
	description: 'A town in the south',
	url: 'https://a.example/place/kulyab',
	lang: 'en',
	site: 'Tajikistan Peace Atlas',
	home: 'https://a.example/'
};
const KULYAB = { name: 'Kulyab', url: FACTS.url, coordinates: [69.78, 37.91] as [number, number] };

describe('structured data', () => {
	it('makes the home page the WebSite and any other page a WebPage of it', () => {
		expect(webPage({ ...FACTS, url: FACTS.home })).toMatchObject({
			'@type': 'WebSite',
			name: 'Tajikistan Peace Atlas',
			inLanguage: 'en'
		});
		expect(webPage(FACTS)).toMatchObject({
			'@type': 'WebPage',
			name: 'Kulyab',
			isPartOf: { '@type': 'WebSite', url: FACTS.home }
		});
	});

	it('places a Place at its coordinates, latitude and longitude named', () => {
		const ld = placePage(FACTS, { ...KULYAB, sameAs: ['https://en.wikipedia.org/wiki/Kulob'] });
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Place',
			geo: { '@type': 'GeoCoordinates', latitude: 37.91, longitude: 69.78 },
			sameAs: ['https://en.wikipedia.org/wiki/Kulob']
		});
		expect(placePage(FACTS, { ...KULYAB, sameAs: [] })).not.toHaveProperty('sameAs');
	});

	it('dates an Event and locates it at its Place', () => {
		const ld = eventPage(
			{ ...FACTS, name: 'Clash' },
			{ startDate: '1996-03', endDate: '1996-04', location: KULYAB }
		);
		expect(ld).toMatchObject({
			'@type': 'Event',
			startDate: '1996-03',
			endDate: '1996-04',
			location: { '@type': 'Place', name: 'Kulyab' }
		});
		expect(eventPage(FACTS, { startDate: '1996', location: KULYAB })).not.toHaveProperty('endDate');
	});

	it('makes a chapter an Article in its language', () => {
		expect(articlePage({ ...FACTS, lang: 'tg' })).toMatchObject({
			'@type': 'Article',
			headline: 'Kulyab',
			inLanguage: 'tg'
		});
	});

	it('makes the data page a Dataset whose distribution is every file, typed and sized', () => {
		const ld = datasetPage(
			{ ...FACTS, name: 'Data', url: 'https://a.example/data' },
			{
				license: 'https://creativecommons.org/licenses/by/4.0/',
				temporalCoverage: '1994/2017',
				version: { date: '2026-12-06', commit: '1a2b3c4' },
				distribution: [
					{ url: 'https://a.example/data/places.csv', type: 'text/csv', bytes: 1234 },
					{ url: 'https://a.example/data/places.geojson', type: 'application/geo+json', bytes: 9 }
				]
			}
		);
		expect(ld).toMatchObject({
			'@type': 'Dataset',
			name: 'Data',
			license: 'https://creativecommons.org/licenses/by/4.0/',
			temporalCoverage: '1994/2017',
			version: '2026-12-06 (1a2b3c4)',
			distribution: [
				{
					'@type': 'DataDownload',
					name: 'places.csv',
					contentUrl: 'https://a.example/data/places.csv',
					encodingFormat: 'text/csv',
					contentSize: '1234 B'
				},
				{ name: 'places.geojson', encodingFormat: 'application/geo+json' }
			]
		});
	});

	it('writes valid JSON that no value can break out of', () => {
		const hostile = webPage({ ...FACTS, name: '</script><script>alert(1)</script><!--' });
		const text = jsonLdText(hostile);
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual(hostile);
	});
});
