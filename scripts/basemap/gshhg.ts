/**
 * Reads GMT's `coast -M` text (see `scripts/extract.ts`) and undoes its storage bins: GMT cuts every
 * river and shore at the edges of its 1° bins, so a river comes out as dozens of pieces that meet
 * end to end, and a lake as arcs that meet around its shore.
 */
import type { Position } from 'geojson';

/** One segment as GMT wrote it. */
export interface GmtSegment {
	/** WDBII river level (1 permanent major … 4 minor) or GSHHS level (2 = lake). */
	level: number;
	points: Position[];
}

/** Parses GMT's multisegment text: `> … Level N` headers, then `lon<TAB>lat` rows. */
export function parseGmt(text: string): GmtSegment[] {
	const segments: GmtSegment[] = [];
	let current: GmtSegment | null = null;
	for (const line of text.split('\n')) {
		if (line === '' || line.startsWith('#')) continue;
		if (line.startsWith('>')) {
			const level = /Level (\d+)/.exec(line);
			if (!level) throw new Error(`GMT segment header without a level: ${line}`);
			current = { level: Number(level[1]), points: [] };
			segments.push(current);
			continue;
		}
		if (!current) throw new Error(`GMT data before any segment header: ${line}`);
		const [x, y] = line.split(/\s+/).map(Number);
		if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`not a position: ${line}`);
		const last = current.points[current.points.length - 1];
		if (!last || last[0] !== x || last[1] !== y) current.points.push([x, y]);
	}
	return segments.filter((s) => s.points.length >= 2);
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Joins lines that meet end to end where exactly two line ends meet (a bin edge, not a
 * confluence, where three or more do), reversing pieces as needed. Deterministic: pieces are
 * taken in input order and each chain starts from its first free end.
 */
export function mergeLines(lines: Position[][]): Position[][] {
	const ends = new Map<string, number[]>();
	lines.forEach((line, i) => {
		for (const p of [line[0], line[line.length - 1]]) {
			const k = key(p);
			const list = ends.get(k) ?? [];
			list.push(i);
			ends.set(k, list);
		}
	});
	const used = new Array<boolean>(lines.length).fill(false);
	/** The other line that ends at `p`, when `p` is a plain joint of two line ends. */
	const partner = (p: Position, self: number): number | undefined => {
		const list = ends.get(key(p)) ?? [];
		if (list.length !== 2) return undefined;
		const other = list[0] === self ? list[1] : list[0];
		return other === self || used[other] ? undefined : other;
	};
	const out: Position[][] = [];
	for (let i = 0; i < lines.length; i++) {
		if (used[i]) continue;
		used[i] = true;
		let chain = lines[i].slice();
		// Walk backwards from the start first, so the chain begins at a true end.
		for (let j = partner(chain[0], i); j !== undefined; j = partner(chain[0], j)) {
			used[j] = true;
			const piece =
				key(lines[j][lines[j].length - 1]) === key(chain[0])
					? lines[j]
					: lines[j].slice().reverse();
			chain = piece.concat(chain.slice(1));
			if (key(chain[0]) === key(chain[chain.length - 1])) break;
		}
		for (
			let j = partner(chain[chain.length - 1], i);
			j !== undefined;
			j = partner(chain[chain.length - 1], j)
		) {
			used[j] = true;
			const piece =
				key(lines[j][0]) === key(chain[chain.length - 1]) ? lines[j] : lines[j].slice().reverse();
			chain = chain.concat(piece.slice(1));
			if (key(chain[0]) === key(chain[chain.length - 1])) break;
		}
		out.push(chain);
	}
	return out;
}

/**
 * Lake shores as closed rings: the merged arcs that close on themselves. Arcs left open were cut
 * by the edge of the extract's box; they belong to lakes outside the region and are dropped.
 */
export function closedRings(segments: GmtSegment[]): Position[][] {
	return mergeLines(segments.map((s) => s.points)).filter(
		(ring) => ring.length >= 4 && key(ring[0]) === key(ring[ring.length - 1])
	);
}
