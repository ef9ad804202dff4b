/**
 * A page's static map: the basemap, the border, the rivers, towns and places drawn as SVG at
 * build time, in the same Web Mercator view the live map opens at (mercator.ts, camera.ts). It
 * is what a reader sees before the live map is up, what readers without WebGL see, and what
 * prints. The layers' markers are not in it: they follow the reader's layers and time range,
 * so the page draws them over it (StaticMap.svelte).
 *
 * Pure: the caller gives the GeoJSON. Geometry is projected, clipped to the canvas (Sutherland–
 * Hodgman for rings, Liang–Barsky for lines), simplified to under a pixel (Douglas–Peucker) and
 * written as whole-pixel relative moves; a shape drawn twice (a fill and its outline) is written
 * once and used twice. That keeps a page's map to a few tens of kilobytes.
 */
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import type { Camera } from './camera';
import { project } from './mercator';
import { COLORS, PROVINCE, PROVINCE_LABEL_ZOOMS, TOWN, WATER, WATER_RANK_ZOOMS } from './palette';
import {
	CAPS_FAMILY,
	CAPS_SPACING,
	CAPS_TRACKING,
	capsFaces,
	provinceLabels,
	provinceLines,
	provinceRows
} from './staticmap-caps';
import type { BasemapData } from './schema-geojson';
import {
	AREA_LABEL,
	DOT_LABEL,
	MARKER_HALF,
	staticMarkers,
	textWidth,
	type AreaProperties,
	type Candidate,
	type MarkerSpot
} from './static-marks';

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
	/**
	 * The event markers the page draws over the map (`staticMarkers`): no label is placed on one.
	 * All of them, whichever layers the reader shows, so that a label never sits under a marker.
	 */
	markers?: readonly MarkerSpot[];
}

type Pt = [number, number];

/** Circles wider than this (in km) are countries, drawn only when selected. */
export const COUNTRY_KM = 250;
/** Douglas–Peucker tolerance in pixels: no point moves by more than this. */
const TOLERANCE = 0.7;

const esc = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (v: number) => String(Math.round(v * 10) / 10);

/** Clips a closed ring to the rectangle [x0, x1] × [y0, y1] (Sutherland–Hodgman). */
export function clipRing(ring: Pt[], x0: number, y0: number, x1: number, y1: number): Pt[] {
	const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
		[(p) => p[0] >= x0, (a, b) => at(a, b, (x0 - a[0]) / (b[0] - a[0]))],
		[(p) => p[0] <= x1, (a, b) => at(a, b, (x1 - a[0]) / (b[0] - a[0]))],
		[(p) => p[1] >= y0, (a, b) => at(a, b, (y0 - a[1]) / (b[1] - a[1]))],
		[(p) => p[1] <= y1, (a, b) => at(a, b, (y1 - a[1]) / (b[1] - a[1]))]
	];
	let out = ring;
	for (const [inside, cross] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const cur = input[i];
			const prev = input[(i + input.length - 1) % input.length];
			if (inside(cur)) {
				if (!inside(prev)) out.push(cross(prev, cur));
				out.push(cur);
			} else if (inside(prev)) out.push(cross(prev, cur));
		}
		if (!out.length) break;
	}
	return out;
}

function at(a: Pt, b: Pt, t: number): Pt {
	return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Clips a line to the rectangle, segment by segment (Liang–Barsky); returns its visible runs. */
export function clipLine(line: Pt[], x0: number, y0: number, x1: number, y1: number): Pt[][] {
	const runs: Pt[][] = [];
	let run: Pt[] = [];
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1], line[i]];
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		let t0 = 0;
		let t1 = 1;
		const tests: [number, number][] = [
			[-dx, a[0] - x0],
			[dx, x1 - a[0]],
			[-dy, a[1] - y0],
			[dy, y1 - a[1]]
		];
		let visible = true;
		for (const [p, q] of tests) {
			if (p === 0) {
				if (q < 0) visible = false;
			} else {
				const t = q / p;
				if (p < 0) t0 = Math.max(t0, t);
				else t1 = Math.min(t1, t);
			}
		}
		if (!visible || t0 > t1) {
			if (run.length > 1) runs.push(run);
			run = [];
			continue;
		}
		const start = at(a, b, t0);
		if (!run.length) run.push(start);
		run.push(at(a, b, t1));
		if (t1 < 1) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

