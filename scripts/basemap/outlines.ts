/**
 * What keeps the basemap's data extent from showing as a seam at any zoom:
 *
 * - `world.geojson`: the rest of the world's land at 1:110m, outside the context box, so that the
 *   land goes on to the map's edge when a reader zooms out past the context (to zoom 1). One
 *   decimal (about 10 km) outside the context box, under a pixel up to zoom 3, where it is seen.
 * - `outlines.geojson`: the countries' borders as lines, not as the outlines of the clipped
 *   polygons, whose clipping edges would draw the boxes themselves: at 1:10m inside the region
 *   box (Tajikistan's own outline is drawn from `tajikistan.geojson`), and at 1:110m outside it,
 *   two decimals within the context box and one beyond.
 */
import { bboxClip, difference, featureCollection, bboxPolygon, kinks, simplify } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { REGION_BOX, round, roundLine } from './geometry';

type Box = [number, number, number, number];

/** The region's borders are simplified like its rivers: 0.001°, under two pixels at zoom 10. */
const BORDER_TOLERANCE = 0.001;
/**
 * Three decimals (about 100 m) for the region's borders, as coarse as their simplification: the
 * fills on both sides of a neighbour's border have one colour, so the line alone shows it.
 */
const BORDER_DECIMALS = 3;
/**
 * Beyond the context box the world is seen at zoom 1–3, where 0.15° is under a pixel;
 * within the context box, at 1:110m, 0.01° (a kilometre) is under a pixel to zoom 6.
 */
const FAR_TOLERANCE = 0.15;
const NEAR_TOLERANCE = 0.01;

export interface OutlineProps {
	/** `10m` inside the region box, `110m` outside it. */
	scale: '10m' | '110m';
}

const inside = ([x, y]: Position, [w, s, e, n]: Box) => x >= w && x <= e && y >= s && y <= n;

/** Rounds a point to two decimals inside `box` and one outside it. */
function roundIn(box: Box) {
	return ([x, y]: Position): Position => {
		const d = inside([x, y], box) ? 2 : 1;
		return [round(x, d), round(y, d)];
	};
}

function dedupe(line: Position[]): Position[] {
	return line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
}

/**
 * The runs of a line that lie outside `box`: each segment is cut where it enters and leaves the
 * box (Liang–Barsky), and what is outside kept.
 */
export function outsideBox(line: Position[], [w, s, e, n]: Box): Position[][] {
	const runs: Position[][] = [];
	let run: Position[] = [];
	const lerp = (a: Position, b: Position, t: number): Position => [
		a[0] + (b[0] - a[0]) * t,
		a[1] + (b[1] - a[1]) * t
	];
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1], line[i]];
		const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
		let [t0, t1] = [0, 1];
		let crosses = true;
		for (const [p, q] of [
			[-dx, a[0] - w],
			[dx, e - a[0]],
			[-dy, a[1] - s],
			[dy, n - a[1]]
		]) {
			if (p === 0) {
				if (q < 0) crosses = false;
			} else if (p < 0) t0 = Math.max(t0, q / p);
			else t1 = Math.min(t1, q / p);
		}
		if (!crosses || t0 >= t1) {
			// Wholly outside.
			if (!run.length) run.push(a);
			run.push(b);
			continue;
		}
		if (t0 > 0) {
			if (!run.length) run.push(a);
			run.push(lerp(a, b, t0));
		}
		if (run.length > 1) runs.push(run);
		run = [];
		if (t1 < 1) run.push(lerp(a, b, t1), b);
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

/** The land of the world at 1:110m outside `contextBox`. */
export function buildWorld(
	land: Topology<{ land: GeometryCollection }>,
	contextBox: Box
): FeatureCollection<Polygon | MultiPolygon, Record<string, never>> {
	const whole = feature(land, land.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
	const parts: Position[][][] = [];
	for (const f of whole.features) {
		const rest = difference(featureCollection([f, bboxPolygon(contextBox)]))?.geometry;
		if (!rest) continue;
		const polys = rest.type === 'Polygon' ? [rest.coordinates] : rest.coordinates;
		for (const whole of polys) {
			const p = simplify(
				{ type: 'Polygon', coordinates: whole },
				{ tolerance: FAR_TOLERANCE, highQuality: true }
			).coordinates;
			const rounded = (decimals: number) =>
				p.map((r) => roundLine(r, decimals)).filter((r) => r.length >= 4);
			let kept = rounded(1);
			// Rounding can fold a narrow spit onto itself; keep two decimals where it does.
			if (
				kept.length === 0 ||
				kept[0].length < 4 ||
				kinks({ type: 'Polygon', coordinates: kept }).features.length > 0
			)
				kept = rounded(2);
			if (kept.length > 0 && kept[0].length >= 4) parts.push(kept);
		}
	}
	return {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } }
		]
	};
}

/** The countries' borders: 1:10m inside the region box (less Tajikistan's), 1:110m outside. */
export function buildOutlines(
	countries10m: Topology<{ countries: GeometryCollection }>,
	countries110m: Topology<{ countries: GeometryCollection }>,
	contextBox: Box,
	tajikistan: string
): FeatureCollection<MultiLineString, OutlineProps> {
	const fine = mesh(
		countries10m,
		countries10m.objects.countries,
		(a, b) => a !== b && a.id !== tajikistan && b.id !== tajikistan
	);
	const inRegion: Position[][] = [];
	for (const l of fine.coordinates) {
		const clipped = bboxClip({ type: 'LineString', coordinates: l }, REGION_BOX).geometry;
		const runs = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
		for (const run of runs) {
			if (run.length < 2) continue;
			const simple = simplify(
				{ type: 'LineString', coordinates: run },
				{ tolerance: BORDER_TOLERANCE, highQuality: true }
			).coordinates;
			const rounded = roundLine(simple, BORDER_DECIMALS);
			if (rounded.length >= 2) inRegion.push(rounded);
		}
	}
	const coarse = mesh(countries110m, countries110m.objects.countries, (a, b) => a !== b);
	const outside: Position[][] = coarse.coordinates
		.flatMap((l) => outsideBox(l, REGION_BOX))
		.map((l) => {
			const far = l.every((p) => !inside(p, contextBox));
			const tolerance = far ? FAR_TOLERANCE : NEAR_TOLERANCE;
			return simplify({ type: 'LineString', coordinates: l }, { tolerance, highQuality: true })
				.coordinates;
		})
		.map((l) => dedupe(l.map(roundIn(contextBox))))
		.filter((l) => l.length >= 2);
	const line = (scale: OutlineProps['scale'], coordinates: Position[][]) =>
		({
			type: 'Feature',
			properties: { scale },
			geometry: { type: 'MultiLineString', coordinates }
		}) satisfies Feature<MultiLineString, OutlineProps>;
	return {
		type: 'FeatureCollection',
		features: [line('10m', inRegion), line('110m', outside)]
	};
}
