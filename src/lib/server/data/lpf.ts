/**
 * The gazetteer in Linked Places format 1.3 (LinkedPasts/linked-places-format), the GeoJSON-LD
 * that World Historical Gazetteer and Pelagios read: each place with its permalink as `@id`, every
 * name with its language and, where the atlas has them, its years; the GeoNames feature classes
 * v1.3 requires; the years of the atlas's events and story chapters at the place; part-of relations to the
 * countries the gazetteer holds; and closeMatch links to the GeoNames records checked in
 * geonames.ts.
 */
import type { Atlas } from '$lib/content/atlas';
import type { Reference } from '$lib/content/checks';
import type { PlaceFeature, PlaceName, PlaceProperties } from '$lib/geo/schema';
import { eventYears } from '$lib/geo/time';
import { geonamesId } from './geonames';
import { layeredEvents } from './tables';

/** The context every LPF collection names, as the format's description gives it. */
export const LPF_CONTEXT =
	'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

/**
 * Two terms the export uses that LPF's context v1.1 predates (`fclasses` came in v1.3, a
 * citation's `year` is in the format's description only): without them a JSON-LD processor
 * would drop both. `fclasses` is GeoNames' own feature class, `year` the date of the work cited.
 */
const CONTEXT_EXTENSION = {
	fclasses: { '@id': 'gn:featureClass', '@container': '@set' },
	year: 'dct:date'
} as const;

/** GeoNames feature classes, as LPF 1.3 lists them. */
export const FCLASSES = ['A', 'H', 'L', 'P', 'R', 'S', 'T'] as const;
type Fclass = (typeof FCLASSES)[number];

/**
 * The class of every place that is not a town (whose class is P): a country and the border are
 * administrative (A), a gorge and a valley are landforms (T), a region named by its people or
 * the source is a region (L). A place missing here fails `fclassOf`, so that a new region is
 * classed by a person rather than by a guess.
 */
const NON_TOWN_CLASSES: Readonly<Record<string, Fclass>> = {
	'afghan-border': 'A',
	afghanistan: 'A',
	pakistan: 'A',
	tajikistan: 'A',
	'kamarob-gorge': 'T',
	'rasht-valley': 'T',
	tavildara: 'L',
	'northern-afghanistan': 'L'
};

const TOWN_KINDS: readonly PlaceProperties['kind'][] = [
	'capital',
	'city',
	'town',
	'country-capital'
];

/** The place's GeoNames feature class. Throws for a place that is not a town and not classed. */
export function fclassOf(p: PlaceProperties): Fclass {
	if (TOWN_KINDS.includes(p.kind)) return 'P';
	const fclass = NON_TOWN_CLASSES[p.slug];
	if (!fclass)
		throw new Error(
			`${p.slug}: no GeoNames feature class for a ${p.kind}; add it to NON_TOWN_CLASSES`
		);
	return fclass;
}

/** A timespan of whole years. LPF reads a timespan without an end as its start's own interval. */
function years(from: number | undefined, to: number | undefined) {
	if (from !== undefined && to !== undefined)
		return { start: { in: String(from) }, end: { in: String(to) } };
	// Only an end: the name was in use by then. Only a start: in use from then, its end open.
	if (to !== undefined) return { start: { latest: String(to) }, end: { in: String(to) } };
	return { start: { in: String(from) }, end: { earliest: String(from) } };
}

/** What a name or a relation cites: the source's paragraphs, and dated references with their year. */
function citations(p: PlaceProperties, refs: Map<string, Reference>, origin: string) {
	return [
		...p.sources.map((id) => ({ '@id': `${origin}/source#${id}`, label: `Source text, ${id}` })),
		...(p.refs ?? []).flatMap((id) => {
			const r = refs.get(id);
			if (!r) return [];
			const year = /^\d{4}/.exec(r.date ?? '')?.[0];
			return [
				{
					'@id': r.url ?? `${origin}/about#ref-${id}`,
					label: [r.publisher, r.title].filter(Boolean).join(', '),
					...(year ? { year: Number(year) } : {})
				}
			];
		})
	];
}

/**
 * One name. The title's name (and the source's spellings) cite the paragraphs and references the
 * place rests on; the other names are listed uncited, as LPF allows.
 */
function lpfName(n: PlaceName, title: string, cited: ReturnType<typeof citations>) {
	return {
		toponym: n.name,
		lang: n.lang,
		...(n.from !== undefined || n.to !== undefined
			? { when: { timespans: [years(n.from, n.to)] } }
			: {}),
		...(n.kind === 'source' || n.name === title ? { citations: cited } : {})
	};
}

/** One place as an LPF feature. */
function lpfFeature(f: PlaceFeature, atlas: Atlas, refs: Map<string, Reference>, origin: string) {
	const p = f.properties;
	// The years the atlas shows the place in: its events', and the story's chapters that
	// highlight it (a country with no event of its own is still in the story's years).
	const spans = [
		...layeredEvents(atlas)
			.filter((e) => e.place === p.slug)
			.flatMap((e) => eventYears(e.start, e.end) ?? []),
		...atlas.chapters
			.filter((c) => c.places.includes(p.slug))
			.map((c) => ({ y0: c.range.from, y1: c.range.to }))
	];
	const country =
		p.country && p.outline?.basemap !== 'country'
			? atlas.places.find(
					(c) => c.properties.country === p.country && c.properties.outline?.basemap === 'country'
				)
			: undefined;
	const gn = geonamesId(p.slug);
	const cited = citations(p, refs, origin);
	return {
		'@id': `${origin}/place/${p.slug}`,
		type: 'Feature',
		properties: {
			title: p.name,
			...(p.country ? { ccodes: [p.country] } : {}),
			fclasses: [fclassOf(p)]
		},
		...(spans.length > 0
			? {
					when: {
						timespans: [
							years(Math.min(...spans.map((s) => s.y0)), Math.max(...spans.map((s) => s.y1)))
						],
						label: "the years of the atlas's events and story chapters here"
					}
				}
			: {}),
		names: p.names.map((n) => lpfName(n, p.name, cited)),
		types: [{ label: p.kind }],
		geometry: { ...f.geometry, ...(p.precision === 'region' ? { certainty: 'less-certain' } : {}) },
		...(country
			? {
					relations: [
						{
							relationType: 'gvp:broaderPartitive',
							relationTo: `${origin}/place/${country.properties.slug}`,
							label: `part of ${country.properties.name}`
						}
					]
				}
			: {}),
		...(gn ? { links: [{ type: 'closeMatch', identifier: `gn:${gn}` }] } : {}),
		descriptions: [{ '@id': `${origin}/place/${p.slug}`, value: p.summary, lang: 'en' }]
	};
}

/** The whole gazetteer as one LPF FeatureCollection. */
export function linkedPlaces(atlas: Atlas, origin: string) {
	const refs = new Map(atlas.references.map((r) => [r.id, r]));
	return {
		'@context': [LPF_CONTEXT, CONTEXT_EXTENSION],
		type: 'FeatureCollection',
		features: atlas.places.map((f) => lpfFeature(f, atlas, refs, origin))
	};
}