/** Douglas–Peucker: the fewest points within `TOLERANCE` of the line; keeps both ends. */
export function thin(points: Pt[]): Pt[] {
	if (points.length < 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		const [ax, ay] = points[i];
		const [bx, by] = points[j];
		const len = Math.hypot(bx - ax, by - ay);
		let worst = -1;
		let at = -1;
		for (let k = i + 1; k < j; k++) {
			const [px, py] = points[k];
			const d =
				len === 0
					? Math.hypot(px - ax, py - ay)
					: Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
			if (d > worst) [worst, at] = [d, k];
		}
		if (worst > TOLERANCE) {
			keep[at] = 1;
			stack.push([i, at], [at, j]);
		}
	}
	return points.filter((_, k) => keep[k]);
}

/** A path as whole-pixel moves relative to the last point: short, and exact to a pixel. */
export function pathOf(points: Pt[], close: boolean): string {
	let [lx, ly] = [0, 0];
	let d = '';
	points.forEach(([x, y], i) => {
		const [rx, ry] = [Math.round(x), Math.round(y)];
		if (i === 0) d += `M${rx} ${ry}`;
		else if (rx !== lx || ry !== ly) d += `l${rx - lx} ${ry - ly}`;
		[lx, ly] = [rx, ry];
	});
	return close ? `${d}z` : d;
}

/**
 * Where a river's name goes: the middle of the longest stretch of its drawn line that is
 * `length` pixels long and bends little, with the line's angle there, kept upright.
 */
export function riverLabelAt(runs: Pt[][], length: number): { at: Pt; angle: number } | null {
	let best: { at: Pt; angle: number; run: number } | null = null;
	for (const run of runs) {
		let total = 0;
		for (let i = 1; i < run.length; i++)
			total += Math.hypot(run[i][0] - run[i - 1][0], run[i][1] - run[i - 1][1]);
		if (total < length * 1.2 || (best && total <= best.run)) continue;
		// The point half-way along, and the chord `length` long around it.
		const pointAt = (d: number): Pt => {
			let walked = 0;
			for (let i = 1; i < run.length; i++) {
				const seg = Math.hypot(run[i][0] - run[i - 1][0], run[i][1] - run[i - 1][1]);
				if (walked + seg >= d) {
					const t = seg ? (d - walked) / seg : 0;
					return [
						run[i - 1][0] + (run[i][0] - run[i - 1][0]) * t,
						run[i - 1][1] + (run[i][1] - run[i - 1][1]) * t
					];
				}
				walked += seg;
			}
			return run[run.length - 1];
		};
		const a = pointAt(total / 2 - length / 2);
		const b = pointAt(total / 2 + length / 2);
		const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
		// A chord much shorter than the text means a tight bend: the name would not read.
		if (chord < length * 0.8) continue;
		let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
		if (angle > 90) angle -= 180;
		if (angle < -90) angle += 180;
		best = { at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], angle, run: total };
	}
	return best && { at: best.at, angle: best.angle };
}

/**
 * Draws the static map of a view as an SVG document. Labels are placed greedily by priority
 * (places, then countries, then towns by population) and dropped where they would overlap.
 */
