/**
 * The static maps' names: placed greedily by priority, each claiming its box, and dropped where
 * it would overlap a name placed before it or an event marker. The page's places are named by
 * staticmap.ts through `Labels.label`; the rivers, the countries, the towns and the provinces are
 * named here, as the live style names them and at the zooms it does.
 */
import type { Position } from 'geojson';
import type { Camera } from './camera';
import { COLORS, PROVINCE, PROVINCE_LABEL_ZOOMS, TOWN, WATER, WATER_RANK_ZOOMS } from './palette';
import {
	CAPS_FAMILY,
	CAPS_SPACING,
	CAPS_TRACKING,
	provinceLabels,
	provinceRows
} from './staticmap-caps';
import {
	clipLine,
	esc,
	linesOf,
	num,
	ranked,
	type CanvasView,
	type Pt
} from './staticmap-geometry';
import type { BasemapData } from './schema-geojson';
import { basemapName } from './labels';
import type { Lang } from './lang';
import {
	MARKER_HALF,
	staticMarkers,
	textWidth,
	type Candidate,
	type MarkerSpot
} from './static-marks';

/** A label's box on the canvas: left, top, right, bottom. */
type Box = [number, number, number, number];

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

/** The names placed so far on one map, and the boxes they and the markers claim. */
export class Labels {
	private readonly boxes: Box[] = [];
	/** The names' `<text>` elements, in the order placed. */
	readonly texts: string[] = [];
	/** The rivers' names, drawn under the other names. */
	readonly rivers: string[] = [];
	/** The weights of the capitals' face the map uses, embedded once each. */
	readonly capsWeights = new Set<400 | 600>();
	/** The capitals the map draws: the faces of their scripts are embedded. */
	readonly capsLetters = new Set<string>();

	/**
	 * Starts with the event markers' boxes: every label keeps clear of them. `lang`: the language
	 * the basemap's features are named in.
	 */
	constructor(
		markers: readonly MarkerSpot[],
		camera: Camera,
		width: number,
		height: number,
		readonly lang: Lang = 'en'
	) {
		for (const m of staticMarkers(markers, camera, { width, height, zoomOffset: 0 })) {
			const [mx, my] = [m.x + width / 2, m.y + height / 2];
			this.boxes.push([mx - MARKER_HALF, my - MARKER_HALF, mx + MARKER_HALF, my + MARKER_HALF]);
		}
	}

	/** Whether a box overlaps none claimed so far. */
	free(b: Box): boolean {
		return !this.boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
	}

	/** Claims a box, so that no later label covers it. */
	claim(b: Box): void {
		this.boxes.push(b);
	}

	/** Places a name at the first free candidate spot around [x, y]; false if none is free. */
	label(
		text: string,
		[x, y]: Pt,
		size: number,
		fill: string,
		weight: number,
		candidates: readonly Candidate[],
		caps = false
	): boolean {
		const w = textWidth(text, size) * (caps ? CAPS_TRACKING : 1);
		for (const [dx, dy, align] of candidates) {
			const left = x + dx - (align === 1 ? 0 : align === 0 ? w / 2 : w);
			const cy = y + dy;
			// From the capitals' tops to the descenders' feet (the baseline is 0.35 em below `cy`).
			const box: Box = [left - 2, cy - size * 0.7, left + w + 2, cy + size * 0.7];
			if (!this.free(box)) continue;
			this.boxes.push(box);
			if (caps) {
				this.capsWeights.add(weight === 600 ? 600 : 400);
				for (const c of text) this.capsLetters.add(c);
			}
			const face = caps
				? ` font-family="${CAPS_FAMILY}" letter-spacing="${num(size * CAPS_SPACING)}"`
				: '';
			this.texts.push(
				`<text x="${num(left)}" y="${num(cy + size * 0.35)}"${face} font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(text)}</text>`
			);
			return true;
		}
		return false;
	}
}

/** River names along their lines, as the live style's `river-labels` (from zoom 5, by rank). */
export function labelRivers(labels: Labels, view: CanvasView, basemap: BasemapData): void {
	const { zoom, px, width, height } = view;
	const riverSize = Math.max(10, Math.min(13, 10 + ((zoom - 5) * 3) / 5));
	if (zoom < 5) return;
	for (const f of ranked(basemap.rivers.features, WATER_RANK_ZOOMS.riverLabels, zoom)) {
		const name = basemapName(f.properties, labels.lang);
		if (!name) continue;
		const runs = linesOf(f.geometry).flatMap((l) => clipLine(l.map(px), 0, 0, width, height));
		const along = riverLabelAt(runs, textWidth(name, riverSize) * 1.1);
		if (!along) continue;
		const { at, angle } = along;
		const w = textWidth(name, riverSize) * 1.1;
		const [hx, hy] = [
			(Math.abs(Math.cos((angle * Math.PI) / 180)) * w) / 2 + riverSize / 2,
			(Math.abs(Math.sin((angle * Math.PI) / 180)) * w) / 2 + riverSize / 2
		];
		const box: Box = [at[0] - hx, at[1] - hy, at[0] + hx, at[1] + hy];
		if (!labels.free(box)) continue;
		labels.claim(box);
		labels.rivers.push(
			`<text x="${num(at[0])}" y="${num(at[1])}" dy="-0.35em" text-anchor="middle" transform="rotate(${num(angle)} ${num(at[0])} ${num(at[1])})" font-size="${num(riverSize)}" font-style="italic" letter-spacing="1" fill="${WATER.label}" stroke="${WATER.halo}">${esc(name)}</text>`
		);
	}
}

