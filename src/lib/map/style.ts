/**
 * The atlas's offline map style: every source is a file of this site (`static/geo/basemap/`),
 * no tiles, no sprite, no glyph server. Colours are chosen to read for colour-blind readers:
 * Tajikistan is set apart by lightness and outline, not by hue alone, and the Afghan border by
 * width and dash as well as colour.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { FONT_REGULAR, FONT_SEMIBOLD, fontFaces } from './fonts';

export const COLORS = {
	background: '#d8e2e7',
	context: '#ebe7de',
	neighbour: '#efebe3',
	neighbourLine: '#a39b8f',
	focus: '#fdfbf6',
	focusLine: '#4a3f33',
	border: '#b3261e',
	borderCasing: '#ffffff',
	label: '#3b342c',
	halo: '#fdfbf6'
} as const;

/** Ids of the style's layers that other code refers to. */
export const BASEMAP_LAYERS = {
	border: 'afghan-border',
	borderCasing: 'afghan-border-casing',
	countryLabels: 'country-labels'
} as const;

const NATURAL_EARTH = 'Natural Earth (public domain), via world-atlas';

/**
 * Builds the style. `base` is the absolute URL the site is served from (`location.href` in the
 * browser), against which the data and font URLs are resolved.
 */
export function atlasStyle(base: string): StyleSpecification {
	const geo = (file: string) => new URL(`geo/basemap/${file}`, base).href;
	return {
		version: 8,
		name: 'Tajikistan Peace Atlas',
		'font-faces': fontFaces(base),
		sources: {
			context: { type: 'geojson', data: geo('context.geojson'), attribution: NATURAL_EARTH },
			region: { type: 'geojson', data: geo('region.geojson') },
			tajikistan: { type: 'geojson', data: geo('tajikistan.geojson') },
			border: { type: 'geojson', data: geo('border.geojson') },
			labels: { type: 'geojson', data: geo('labels.geojson') }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
			{
				id: 'context-fill',
				type: 'fill',
				source: 'context',
				// The 1:110m world fades out where the 1:10m region takes over.
				maxzoom: 7,
				paint: { 'fill-color': COLORS.context, 'fill-outline-color': COLORS.neighbourLine }
			},
			{
				id: 'region-fill',
				type: 'fill',
				source: 'region',
				paint: { 'fill-color': COLORS.neighbour }
			},
			{
				id: 'region-line',
				type: 'line',
				source: 'region',
				paint: { 'line-color': COLORS.neighbourLine, 'line-width': 0.8 }
			},
			{
				id: 'tajikistan-fill',
				type: 'fill',
				source: 'tajikistan',
				paint: { 'fill-color': COLORS.focus }
			},
			{
				id: 'tajikistan-line',
				type: 'line',
				source: 'tajikistan',
				paint: { 'line-color': COLORS.focusLine, 'line-width': 1.6 }
			},
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
			{
				id: BASEMAP_LAYERS.countryLabels,
				type: 'symbol',
				source: 'labels',
				layout: {
					'text-field': ['upcase', ['get', 'name']],
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
			}
		]
	};
}
