/**
 * The atlas's offline map style: every source is a file of this site (`static/geo/`), the
 * marker icons pixels computed in the page (marker-images.ts), the labels drawn from the site's
 * own fonts: no tiles, no glyph server, no request that leaves the site. It holds the whole map
 * from the start (basemap, geography, the places, the events), so that every source loads at
 * once; only the story's marks are added later, on a map opened outside the story
 * (`featuredMarks`). Colours are in `$lib/geo/palette`, shared with the static maps.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { COLORS } from '$lib/geo/palette';
import { BASEMAP_ATTRIBUTIONS } from '$lib/geo/attribution';
import type { Lang } from '$lib/geo/lang';
import { basemapNameField, geographyStyle } from './basemap-layers';
import { FONT_REGULAR, FONT_SEMIBOLD, fontFaces } from './fonts';
import { EVENT_STYLE_LAYERS, eventLayers, featuredEventLayers, hoveredEventLayers } from './events';
import {
	areaLayers,
	featuredAreaLayers,
	featuredPlaceLayers,
	PLACE_LAYERS,
	placeLayers
} from './places';
import { atlasSources } from './sources';

/** Ids of the style's layers that other code refers to. */
export const BASEMAP_LAYERS = {
	border: 'afghan-border',
	borderCasing: 'afghan-border-casing',
	countryLabels: 'country-labels'
} as const;

/** Natural Earth, the countries' and the provinces' source. */
const NATURAL_EARTH = BASEMAP_ATTRIBUTIONS[0];

/**
 * The story's marks (`FEATURED`), each group with the style layer it goes under: a region's wash
 * and a line's band under the border, the places' rings under their dots, the events' rings
 * under the hovered ring and the markers.
 */
/**
 * A country fill without its antialiasing pass (a shader program of its own, costly to compile
 * on a phone's first load): the outlines are lines drawn above.
 */
function landFill(source: string, color: string): LayerSpecification {
	return {
		id: `${source}-fill`,
		type: 'fill',
		source,
		paint: { 'fill-color': color, 'fill-antialias': false }
	};
}

export function featuredMarks(): { layers: LayerSpecification[]; before: string }[] {
	return [
		{ layers: featuredAreaLayers(), before: BASEMAP_LAYERS.borderCasing },
		{ layers: featuredPlaceLayers(), before: PLACE_LAYERS.points },
		{ layers: featuredEventLayers(), before: EVENT_STYLE_LAYERS.hovered }
	];
}

/**
 * Builds the style. `base` is the absolute URL the site is served from (`location.href` in the
 * browser), against which the data, sprite and font URLs are resolved. Without `featured`, the
 * story's marks are left out: they draw nothing until a chapter features something, yet every
 * style layer costs MapLibre work at start and in every frame, so a map opened outside the story
 * adds them when it first needs them (`featuredMarks`, in the engine). `lang`: the edition whose
 * names the places and the basemap's features carry.
 */
export function atlasStyle(
	base: string,
	{ featured = true, lang = 'en' }: { featured?: boolean; lang?: Lang } = {}
): StyleSpecification {
	const url = (file: string) => new URL(file, base).href;
	const geo = (file: string) => url(`geo/basemap/${file}`);
	const geography = geographyStyle(base, lang);
	return {
		version: 8,
		name: 'Tajikistan Peace Atlas',
		'font-faces': fontFaces(base),
		sources: {
			world: { type: 'geojson', data: geo('world.geojson'), attribution: NATURAL_EARTH },
			context: { type: 'geojson', data: geo('context.geojson') },
			outlines: { type: 'geojson', data: geo('outlines.geojson') },
			region: { type: 'geojson', data: geo('region.geojson') },
			tajikistan: { type: 'geojson', data: geo('tajikistan.geojson') },
			border: { type: 'geojson', data: geo('border.geojson') },
			labels: { type: 'geojson', data: geo('labels.geojson') },
			...geography.sources,
			...atlasSources({
				// The English edition's names are the data's own; another edition's are its file's.
				places: url(lang === 'en' ? 'geo/places.geojson' : `geo/places-${lang}.geojson`),
				areas: url('geo/areas.geojson'),
				events: url('geo/events.geojson')
			})
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
			// The land at every scale in one colour and at every zoom, so that no edge of the data
			// (the context box, the region box) ever shows: the world beyond the context box and
			// the context at 1:110m, the region at 1:10m above them.
			landFill('world', COLORS.neighbour),
			landFill('context', COLORS.neighbour),
			landFill('region', COLORS.neighbour),
			landFill('tajikistan', COLORS.focus),
			...geography.fills,
			// The countries' borders as lines (1:10m in the region box, 1:110m beyond), not the
			// outlines of the clipped polygons, which would draw the boxes' edges.
			{
				id: 'region-line',
				type: 'line',
				source: 'outlines',
				layout: { 'line-join': 'round' },
				paint: { 'line-color': COLORS.neighbourLine, 'line-width': 0.8 }
			},
			...geography.boundaries,
			{
				id: 'tajikistan-line',
				type: 'line',
				source: 'tajikistan',
				paint: { 'line-color': COLORS.focusLine, 'line-width': 1.6 }
			},
			...areaLayers(),
			...(featured ? featuredAreaLayers() : []),
			{
				id: BASEMAP_LAYERS.borderCasing,
				type: 'line',
				source: 'border',
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': COLORS.borderCasing,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4, 10, 9]
				}
			},
			{
				id: BASEMAP_LAYERS.border,
				type: 'line',
				source: 'border',
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': COLORS.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 10, 5],
					'line-dasharray': [3, 1.5]
				}
			},
			...geography.labels,
			{
				id: BASEMAP_LAYERS.countryLabels,
				type: 'symbol',
				source: 'labels',
				layout: {
					'text-field': ['upcase', basemapNameField(lang)],
					'text-font': [
						'case',
						['==', ['get', 'focus'], true],
						['literal', [FONT_SEMIBOLD]],
						['literal', [FONT_REGULAR]]
					],
					'text-size': ['case', ['==', ['get', 'focus'], true], 15, 12],
					'text-letter-spacing': 0.12,
					'text-max-width': 8
				},
				paint: {
					'text-color': COLORS.label,
					'text-halo-color': COLORS.halo,
					'text-halo-width': 1.6
				}
			},
			...(featured ? featuredPlaceLayers() : []),
			...placeLayers(),
			...(featured ? featuredEventLayers() : []),
			...hoveredEventLayers(),
			...eventLayers()
		]
	};
}
