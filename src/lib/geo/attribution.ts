/**
 * The basemap's sources with their licences, named once: the live map's attribution control
 * and the static map's caption both show them.
 */
/** Attribution of each source, with its licence. */
export const GEOGRAPHY_ATTRIBUTION = {
	rivers: 'GSHHG (LGPL-3.0)',
	lakes: 'GSHHG (LGPL-3.0), © OpenStreetMap contributors (ODbL)',
	towns: 'GeoNames (CC BY 4.0)',
	provinces: 'Natural Earth'
} as const;

/** Every attribution of the basemap's sources, Natural Earth's included, in one list. */
export const BASEMAP_ATTRIBUTIONS: readonly string[] = [
	GEOGRAPHY_ATTRIBUTION.provinces,
	GEOGRAPHY_ATTRIBUTION.lakes,
	GEOGRAPHY_ATTRIBUTION.towns
];
