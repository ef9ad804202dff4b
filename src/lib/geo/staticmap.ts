/**
 * A page's static map: the basemap, the border, the rivers, towns and places drawn as SVG at
 * build time, in the same Web Mercator view the live map opens at (mercator.ts, camera.ts). It
 * is what a reader sees before the live map is up, what readers without WebGL see, and what
 * prints. The layers' markers are not in it: they follow the reader's layers and time range,
 * so the page draws them over it (StaticMap.svelte).
 *
 * Pure: the caller gives the GeoJSON. This module draws the basemap's layers and the page's
 * places and areas; the canvas and the drawing of geometry as paths are staticmap-geometry.ts's,
 * the names staticmap-labels.ts's. A shape drawn twice (a fill and its outline) is written once
 * and used twice.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Camera } from './camera';
import type { Lang } from './lang';
import { COLORS, PROVINCE, WATER, WATER_RANK_ZOOMS } from './palette';
import { capsFaces, provinceLines } from './staticmap-caps';
import type { BasemapData } from './schema-geojson';
import { canvasView, esc, num, ranked } from './staticmap-geometry';
import {
	Labels,
	labelCountries,
	labelProvinces,
	labelRivers,
	labelTowns
} from './staticmap-labels';
import { AREA_LABEL, DOT_LABEL, type AreaProperties, type MarkerSpot } from './static-marks';

export { staticMarkers, type AreaProperties, type MarkerSpot } from './static-marks';

/**
 * The static maps' canvases in CSS pixels, centred on the page's camera: one for wide screens,
 * and one for phones, a zoom level out (`zoomOffset`), as the live map opens there too. The build
 * draws them (src/lib/server/views.ts) and the page lays its markers over them (StaticMap.svelte).
 */
export const STATIC_CANVAS = {
	wide: { width: 1600, height: 1200, zoomOffset: 0 },
	phone: { width: 900, height: 1100, zoomOffset: -1 }
} as const;

/** One of the static maps' canvases. */
export type StaticCanvas = (typeof STATIC_CANVAS)[keyof typeof STATIC_CANVAS];

/** The basemap files, as checked from `static/geo/basemap/` (`BasemapSchema`). */
export type { BasemapData };

/** A place as the static map draws it. */
export interface StaticPlace {
	slug: string;
	name: string;
	precision: 'site' | 'centre' | 'region';
	radiusKm?: number;
	lng: number;
	lat: number;
	/** Lines (the border) and country-sized regions are drawn by the basemap, not as a dot. */
	point: boolean;
	/** A country: the basemap names it, so the place's own name is not drawn. */
	country?: boolean;
	/** A line place's geometry (the border): drawn only to mark it featured. */
	lines?: Position[][];
}

export interface StaticMapOptions {
	camera: Camera;
	/** The canvas in CSS pixels; the camera's centre is its middle. */
	width: number;
	height: number;
	/** The place the page shows, drawn selected. */
	selected?: string | null;
	/**
	 * The places a story chapter highlights, marked as the live map marks them
	 * (`FEATURED` in src/lib/map/feature-state.ts): a yellow ring edged in dark around a dot, a yellow
	 * wash inside a region's outline, a yellow band along a line.
	 */
	featured?: readonly string[];
	/** What the map shows, for its `<title>`. */
	title: string;
	/** The language the basemap's countries, provinces, rivers, lakes and towns are named in. */
	lang?: Lang;
	/**
	 * The event markers the page draws over the map (`staticMarkers`): no label is placed on one.
	 * All of them, whichever layers the reader shows, so that a label never sits under a marker.
	 */
	markers?: readonly MarkerSpot[];
}

/** Circles wider than this (in km) are countries, drawn only when selected. */
export const COUNTRY_KM = 250;

/**
 * Draws the static map of a view as an SVG document. Labels are placed greedily by priority
 * (places, then countries, then towns by population) and dropped where they would overlap.
 */
