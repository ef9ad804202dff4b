/**
 * The river lines as a graph, so that a named river can be traced as the shortest path through
 * the network between points it is known to pass (see `rivers-named.ts`). WDBII has no names and
 * its pieces do not follow rivers (the Panj and the Amu Darya are one line; the Surkhob and the
 * Vakhsh are one line), so a name is attached by path, not by piece.
 */
import type { Position } from 'geojson';
import { distanceKm } from './geometry';

/** How far a tributary's loose end may be from the river it joins and still be joined to it. */
const JOIN_KM = 1;

export interface Edge {
	to: number;
	km: number;
	level: number;
}

export interface Network {
	/** Vertex positions, by vertex id. */
	points: Position[];
	/** Neighbours of each vertex: edge length in km, and the level of the line it belongs to (0 for
	 * the joins added between a loose end and another line). */
	edges: Edge[][];
	/** The input lines as vertex ids, in input order. */
	lines: number[][];
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Builds the graph: shared positions are shared vertices; loose ends within JOIN_KM are joined.
 * @param levels the WDBII level of each line
 */
export function buildNetwork(lines: Position[][], levels: number[]): Network {
	const ids = new Map<string, number>();
	const points: Position[] = [];
	const edges: Edge[][] = [];
	const vertex = (p: Position): number => {
		const k = key(p);
		let id = ids.get(k);
		if (id === undefined) {
			id = points.length;
			ids.set(k, id);
			points.push(p);
			edges.push([]);
		}
		return id;
	};
	const link = (a: number, b: number, level: number) => {
		if (a === b || edges[a].some((e) => e.to === b)) return;
		const km = distanceKm(points[a], points[b]);
		edges[a].push({ to: b, km, level });
		edges[b].push({ to: a, km, level });
	};
	const asIds = lines.map((line) => line.map(vertex));
	asIds.forEach((line, j) => {
		for (let i = 1; i < line.length; i++) link(line[i - 1], line[i], levels[j]);
	});

	// A tributary in WDBII usually ends on a vertex of the river it joins; where it stops short,
	// join its end to the nearest vertex of another line.
	const owner = new Int32Array(points.length).fill(-1);
	asIds.forEach((line, i) => line.forEach((v) => owner[v] === -1 && (owner[v] = i)));
	asIds.forEach((line, i) => {
		for (const end of [line[0], line[line.length - 1]]) {
			if (edges[end].length !== 1) continue;
			let best = -1;
			let bestKm = JOIN_KM;
			for (let v = 0; v < points.length; v++) {
				if (owner[v] === i) continue;
				if (Math.abs(points[v][1] - points[end][1]) > 0.01) continue;
				const km = distanceKm(points[end], points[v]);
				if (km < bestKm) {
					bestKm = km;
					best = v;
				}
			}
			if (best >= 0) link(end, best, 0);
		}
	});
	return { points, edges, lines: asIds };
}

/** The vertex nearest to `p`, and how far it is. */
export function nearestVertex(net: Network, p: Position): { id: number; km: number } {
	let id = -1;
	let km = Infinity;
	net.points.forEach((q, i) => {
		const d = distanceKm(p, q);
		if (d < km) {
			km = d;
			id = i;
		}
	});
	return { id, km };
}

/**
 * Shortest path from vertex `from` to vertex `to` (Dijkstra with a binary heap), as vertex ids;
 * null when they are not connected. Ties are broken by vertex id, so the result is deterministic.
 * @param cost an edge's cost; its length by default
 */
export function shortestPath(
	net: Network,
	from: number,
	to: number,
	cost: (edge: Edge) => number = (edge) => edge.km
): number[] | null {
	const n = net.points.length;
	const dist = new Float64Array(n).fill(Infinity);
	const prev = new Int32Array(n).fill(-1);
	const heap: [number, number][] = [];
	const less = (a: [number, number], b: [number, number]) =>
		a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
	const push = (item: [number, number]) => {
		heap.push(item);
		let i = heap.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!less(heap[i], heap[parent])) break;
			[heap[i], heap[parent]] = [heap[parent], heap[i]];
			i = parent;
		}
	};
	const pop = (): [number, number] => {
		const top = heap[0];
		const last = heap.pop()!;
		if (heap.length > 0) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && less(heap[l], heap[m])) m = l;
				if (r < heap.length && less(heap[r], heap[m])) m = r;
				if (m === i) break;
				[heap[i], heap[m]] = [heap[m], heap[i]];
				i = m;
			}
		}
		return top;
	};
	dist[from] = 0;
	push([0, from]);
	while (heap.length > 0) {
		const [d, v] = pop();
		if (d > dist[v]) continue;
		if (v === to) break;
		for (const edge of net.edges[v]) {
			const w = edge.to;
			const nd = d + cost(edge);
			if (nd < dist[w]) {
				dist[w] = nd;
				prev[w] = v;
				push([nd, w]);
			}
		}
	}
	if (dist[to] === Infinity) return null;
	const path: number[] = [];
	for (let v = to; v !== -1; v = prev[v]) path.push(v);
	return path.reverse();
}
