/**
 * A page's schema.org description as JSON-LD, for search engines and reference managers that
 * read it: the atlas as a `WebSite`, a place as a `Place`, an event as an `Event`, a story
 * chapter as an `Article`, every other page as a `WebPage`. Pure; the values are those the page
 * shows, in its language.
 */
import type { Lang } from '$lib/geo/lang';

/** A JSON-LD object (one node of schema.org's vocabulary). */
export type Thing = Record<string, unknown>;

/** What every page's node names. */
export interface PageFacts {
	/** The page's title, as its heading shows it. */
	name: string;
	description: string;
	/** The page's canonical URL. */
	url: string;
	lang: Lang;
	/** The atlas's name in the page's language. */
	site: string;
	/** The atlas's home page in the page's language. */
	home: string;
}

const CONTEXT = 'https://schema.org';

function website(p: PageFacts): Thing {
	return { '@type': 'WebSite', name: p.site, url: p.home, inLanguage: p.lang };
}

/** Any page: a `WebPage` of the atlas; the home page is the atlas, a `WebSite`. */
export function webPage(p: PageFacts): Thing {
	if (p.url === p.home) {
		return { '@context': CONTEXT, ...website(p), description: p.description };
	}
	return {
		'@context': CONTEXT,
		'@type': 'WebPage',
		name: p.name,
		description: p.description,
		url: p.url,
		inLanguage: p.lang,
		isPartOf: website(p)
	};
}

/** A place where it lies: [longitude, latitude], as GeoJSON writes it. */
export interface Located {
	name: string;
	url: string;
	coordinates: [number, number];
}

function placeNode(p: Located): Thing {
	const [longitude, latitude] = p.coordinates;
	return {
		'@type': 'Place',
		name: p.name,
		url: p.url,
		geo: { '@type': 'GeoCoordinates', latitude, longitude }
	};
}

/** A place's page: the `Place`, with the pages about it elsewhere (`sameAs`) where it has any. */
export function placePage(p: PageFacts, place: Located & { sameAs: string[] }): Thing {
	return {
		'@context': CONTEXT,
		...placeNode(place),
		description: p.description,
		inLanguage: p.lang,
		...(place.sameAs.length ? { sameAs: place.sameAs } : {}),
		subjectOf: { '@type': 'WebPage', url: p.url, isPartOf: website(p) }
	};
}

/** An event's page: the `Event`, its dates as the page's `<time datetime>` holds them. */
export function eventPage(
	p: PageFacts,
	event: { startDate: string; endDate?: string; location: Located }
): Thing {
	return {
		'@context': CONTEXT,
		'@type': 'Event',
		name: p.name,
		description: p.description,
		url: p.url,
		inLanguage: p.lang,
		startDate: event.startDate,
		...(event.endDate ? { endDate: event.endDate } : {}),
		location: placeNode(event.location),
		subjectOf: { '@type': 'WebPage', url: p.url, isPartOf: website(p) }
	};
}

/** A chapter of the story: an `Article` of the atlas. */
export function articlePage(p: PageFacts): Thing {
	return {
		'@context': CONTEXT,
		'@type': 'Article',
		headline: p.name,
		description: p.description,
		url: p.url,
		mainEntityOfPage: p.url,
		inLanguage: p.lang,
		isPartOf: website(p)
	};
}

/** One file of a dataset: where it is, its media type and its size. */
export interface Distribution {
	url: string;
	/** The media type, without parameters (`text/csv`). */
	type: string;
	bytes: number;
}

/** What a dataset page says of the data beyond the page itself. */
export interface DatasetFacts {
	/** The data's licence, as a URL. */
	license: string;
	/** The years the data cover, as an ISO 8601 interval of years (`1994/2017`). */
	temporalCoverage: string;
	/** The build that wrote the files: its date (YYYY-MM-DD) and commit. */
	version: { date: string; commit: string };
	distribution: Distribution[];
}

/**
 * The data page: a `Dataset` whose `distribution` is every file the page lists, so that dataset
 * search engines find the files themselves, with their formats and sizes.
 */
export function datasetPage(p: PageFacts, data: DatasetFacts): Thing {
	return {
		'@context': CONTEXT,
		'@type': 'Dataset',
		name: p.name,
		description: p.description,
		url: p.url,
		inLanguage: p.lang,
		isPartOf: website(p),
		creator: { '@type': 'Organization', name: p.site, url: p.home },
		license: data.license,
		isAccessibleForFree: true,
		temporalCoverage: data.temporalCoverage,
		version: `${data.version.date} (${data.version.commit})`,
		dateModified: data.version.date,
		distribution: data.distribution.map((d) => ({
			'@type': 'DataDownload',
			name: new URL(d.url).pathname.split('/').at(-1),
			contentUrl: d.url,
			encodingFormat: d.type,
			contentSize: `${d.bytes} B`
		}))
	};
}

/**
 * The JSON to put inside `<script type="application/ld+json">`: every `<` written `\u003c`, so
 * that no value (a `</script>` in a title) can close the element or open a comment; JSON
 * parsers read the escape back as the same character.
 */
export function jsonLdText(thing: Thing): string {
	return JSON.stringify(thing).replace(/</g, '\\u003c');
}