export function staticMapSvg(
	basemap: BasemapData,
	places: StaticPlace[],
	areas: FeatureCollection<Polygon | MultiPolygon, AreaProperties>,
	{
		camera,
		width,
		height,
		selected = null,
		featured = [],
		title,
		markers = [],
		lang = 'en'
	}: StaticMapOptions
): string {
	const isFeatured = (slug: string) => featured.includes(slug);
	const view = canvasView(camera, width, height);
	const { zoom, px, inView, area, line } = view;

	const out: string[] = [];
	const defs: string[] = [];
	const shape = (d: string, attrs: string) => d && out.push(`<path d="${d}" ${attrs}/>`);
	/** A shape drawn twice (fill, then outline above other layers): written once in <defs>. */
	const reused = (id: string, d: string) => {
		if (d) defs.push(`<path id="${id}" d="${d}"/>`);
		return (attrs: string) => d && out.push(`<use href="#${id}" ${attrs}/>`);
	};
	// The background is drawn without anti-aliasing (the same pixels: the rectangle is on the pixel
	// grid). A layer with a non-anti-aliased paint is never rasterised with MSAA, which Chromium
	// otherwise picks for a layer of six or more complex anti-aliased paths, as this map is: in
	// software WebGL that multisampled raster kept the GPU thread busy for most of a second on
	// every load, and the live map's start waited for it (bench/README.md).
	out.push(
		`<rect width="${width}" height="${height}" fill="${COLORS.background}" shape-rendering="crispEdges"/>`
	);
	// The world's land at every scale in one colour, with the borders drawn as lines, not as the
	// outlines of the clipped polygons: no edge of the data shows.
	shape(
		area([...basemap.world.features, ...basemap.context.features]),
		`fill="${COLORS.neighbour}"`
	);
	const region = reused('region', area(basemap.region.features));
	const tajikistan = reused('tajikistan', area(basemap.tajikistan.features));
	region(`fill="${COLORS.neighbour}"`);
	tajikistan(`fill="${COLORS.focus}"`);
	shape(
		area(ranked(basemap.lakes.features, WATER_RANK_ZOOMS.lines, zoom)),
		`fill="${WATER.fill}" stroke="${WATER.line}" stroke-width="0.5" fill-rule="evenodd"`
	);
	shape(
		line(ranked(basemap.rivers.features, WATER_RANK_ZOOMS.lines, zoom)),
		`fill="none" stroke="${WATER.line}" stroke-width="${zoom >= 7 ? 1.6 : 1}" stroke-linecap="round" stroke-linejoin="round"`
	);
	shape(
		line(basemap.outlines.features),
		`fill="none" stroke="${COLORS.neighbourLine}" stroke-width="0.8" stroke-linejoin="round"`
	);
	shape(
		line(provinceLines(basemap)),
		`fill="none" stroke="${PROVINCE.line}" stroke-width="1" stroke-dasharray="${PROVINCE.dash.join(' ')}" stroke-linejoin="round"`
	);
	tajikistan(`fill="none" stroke="${COLORS.focusLine}" stroke-width="1.6"`);
	// Region areas: an outline, and a faint fill for the selected one; a featured one is washed
	// yellow and outlined even when country-sized, as on the live map.
	for (const f of areas.features) {
		const isSelected = f.properties.slug === selected;
		const wash = isFeatured(f.properties.slug);
		if (f.properties.country && !isSelected && !wash) continue;
		const d = area([f]);
		if (wash) shape(d, `fill="${COLORS.featured}" fill-opacity="0.25"`);
		shape(
			d,
			`fill="${COLORS.area}" fill-opacity="${isSelected ? 0.18 : wash ? 0 : 0.05}" stroke="${COLORS.area}" stroke-width="${isSelected || wash ? 2 : 1.2}" stroke-dasharray="4 3"`
		);
	}
	const borderWidth = Math.max(2, Math.min(5, 2 + ((zoom - 4) * 3) / 6));
	// A featured line (the border) gets a yellow band edged in dark under it: the live map's
	// widths, 8 px at zoom 4 to 17 px at zoom 10.
	const band = Math.max(8, Math.min(17, 8 + ((zoom - 4) * 9) / 6));
	for (const place of places) {
		if (!place.lines || !isFeatured(place.slug)) continue;
		const d = line([
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'MultiLineString', coordinates: place.lines }
			}
		]);
		const stroke = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';
		shape(d, `${stroke} stroke="${COLORS.placeLine}" stroke-width="${num(band + 2.5)}"`);
		shape(d, `${stroke} stroke="${COLORS.featured}" stroke-width="${num(band)}"`);
	}
	const border = reused('border', line(basemap.border.features));
	border(
		`fill="none" stroke="${COLORS.borderCasing}" stroke-width="${num(borderWidth * 2)}" stroke-linecap="round" stroke-linejoin="round"`
	);
	border(
		`fill="none" stroke="${COLORS.border}" stroke-width="${num(borderWidth)}" stroke-dasharray="${num(borderWidth * 3)} ${num(borderWidth * 1.5)}" stroke-linejoin="round"`
	);

	// Labels, most important first; each claims its box.
	const labels = new Labels(markers, camera, width, height, lang);

	const dots: string[] = [];
	for (const place of places) {
		if (!place.point) continue;
		const at = px([place.lng, place.lat]);
		if (!inView(at, 20)) continue;
		const isSelected = place.slug === selected;
		if (place.precision !== 'region') {
			if (isFeatured(place.slug)) {
				dots.push(
					`<circle cx="${num(at[0])}" cy="${num(at[1])}" r="12" fill="${COLORS.featured}" stroke="${COLORS.placeLine}" stroke-width="1.5"/>`
				);
			}
			dots.push(
				`<circle cx="${num(at[0])}" cy="${num(at[1])}" r="${isSelected ? 8 : 5}" fill="${isSelected ? COLORS.selected : COLORS.place}" stroke="${COLORS.placeLine}" stroke-width="${isSelected ? 3 : 1.6}"/>`
			);
			labels.claim([at[0] - 6, at[1] - 6, at[0] + 6, at[1] + 6]);
		}
	}
	for (const place of places) {
		if (!place.point || place.country || (place.radiusKm ?? 0) > COUNTRY_KM) continue;
		const at = px([place.lng, place.lat]);
		if (!inView(at, 20)) continue;
		const region = place.precision === 'region';
		labels.label(
			place.name,
			at,
			region ? 12 : 13,
			region ? COLORS.areaLabel : COLORS.label,
			600,
			region ? AREA_LABEL : DOT_LABEL
		);
	}
	labelRivers(labels, view, basemap);
	labelCountries(labels, view, basemap);
	labelTowns(labels, view, basemap, dots);
	labelProvinces(labels, view, basemap);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
		`<title>${esc(title)}</title>` +
		(defs.length || labels.capsWeights.size
			? `<defs>${capsFaces(labels.capsWeights, labels.capsLetters)}${defs.join('')}</defs>`
			: '') +
		out.join('') +
		dots.join('') +
		`<g font-family="'Noto Sans',sans-serif" stroke="${COLORS.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${labels.rivers.join('')}${labels.texts.join('')}</g>` +
		`</svg>`
	);
}
