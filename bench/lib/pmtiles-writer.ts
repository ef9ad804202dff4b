/**
 * A minimal PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * the `pmtiles` package only reads. One archive = a 127-byte header, a root directory that fits
 * in the first 16 KiB (the reader's first request), the JSON metadata, leaf directories when the
 * root alone would not fit, then the tile data in tile-id order ("clustered"). Directories and
 * metadata are gzipped; tiles are stored as given (the caller gzips them and says so).
 */
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { zxyToTileId } from 'pmtiles';

/** One tile to store: its position and its (already compressed) bytes. */
export interface TileInput {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

/** What the header says about the archive besides where things are. */
export interface ArchiveInfo {
	/** 1 = MVT. */
	tileType: number;
	/** 1 = none, 2 = gzip: how each tile's bytes are compressed. */
	tileCompression: number;
	minZoom: number;
	maxZoom: number;
	/** West, south, east, north in degrees. */
	bounds: [number, number, number, number];
	center: [number, number, number];
	metadata: Record<string, unknown>;
}

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

const HEADER_BYTES = 127;
/** The reader fetches the first 16 KiB: the header and the whole root directory must fit. */
const ROOT_BUDGET = 16384 - HEADER_BYTES;

function varint(out: number[], value: number): void {
	let v = value;
	while (v >= 0x80) {
		out.push((v % 0x80) | 0x80);
		v = Math.floor(v / 0x80);
	}
	out.push(v);
}

/** Serialises and gzips a directory: counts, then columns of deltas, runs, lengths, offsets. */
function serializeDirectory(entries: Entry[]): Buffer {
	const out: number[] = [];
	varint(out, entries.length);
	let last = 0;
	for (const e of entries) {
		varint(out, e.tileId - last);
		last = e.tileId;
	}
	for (const e of entries) varint(out, e.runLength);
	for (const e of entries) varint(out, e.length);
	entries.forEach((e, i) => {
		const prev = entries[i - 1];
		// 0 means "right after the previous entry"; any other offset is stored plus one.
		if (i > 0 && e.offset === prev.offset + prev.length) varint(out, 0);
		else varint(out, e.offset + 1);
	});
	return gzipSync(Buffer.from(out));
}

/** The root directory, and leaves when the entries do not fit in the root (spec §4). */
function directories(entries: Entry[]): { root: Buffer; leaves: Buffer } {
	const whole = serializeDirectory(entries);
	if (whole.length <= ROOT_BUDGET) return { root: whole, leaves: Buffer.alloc(0) };
	for (let leafSize = 4096; ; leafSize *= 2) {
		const rootEntries: Entry[] = [];
		const leaves: Buffer[] = [];
		let offset = 0;
		for (let i = 0; i < entries.length; i += leafSize) {
			const leaf = serializeDirectory(entries.slice(i, i + leafSize));
			// A run length of 0 points at a leaf directory instead of a tile.
			rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
			leaves.push(leaf);
			offset += leaf.length;
		}
		const root = serializeDirectory(rootEntries);
		if (root.length <= ROOT_BUDGET) return { root, leaves: Buffer.concat(leaves) };
	}
}

/** Builds a whole archive in memory. Identical tiles are stored once. */
export function writePMTiles(tiles: TileInput[], info: ArchiveInfo): Buffer {
	const sorted = tiles
		.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
		.sort((a, b) => a.tileId - b.tileId);
	const entries: Entry[] = [];
	const chunks: Uint8Array[] = [];
	const seen = new Map<string, { offset: number; length: number }>();
	let dataLength = 0;
	for (const t of sorted) {
		const hash = createHash('sha1').update(t.data).digest('hex');
		let at = seen.get(hash);
		if (!at) {
			at = { offset: dataLength, length: t.data.length };
			seen.set(hash, at);
			chunks.push(t.data);
			dataLength += t.data.length;
		}
		const prev = entries[entries.length - 1];
		if (prev && prev.offset === at.offset && prev.tileId + prev.runLength === t.tileId) {
			prev.runLength += 1;
		} else {
			entries.push({ tileId: t.tileId, offset: at.offset, length: at.length, runLength: 1 });
		}
	}
	const { root, leaves } = directories(entries);
	const metadata = gzipSync(Buffer.from(JSON.stringify(info.metadata)));

	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leavesOffset = metadataOffset + metadata.length;
	const dataOffset = leavesOffset + leaves.length;

	const header = Buffer.alloc(HEADER_BYTES);
	header.write('PMTiles', 0, 'ascii');
	header.writeUInt8(3, 7);
	const u64 = (value: number, at: number) => header.writeBigUInt64LE(BigInt(value), at);
	u64(rootOffset, 8);
	u64(root.length, 16);
	u64(metadataOffset, 24);
	u64(metadata.length, 32);
	u64(leavesOffset, 40);
	u64(leaves.length, 48);
	u64(dataOffset, 56);
	u64(dataLength, 64);
	u64(sorted.length, 72); // addressed tiles
	u64(entries.length, 80); // tile entries
	u64(seen.size, 88); // tile contents
	header.writeUInt8(1, 96); // clustered: tile data in tile-id order
	header.writeUInt8(2, 97); // internal compression: gzip
	header.writeUInt8(info.tileCompression, 98);
	header.writeUInt8(info.tileType, 99);
	header.writeUInt8(info.minZoom, 100);
	header.writeUInt8(info.maxZoom, 101);
	const e7 = (deg: number, at: number) => header.writeInt32LE(Math.round(deg * 1e7), at);
	const [w, s, e, n] = info.bounds;
	e7(w, 102);
	e7(s, 106);
	e7(e, 110);
	e7(n, 114);
	header.writeUInt8(info.center[2], 118);
	e7(info.center[0], 119);
	e7(info.center[1], 123);
	return Buffer.concat([header, root, metadata, leaves, ...chunks]);
}
