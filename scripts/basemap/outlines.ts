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
import { bboxClip, bboxPolygon, featureCollection, intersect, kinks, simplify } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	LineString,
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
 * Beyond the context box the world is seen at zoom 1–3, where 0.2° is about a pixel;
 * within the context box, at 1:110m, 0.01° (a kilometre) is under a pixel to zoom 6.
 */
const FAR_TOLERANCE = 0.2;
const NEAR_TOLERANCE = 0.01;
/** Islands beyond the context box under this area (square degrees, ~250 km²) are specks of a pixel or less at zoom 4. */
const MIN_ISLAND = 0.1;

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
	const [w, s, e, n] = contextBox;
	// The world less the context box, as the boxes around it (west, east, south, north), each
	// cut by a true polygon intersection, as the countries are.
	const around: Box[] = [
		// West of the context box in six: cut whole, the Americas and the Arctic made rings
		// whose slits (a shore that runs out and back along one line) any simplification or
		// rounding folded onto themselves.
		[-180, -90, -100, 60],
		[-180, 60, -140, 90],
		[-140, 60, -100, 90],
		[-100, -90, -30, 60],
		[-100, 60, -80, 90],
		[-80, 60, -30, 90],
		[-30, -90, w, 90],
		[e, -90, 180, 90],
		[w, -90, e, s],
		[w, n, e, 90]
	];
	const features: Feature<Polygon | MultiPolygon, Record<string, never>>[] = [];
	for (const box of around) {
		const parts: Position[][][] = [];
		for (const f of whole.features) {
			const cut = intersect(featureCollection([f, bboxPolygon(box)]))?.geometry;
			if (!cut) continue;
			for (const poly of cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates) {
				if (Math.abs(planarArea(poly[0])) < MIN_ISLAND) continue;
				const kept = simplest(poly);
				if (kept) parts.push(kept);
			}
		}
		// A box's parts as one shape where no two of them, simplified apart, now cross; else
		// each a shape of its own (the validator checks a shape as a whole).
		const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
		const shapes: (Polygon | MultiPolygon)[] =
			kinks(multi).features.length === 0
				? [multi]
				: parts.map((coordinates) => ({ type: 'Polygon', coordinates }));
		for (const geometry of shapes) features.push({ type: 'Feature', properties: {}, geometry });
	}
	return { type: 'FeatureCollection', features };
}

/** A ring's area in square degrees (the shoelace formula), enough to tell a speck. */
function planarArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++)
		sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	return sum / 2;
}

/**
 * A polygon simplified and rounded as far as it holds: simplifying and rounding can fold a
 * narrow fjord or spit onto itself, and where they do, more of the shore is kept, so that the
 * validator's self-intersection check (turf kinks) holds. A lake (a hole) that the simplified
 * shore would cross is left out: at the zooms this land is seen it is a pixel or two wide. Null
 * when nothing is left.
 */
function simplest(poly: Position[][]): Position[][] | null {
	const crosses = (rings: Position[][]) =>
		kinks({ type: 'Polygon', coordinates: rings }).features.length > 0;
	for (const [tolerance, decimals] of [
		[FAR_TOLERANCE, 1],
		[FAR_TOLERANCE / 4, 1],
		[0, 1],
		[FAR_TOLERANCE / 4, 2],
		[0, 2],
		[0, 4]
	]) {
		const p = tolerance
			? simplify({ type: 'Polygon', coordinates: poly }, { tolerance, highQuality: true })
					.coordinates
			: poly;
		const [outer, ...holes] = p.map((r) => roundLine(r, decimals));
		if (!outer || outer.length < 4) return null;
		if (crosses([outer])) continue;
		const kept = [outer, ...holes.filter((h) => h.length >= 4 && !crosses([outer, h]))];
		if (!crosses(kept)) return kept;
	}
	throw new Error(`world: a land polygon at ${poly[0][0]} crosses itself`);
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
		const clipped = bboxClip({ type: 'LineString', coordinates: l }, REGION_BOX).geometry as
			LineString | MultiLineString;
		const runs: Position[][] =
			clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
		for (const run of runs) {
			if (run.length < 2) continue;
			const line: LineString = { type: 'LineString', coordinates: run };
			const simple = simplify(line, { tolerance: BORDER_TOLERANCE, highQuality: true }).coordinates;
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