/** The countries' names, in capitals, at their label points. */
export function labelCountries(labels: Labels, view: CanvasView, basemap: BasemapData): void {
	const { px, inView } = view;
	const centred: readonly Candidate[] = [[0, 0, 0]];
	for (const f of basemap.labels.features) {
		const [lng, lat] = (f.geometry as { coordinates: Position }).coordinates;
		const focus = f.properties?.focus === true;
		if (!inView(px([lng, lat]), -20)) continue;
		labels.label(
			(basemapName(f.properties, labels.lang) ?? '').toUpperCase(),
			px([lng, lat]),
			focus ? 15 : 12,
			COLORS.label,
			focus ? 600 : 400,
			centred,
			true
		);
	}
}

/**
 * The towns shown at this zoom, biggest first, each named beside its dot; a town whose name
 * finds no room is not drawn. Their dots go first in `dots`, under the places'.
 */
export function labelTowns(
	labels: Labels,
	view: CanvasView,
	basemap: BasemapData,
	dots: string[]
): void {
	const { zoom, px, inView } = view;
	const beside: readonly Candidate[] = [[5, 0, 1]];
	const towns = basemap.towns.features
		.filter((f) => zoom >= 4 && Number(f.properties?.minzoom ?? 99) <= Math.floor(zoom))
		.sort((a, b) => Number(b.properties?.population) - Number(a.properties?.population));
	for (const f of towns) {
		const at = px((f.geometry as { coordinates: Position }).coordinates);
		if (!inView(at)) continue;
		const big = Number(f.properties?.population) >= 100_000;
		const size = zoom >= 8 ? (big ? 12 : 11) : big ? 10.5 : 9.5;
		if (!labels.free([at[0] - 3, at[1] - 3, at[0] + 3, at[1] + 3])) continue;
		if (
			labels.label(
				basemapName(f.properties, labels.lang) ?? '',
				at,
				size,
				TOWN.label,
				big ? 600 : 400,
				beside
			)
		) {
			dots.unshift(
				`<circle cx="${num(at[0])}" cy="${num(at[1])}" r="${big ? 3 : 2.2}" fill="${TOWN.dot}" stroke="${TOWN.dotLine}"/>`
			);
		}
	}
}

/** Province names, placed last as on the live map: the places, the countries and the towns win. */
export function labelProvinces(labels: Labels, view: CanvasView, basemap: BasemapData): void {
	const { zoom, px, inView } = view;
	if (!(zoom >= PROVINCE_LABEL_ZOOMS[0] && zoom < PROVINCE_LABEL_ZOOMS[1])) return;
	for (const f of provinceLabels(basemap)) {
		const at = px((f.geometry as { coordinates: Position }).coordinates);
		if (!inView(at, -20)) continue;
		const rows = provinceRows(basemapName(f.properties, labels.lang) ?? '');
		const size = 11;
		const w = Math.max(...rows.map((r) => textWidth(r, size) * CAPS_TRACKING));
		const h = rows.length * size * 1.2;
		// At its point, or above or below it (as the live map's variable anchors), where free.
		const spot = [0, -1, 1]
			.map((k): [number, number] => [at[0], at[1] + k * (h / 2 + size * 2.5)])
			.map(([x, y]) => ({
				y,
				box: [x - w / 2 - 2, y - h / 2, x + w / 2 + 2, y + h / 2] as Box
			}))
			.find((c) => labels.free(c.box));
		if (!spot) continue;
		labels.claim(spot.box);
		const tspans = rows
			.map(
				(r, i) =>
					`<tspan x="${num(at[0])}" y="${num(spot.y - h / 2 + size * (1.2 * i + 0.95))}">${esc(r)}</tspan>`
			)
			.join('');
		labels.capsWeights.add(400);
		for (const c of rows.join(' ')) labels.capsLetters.add(c);
		labels.texts.push(
			`<text text-anchor="middle" font-family="${CAPS_FAMILY}" font-size="${size}" font-weight="400" letter-spacing="${num(size * CAPS_SPACING)}" fill="${PROVINCE.label}" stroke="${PROVINCE.halo}">${tspans}</text>`
		);
	}
}