export function staticMapSvg(
	basemap: BasemapData,
	places: StaticPlace[],
	areas: FeatureCollection<Polygon | MultiPolygon, AreaProperties>,
	{ camera, width, height, selected = null, featured = [], title, markers = [] }: StaticMapOptions
): string {
	const isFeatured = (slug: string) => featured.includes(slug);
	const zoom = camera.zoom;
	const [cx, cy] = project(camera.center[0], camera.center[1], zoom);
	const px = ([lng, lat]: Position): Pt => {
		const [x, y] = project(lng, lat, zoom);
		return [x - cx + width / 2, y - cy + height / 2];
	};
	// A margin beyond the canvas, so that strokes at the edge are not cut.
	const m = 8;
	const [x0, y0, x1, y1] = [-m, -m, width + m, height + m];
	const inView = ([x, y]: Pt, pad = 0) =>
		x >= -pad && x <= width + pad && y >= -pad && y <= height + pad;

	const polygons = (g: Geometry | null): Position[][][] =>
		!g
			? []
			: g.type === 'Polygon'
				? [g.coordinates]
				: g.type === 'MultiPolygon'
					? (g as MultiPolygon).coordinates
					: [];
	const lines = (g: Geometry | null): Position[][] =>
		!g
			? []
			: g.type === 'LineString'
				? [(g as LineString).coordinates]
				: g.type === 'MultiLineString'
					? (g as MultiLineString).coordinates
					: [];

	const area = (features: Feature[]) =>
		features
			.flatMap((f) => polygons(f.geometry))
			.flatMap((rings) => rings.map((ring) => thin(clipRing(ring.map(px), x0, y0, x1, y1))))
			.filter((ring) => ring.length >= 4)
			.map((ring) => pathOf(ring, true))
			.join('');
	const line = (features: Feature[]) =>
		features
			.flatMap((f) => lines(f.geometry))
			.flatMap((l) => clipLine(l.map(px), x0, y0, x1, y1))
			.map(thin)
			.filter((run) => run.length >= 2)
			.map((run) => pathOf(run, false))
			.join('');
	/** Rivers and lakes of a rank shown at this zoom, as the live style's `rankFilter`. */
	const ranked = (features: Feature[], [z2, z3]: readonly [number, number]) =>
		features.filter((f) => {
			const rank = Number(f.properties?.rank ?? 3);
			return rank === 1 || (rank === 2 && zoom >= z2) || zoom >= z3;
		});

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
		area(ranked(basemap.lakes.features, WATER_RANK_ZOOMS.lines)),
		`fill="${WATER.fill}" stroke="${WATER.line}" stroke-width="0.5" fill-rule="evenodd"`
	);
	shape(
		line(ranked(basemap.rivers.features, WATER_RANK_ZOOMS.lines)),
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
	const boxes: [number, number, number, number][] = [];
	const free = (b: [number, number, number, number]) =>
		!boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
	const labels: string[] = [];
	/** The weights of the capitals' face the map uses, embedded once each. */
	const capsWeights = new Set<400 | 600>();
	// The event markers first: every label keeps clear of them.
	for (const m of staticMarkers(markers, camera, { width, height, zoomOffset: 0 })) {
		const [mx, my] = [m.x + width / 2, m.y + height / 2];
		boxes.push([mx - MARKER_HALF, my - MARKER_HALF, mx + MARKER_HALF, my + MARKER_HALF]);
	}
	/** Places a name at the first free candidate spot around [x, y]; false if none is free. */
	const label = (
		text: string,
		[x, y]: Pt,
		size: number,
		fill: string,
		weight: number,
		candidates: readonly Candidate[],
		caps = false
	): boolean => {
		const w = textWidth(text, size) * (caps ? CAPS_TRACKING : 1);
		for (const [dx, dy, align] of candidates) {
			const left = x + dx - (align === 1 ? 0 : align === 0 ? w / 2 : w);
			const cy = y + dy;
			// From the capitals' tops to the descenders' feet (the baseline is 0.35 em below `cy`).
			const box: [number, number, number, number] = [
				left - 2,
				cy - size * 0.7,
				left + w + 2,
				cy + size * 0.7
			];
			if (!free(box)) continue;
			boxes.push(box);
			if (caps) capsWeights.add(weight === 600 ? 600 : 400);
			const face = caps
				? ` font-family="${CAPS_FAMILY}" letter-spacing="${num(size * CAPS_SPACING)}"`
				: '';
			labels.push(
				`<text x="${num(left)}" y="${num(cy + size * 0.35)}"${face} font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(text)}</text>`
			);
			return true;
		}
		return false;
	};
	const centred: readonly Candidate[] = [[0, 0, 0]];

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
			boxes.push([at[0] - 6, at[1] - 6, at[0] + 6, at[1] + 6]);
		}
	}
	for (const place of places) {
		if (!place.point || place.country || (place.radiusKm ?? 0) > COUNTRY_KM) continue;
		const at = px([place.lng, place.lat]);
		if (!inView(at, 20)) continue;
		const region = place.precision === 'region';
		label(
			place.name,
			at,
			region ? 12 : 13,
			region ? COLORS.areaLabel : COLORS.label,
			600,
			region ? AREA_LABEL : DOT_LABEL
		);
	}
	// River names along their lines, as the live style's `river-labels` (from zoom 5, by rank).
	const riverSize = Math.max(10, Math.min(13, 10 + ((zoom - 5) * 3) / 5));
	const riverLabels: string[] = [];
	if (zoom >= 5) {
		for (const f of ranked(basemap.rivers.features, WATER_RANK_ZOOMS.riverLabels)) {
			const name = f.properties?.name;
			if (typeof name !== 'string' || !name) continue;
			const runs = lines(f.geometry).flatMap((l) => clipLine(l.map(px), 0, 0, width, height));
			const along = riverLabelAt(runs, textWidth(name, riverSize) * 1.1);
			if (!along) continue;
			const { at, angle } = along;
			const w = textWidth(name, riverSize) * 1.1;
			const [hx, hy] = [
				(Math.abs(Math.cos((angle * Math.PI) / 180)) * w) / 2 + riverSize / 2,
				(Math.abs(Math.sin((angle * Math.PI) / 180)) * w) / 2 + riverSize / 2
			];
			const box: [number, number, number, number] = [
				at[0] - hx,
				at[1] - hy,
				at[0] + hx,
				at[1] + hy
			];
			if (!free(box)) continue;
			boxes.push(box);
			riverLabels.push(
				`<text x="${num(at[0])}" y="${num(at[1])}" dy="-0.35em" text-anchor="middle" transform="rotate(${num(angle)} ${num(at[0])} ${num(at[1])})" font-size="${num(riverSize)}" font-style="italic" letter-spacing="1" fill="${WATER.label}" stroke="${WATER.halo}">${esc(name)}</text>`
			);
		}
	}
	for (const f of basemap.labels.features) {
		const [lng, lat] = (f.geometry as { coordinates: Position }).coordinates;
		const focus = f.properties?.focus === true;
		if (!inView(px([lng, lat]), -20)) continue;
		label(
			String(f.properties?.name ?? '').toUpperCase(),
			px([lng, lat]),
			focus ? 15 : 12,
			COLORS.label,
			focus ? 600 : 400,
			centred,
			true
		);
	}
	const beside: readonly Candidate[] = [[5, 0, 1]];
	const towns = basemap.towns.features
		.filter((f) => zoom >= 4 && Number(f.properties?.minzoom ?? 99) <= Math.floor(zoom))
		.sort((a, b) => Number(b.properties?.population) - Number(a.properties?.population));
	for (const f of towns) {
		const at = px((f.geometry as { coordinates: Position }).coordinates);
		if (!inView(at)) continue;
		const big = Number(f.properties?.population) >= 100_000;
		const size = zoom >= 8 ? (big ? 12 : 11) : big ? 10.5 : 9.5;
		if (!free([at[0] - 3, at[1] - 3, at[0] + 3, at[1] + 3])) continue;
		if (label(String(f.properties?.name), at, size, TOWN.label, big ? 600 : 400, beside)) {
			dots.unshift(
				`<circle cx="${num(at[0])}" cy="${num(at[1])}" r="${big ? 3 : 2.2}" fill="${TOWN.dot}" stroke="${TOWN.dotLine}"/>`
			);
		}
	}

	// Province names last, as on the live map: the places, the countries and the towns win.
	if (zoom >= PROVINCE_LABEL_ZOOMS[0] && zoom < PROVINCE_LABEL_ZOOMS[1]) {
		for (const f of provinceLabels(basemap)) {
			const at = px((f.geometry as { coordinates: Position }).coordinates);
			if (!inView(at, -20)) continue;
			const rows = provinceRows(String(f.properties?.name ?? ''));
			const size = 11;
			const w = Math.max(...rows.map((r) => textWidth(r, size) * CAPS_TRACKING));
			const h = rows.length * size * 1.2;
			// At its point, or above or below it (as the live map's variable anchors), where free.
			const spot = [0, -1, 1]
				.map((k): [number, number] => [at[0], at[1] + k * (h / 2 + size * 2.5)])
				.map(([x, y]) => ({
					y,
					box: [x - w / 2 - 2, y - h / 2, x + w / 2 + 2, y + h / 2] as [
						number,
						number,
						number,
						number
					]
				}))
				.find((c) => free(c.box));
			if (!spot) continue;
			boxes.push(spot.box);
			const tspans = rows
				.map(
					(r, i) =>
						`<tspan x="${num(at[0])}" y="${num(spot.y - h / 2 + size * (1.2 * i + 0.95))}">${esc(r)}</tspan>`
				)
				.join('');
			capsWeights.add(400);
			labels.push(
				`<text text-anchor="middle" font-family="${CAPS_FAMILY}" font-size="${size}" font-weight="400" letter-spacing="${num(size * CAPS_SPACING)}" fill="${PROVINCE.label}" stroke="${PROVINCE.halo}">${tspans}</text>`
			);
		}
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
		`<title>${esc(title)}</title>` +
		(defs.length || capsWeights.size
			? `<defs>${capsFaces(capsWeights)}${defs.join('')}</defs>`
			: '') +
		out.join('') +
		dots.join('') +
		`<g font-family="'Noto Sans',sans-serif" stroke="${COLORS.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${riverLabels.join('')}${labels.join('')}</g>` +
		`</svg>`
	);
}
