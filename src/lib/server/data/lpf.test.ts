import jsonld from 'jsonld';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '../atlas';
import { LPF_TERMS } from './fixtures/lpf-context';
import { fclassOf, LPF_CONTEXT, linkedPlaces } from './lpf';

/**
 * What Linked Places format 1.3 requires of a feature, written from the format's description:
 * `@id`, `properties.title`, one or more `fclasses` of GeoNames' seven classes, `names` with a
 * toponym each and at least one cited, a geometry, and a `when` on the feature or a citation
 * year on a name. Objects are strict: a member the format does not define fails.
 */
const Text = v.pipe(v.string(), v.nonEmpty());
const Point = v.strictObject({
	in: v.optional(Text),
	earliest: v.optional(Text),
	latest: v.optional(Text)
});
const When = v.strictObject({
	timespans: v.pipe(
		v.array(v.strictObject({ start: Point, end: v.optional(Point) })),
		v.nonEmpty()
	),
	label: v.optional(Text),
	certainty: v.optional(v.picklist(['certain', 'less-certain', 'uncertain']))
});
const Citation = v.strictObject({
	'@id': v.pipe(Text, v.url()),
	label: v.optional(Text),
	year: v.optional(v.number())
});
const Name = v.strictObject({
	toponym: Text,
	lang: v.optional(Text),
	when: v.optional(When),
	citations: v.optional(v.array(Citation))
});
const Geometry = v.looseObject({
	type: v.picklist([
		'Point',
		'MultiPoint',
		'LineString',
		'MultiLineString',
		'Polygon',
		'MultiPolygon'
	]),
	coordinates: v.array(v.unknown()),
	certainty: v.optional(v.picklist(['certain', 'less-certain', 'uncertain']))
});
const LpfFeature = v.pipe(
	v.strictObject({
		'@id': v.pipe(Text, v.url()),
		type: v.literal('Feature'),
		properties: v.strictObject({
			title: Text,
			ccodes: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)))),
			fclasses: v.pipe(v.array(v.picklist(['A', 'H', 'L', 'P', 'R', 'S', 'T'])), v.nonEmpty())
		}),
		when: v.optional(When),
		names: v.pipe(v.array(Name), v.nonEmpty()),
		types: v.optional(v.array(v.strictObject({ identifier: v.optional(Text), label: Text }))),
		geometry: Geometry,
		relations: v.optional(
			v.array(
				v.strictObject({
					relationType: Text,
					relationTo: v.pipe(Text, v.url()),
					label: Text,
					when: v.optional(When)
				})
			)
		),
		links: v.optional(
			v.array(
				v.strictObject({
					type: v.picklist(['closeMatch', 'exactMatch', 'primaryTopicOf', 'subjectOf', 'seeAlso']),
					identifier: Text
				})
			)
		),
		descriptions: v.optional(
			v.array(v.strictObject({ '@id': v.optional(Text), value: Text, lang: v.optional(Text) }))
		)
	}),
	v.check((f) => f.names.some((n) => (n.citations ?? []).length > 0), 'no name is cited'),
	v.check(
		(f) =>
			f.when !== undefined ||
			f.names.some((n) => (n.citations ?? []).some((c) => c.year !== undefined)),
		'neither a when nor a citation year'
	)
);

const ORIGIN = 'https://atlas.example';
const atlas = getAtlas();
const collection = linkedPlaces(atlas, ORIGIN);
type Feature = (typeof collection.features)[number];
const issues = (feature: unknown) =>
	v.safeParse(LpfFeature, feature).issues?.map((i) => i.message) ?? [];

