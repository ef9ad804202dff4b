/**
 * Extracts the raw river and lake lines of the basemap's region from GSHHG 2.3.7 (WDBII rivers,
 * GSHHS lake shores) with GMT's `coast -M`, into `scripts/data/`. The extract is committed, so
 * `npm run geo:basemap` and the tests need only Node; this script needs Debian's `gmt` (6.4) with
 * its full-resolution coastline files (`gmt-common`, `gmt-gshhg-high`):
 *
 *   apt-get install gmt gmt-gshhg-high && npm run geo:extract
 *
 * GMT writes the lines cut at its 1° storage bins; `scripts/basemap/gshhg.ts` joins them again.
 * Output is deterministic: the same GSHHG files give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REGION_BOX } from './basemap/geometry';

/**
 * Lakes are dumped from a wider box than the region, so that a lake cut by the region's edge (the
 * Aral Sea at 61°E) comes out whole and is clipped as a polygon, like the countries.
 */
export const LAKE_BOX: [number, number, number, number] = [57, 31, 83, 47];

/** WDBII river levels kept: 1 permanent major, 2 additional major, 3 additional, 4 minor rivers. */
const RIVER_LEVELS = ['-I1', '-I2', '-I3', '-I4'];

const box = ([w, s, e, n]: [number, number, number, number]) => `-R${w}/${e}/${s}/${n}`;

/**
 * Runs `gmt coast` and returns its text; 5 decimals (about 1 m) is finer than WDBII's 1:3M. It runs
 * in a scratch folder, where GMT leaves its `gmt.history`.
 */
function coast(args: string[]): string {
	const cwd = mkdtempSync(join(tmpdir(), 'gmt-'));
	try {
		return run(args, cwd);
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
}

function run(args: string[], cwd: string): string {
	return execFileSync('gmt', ['coast', ...args, '-M', '-Df', '--FORMAT_FLOAT_OUT=%.5f'], {
		encoding: 'utf8',
		cwd,
		maxBuffer: 64 * 1024 * 1024
	});
}

/** The extract files by name, as the exact text to write. */
export function extract(): Record<string, string> {
	const version = execFileSync('gmt', ['--version'], { encoding: 'utf8' }).trim();
	const header = (what: string, command: string) =>
		`# ${what}: GSHHG 2.3.7 (WDBII), LGPL-3.0-or-later, via GMT ${version}\n# ${command}\n`;
	const riverArgs = [box(REGION_BOX), ...RIVER_LEVELS];
	const lakeArgs = [box(LAKE_BOX), '-W', '-A0/2/2'];
	return {
		'gshhg-rivers.txt':
			header('Rivers', `gmt coast ${riverArgs.join(' ')} -M -Df`) + coast(riverArgs),
		'gshhg-lakes.txt':
			header('Lake shores', `gmt coast ${lakeArgs.join(' ')} -M -Df`) + coast(lakeArgs)
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const outDir = process.argv[2] ?? 'scripts/data';
	mkdirSync(outDir, { recursive: true });
	for (const [name, text] of Object.entries(extract())) {
		writeFileSync(join(outDir, name), text);
		console.log(`${join(outDir, name)}  ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
	}
}
