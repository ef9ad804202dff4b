/**
 * A place's name as an edition shows it: the label of the page's language where the place has
 * one, else its English `name`, said to be English so that the page can mark it (`lang="en"`).
 * The basemap's features likewise: `name_ru`, `name_tg` where known, else `name`. Pure, shared by
 * the server's loads, the live map's per-language places and the static maps.
 */
import type { Lang } from './lang';
import type { PlaceFeature, PlaceProperties } from './schema';

/** A place's shown name and the language it is in. */
export interface ShownName {
	name: string;
	lang: Lang;
}

/** The name `lang`'s edition shows for a place: its label there, or the English name. */
export function shownName(place: Pick<PlaceProperties, 'name' | 'label'>, lang: Lang): ShownName {
	if (lang === 'en') return { name: place.name, lang };
	const label = place.label?.[lang];
	return label === undefined ? { name: place.name, lang: 'en' } : { name: label, lang };
}

/**
 * The gazetteer as the live map of `lang`'s edition draws it: each place's `name` the one the
 * edition shows (`nameLang` "en" where that is the English). Made at build time from the checked
 * data, so the English map keeps `static/geo/places.geojson` and each other edition downloads its
 * own file instead, never both.
 */
export function placesIn(
	places: readonly PlaceFeature[],
	lang: Exclude<Lang, 'en'>
): { type: 'FeatureCollection'; features: PlaceFeature[] } {
	return {
		type: 'FeatureCollection',
		features: places.map((f) => {
			const shown = shownName(f.properties, lang);
			return {
				...f,
				properties: {
					...f.properties,
					name: shown.name,
					...(shown.lang === 'en' ? { nameLang: 'en' } : {})
				}
			};
		})
	};
}

/**
 * The name `lang`'s edition draws for a basemap feature (a country, province, river, lake or
 * town): its `name_<lang>` where the basemap has one (scripts/basemap/names.ts), else its
 * English `name`; undefined for a feature without a name. The live style's expression is the
 * same choice (`basemapNameField` in src/lib/map/basemap-layers.ts).
 */
export function basemapName(
	props: Record<string, unknown> | null | undefined,
	lang: Lang
): string | undefined {
	const own = lang === 'en' ? undefined : props?.[`name_${lang}`];
	const name = typeof own === 'string' && own ? own : props?.name;
	return typeof name === 'string' && name ? name : undefined;
}