describe('the Linked Places export', () => {
	it('is an LPF FeatureCollection naming the format context', () => {
		expect(collection.type).toBe('FeatureCollection');
		expect(collection['@context'][0]).toBe(LPF_CONTEXT);
		expect(collection.features).toHaveLength(atlas.places.length);
	});

	it('has every feature as LPF 1.3 requires it', () => {
		for (const f of collection.features) expect(issues(f), f['@id']).toEqual([]);
	});

	it.each([
		['without fclasses', (f: Feature) => ({ ...f, properties: { title: f.properties.title } })],
		[
			'with a class GeoNames does not have',
			(f: Feature) => ({ ...f, properties: { ...f.properties, fclasses: ['X'] } })
		],
		['with a member the format does not define', (f: Feature) => ({ ...f, population: 1 })],
		['without names', (f: Feature) => ({ ...f, names: [] })],
		['with no name cited', (f: Feature) => ({ ...f, names: [{ toponym: 'Nowhere' }] })]
	])('fails a feature %s', (_, change) => {
		expect(issues(change(collection.features[0]))).not.toEqual([]);
	});

	it('keeps every place, name and year of the gazetteer', () => {
		for (const [i, { properties: p, geometry }] of atlas.places.entries()) {
			const f = collection.features[i];
			expect(f['@id']).toBe(`${ORIGIN}/place/${p.slug}`);
			expect(f.properties.title).toBe(p.name);
			expect(f.names.map((n) => [n.toponym, n.lang])).toEqual(p.names.map((n) => [n.name, n.lang]));
			expect(f.geometry).toMatchObject(geometry);
			for (const [j, n] of p.names.entries()) {
				const span = f.names[j].when?.timespans[0];
				if (n.from !== undefined) expect(span?.start.in).toBe(String(n.from));
				if (n.to !== undefined) expect(span?.end?.in).toBe(String(n.to));
			}
		}
	});

	it('classes towns as P and the countries as A, part of nothing; a town of a country in it', () => {
		const byId = new Map(collection.features.map((f) => [f['@id'].split('/').pop(), f]));
		expect(byId.get('kulyab')?.properties.fclasses).toEqual(['P']);
		expect(byId.get('tajikistan')?.properties.fclasses).toEqual(['A']);
		expect(byId.get('tajikistan')?.relations).toBeUndefined();
		expect(byId.get('kulyab')?.relations?.[0].relationTo).toBe(`${ORIGIN}/place/tajikistan`);
		expect(byId.get('kulyab')?.links).toEqual([{ type: 'closeMatch', identifier: 'gn:1221194' }]);
		expect(byId.get('garm')?.links).toBeUndefined();
	});

	it('refuses to guess the class of a region nobody classed', () => {
		const p = {
			...atlas.places.find((f) => f.properties.kind === 'region')!.properties,
			slug: 'new-region'
		};
		expect(() => fclassOf(p)).toThrow(/new-region/);
	});
});

describe('the Linked Places export as JSON-LD', () => {
	/** Serves the project's own copy of the context's terms: the tests reach no other host. */
	const documentLoader = async (url: string) => {
		if (url !== LPF_CONTEXT) throw new Error(`no document ${url} offline`);
		return { contextUrl: undefined, documentUrl: url, document: { '@context': LPF_TERMS } };
	};
	// `safe` makes expansion fail where it would drop a term or a value, instead of dropping it.
	const expand = (doc: unknown) =>
		jsonld.expand(
			doc as jsonld.JsonLdDocument,
			{ documentLoader, safe: true } as jsonld.Options.Expand
		);
	const LPO = 'https://github.com/LinkedPasts/linked-pasts-ontology/blob/main/lpo_latest.ttl#';

	/** An expanded node: every property an array of nodes, values or lists. */
	type Node = { [iri: string]: Node[] } & { '@id'?: string; '@value'?: unknown; '@list'?: Node[] };
	/** An expanded `@list` of lists of values back as nested arrays, as GeoJSON writes coordinates. */
	const unlist = (n: Node): unknown => (n['@list'] ? n['@list'].map(unlist) : n['@value']);

	it('expands with no term dropped, keeping every name and geometry', async () => {
		const [root] = (await expand(collection)) as Node[];
		const features = root[`${LPO}hasFeature`];
		expect(features).toHaveLength(collection.features.length);
		for (const f of collection.features) {
			const node = features.find((n) => n['@id'] === f['@id'])!;
			const names = node[`${LPO}name_attestation`].map((n) => [
				n[`${LPO}toponym`][0]['@value'],
				n['http://purl.org/dc/terms/language'][0]['@value']
			]);
			expect(names).toEqual(expect.arrayContaining(f.names.map((n) => [n.toponym, n.lang])));
			expect(names).toHaveLength(f.names.length);
			const [geometry] = node['https://github.com/kgeographer/geojson-t/geometry'];
			expect(unlist(geometry['https://purl.org/geojson/vocab#coordinates'][0])).toEqual(
				'coordinates' in f.geometry ? f.geometry.coordinates : undefined
			);
			const [properties] = node['https://purl.org/geojson/vocab#properties'];
			const classes = properties['http://www.geonames.org/ontology#featureClass'];
			expect(classes.map((c) => c['@value'])).toEqual(f.properties.fclasses);
		}
	});

	it('fails on a term no context defines, so the test above can fail', async () => {
		const bad = { ...collection, features: [{ ...collection.features[0], population: 1 }] };
		await expect(expand(bad)).rejects.toThrow();
	});
});
