/**
 * `rivers.geojson`: WDBII river lines (GSHHG 2.3.7, full resolution, levels 1–4) of the region,
 * the rivers of `rivers-named.ts` named along their course, the rest unnamed by rank.
 */
import { bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { REGION_BOX, roundLine } from './geometry';
import { mergeLines, parseGmt } from './gshhg';
import { buildNetwork, nearestVertex, shortestPath, type Edge, type Network } from './network';
import { NAMED_RIVERS, type NamedRiver } from './rivers-named';

/** Source id written on every feature (the style's attribution names it). */
export const RIVER_SOURCE = 'gshhg-wdbii';

/**
 * Douglas–Peucker tolerance in degrees: 0.001° is 90–110 m here, under a pixel up to zoom 9 and
 * under two at zoom 10 (a pixel is about 60 m at zoom 10 and 38°N), and finer than WDBII itself
 * (drawn at 1:1M–1:3M). It keeps 45 % of the points: the rivers come to about 200 KB, not 310.
 */
export const RIVER_TOLERANCE = 0.001;

/** A via point must lie this close to some WDBII line, or the river is not in the data there. */
const MAX_SNAP_KM = 12;

export interface RiverProps {
	id?: string;
	name?: string;
	rank: 1 | 2 | 3;
	source: string;
}

/** An unnamed line's rank from its WDBII level: 1–2 major rivers, 3–4 the rest. */
const rankOfLevel = (level: number): 2 | 3 => (level <= 2 ? 2 : 3);

const edgeKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Splits a vertex path into the runs whose edges nobody has claimed yet, and claims them. */
function claimRuns(path: number[], claimed: Set<string>): number[][] {
	const runs: number[][] = [];
	let run: number[] = [];
	for (let i = 1; i < path.length; i++) {
		const k = edgeKey(path[i - 1], path[i]);
		if (claimed.has(k)) {
			if (run.length >= 2) runs.push(run);
			run = [];
			continue;
		}
		claimed.add(k);
		if (run.length === 0) run.push(path[i - 1]);
		run.push(path[i]);
	}
	if (run.length >= 2) runs.push(run);
	return runs;
}

/** The vertex path of one named river, leg by leg; throws where the data does not have it. */
function trace(net: Network, river: NamedRiver): number[][] {
	return river.legs.map((leg) => {
		const stops = leg.map((via) => {
			const { id, km } = nearestVertex(net, via.at);
			if (km > MAX_SNAP_KM)
				throw new Error(
					`${river.name}: ${via.ref} is ${km.toFixed(1)} km from any WDBII river line`
				);
			return id;
		});
		// Off the river's own WDBII level a path costs ten times as much, so that it follows the
		// river rather than a shorter side channel or tributary loop (a level-3 line cuts across the
		// Panj's bend at 69.4–69.7°E).
		const cost = (edge: Edge) =>
			(edge.level === river.level || edge.level === 0 ? 1 : 10) * edge.km;
		const path: number[] = [stops[0]];
		for (let i = 1; i < stops.length; i++) {
			const part = shortestPath(net, stops[i - 1], stops[i], cost);
			if (!part)
				throw new Error(
					`${river.name}: no WDBII path from ${leg[i - 1].ref} to ${leg[i].ref}; split the leg`
				);
			path.push(...part.slice(1));
		}
		return path;
	});
}

/** Clips to the region, simplifies and rounds; lines that vanish are dropped. */
function finish(lines: Position[][], decimals: number): Position[][] {
	const out: Position[][] = [];
	for (const line of lines) {
		const clipped = bboxClip({ type: 'LineString', coordinates: line }, REGION_BOX).geometry as
			LineString | MultiLineString;
		const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
		for (const part of parts) {
			if (part.length < 2) continue;
			const simple = simplify(
				{ type: 'LineString', coordinates: part },
				{ tolerance: RIVER_TOLERANCE, highQuality: true }
			) as LineString;
			const rounded = roundLine(simple.coordinates, decimals);
			if (rounded.length >= 2) out.push(rounded);
		}
	}
	return out;
}

function geometry(lines: Position[][]): LineString | MultiLineString {
	return lines.length === 1
		? { type: 'LineString', coordinates: lines[0] }
		: { type: 'MultiLineString', coordinates: lines };
}

/**
 * Builds the rivers from the GMT extract's text: named rivers first (in `NAMED_RIVERS` order),
 * then one MultiLineString per rank for every stretch left unnamed.
 */
export function buildRivers(
	gmtText: string,
	decimals: number
): FeatureCollection<LineString | MultiLineString, RiverProps> {
	const segments = parseGmt(gmtText);
	const levels = [...new Set(segments.map((s) => s.level))].sort((a, b) => a - b);
	const merged = levels.flatMap((level) =>
		mergeLines(segments.filter((s) => s.level === level).map((s) => s.points)).map((points) => ({
			level,
			points
		}))
	);
	const net = buildNetwork(
		merged.map((m) => m.points),
		merged.map((m) => m.level)
	);
	const claimed = new Set<string>();
	const coords = (run: number[]) => run.map((v) => net.points[v]);

	const features: Feature<LineString | MultiLineString, RiverProps>[] = [];
	for (const river of NAMED_RIVERS) {
		const runs = trace(net, river).flatMap((path) => claimRuns(path, claimed));
		const lines = finish(runs.map(coords), decimals);
		if (lines.length === 0) continue;
		const properties: RiverProps = {
			id: river.id,
			name: river.name,
			rank: river.rank,
			source: RIVER_SOURCE
		};
		features.push({ type: 'Feature', properties, geometry: geometry(lines) });
	}

	const rest = new Map<2 | 3, Position[][]>([
		[2, []],
		[3, []]
	]);
	merged.forEach(({ level }, i) => {
		for (const run of claimRuns(net.lines[i], claimed))
			rest.get(rankOfLevel(level))!.push(coords(run));
	});
	for (const [rank, runs] of rest) {
		const lines = finish(runs, decimals);
		if (lines.length > 0)
			features.push({
				type: 'Feature',
				properties: { rank, source: RIVER_SOURCE },
				geometry: geometry(lines)
			});
	}
	return { type: 'FeatureCollection', features };
}
