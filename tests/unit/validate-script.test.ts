/**
 * `npm run validate` as a reader runs it: exit codes, the lines it prints, the summary. The
 * checks themselves are tested beside them (src/lib/geo/validate.test.ts, atlas.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = 'tests/fixtures/source.json';
const B = 'tests/fixtures/broken';

describe('scripts/validate.ts', () => {
	function run(...args: string[]) {
		return spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/validate.ts', '--source', SOURCE, ...args],
			{ cwd: ROOT, encoding: 'utf8' }
		);
	}

	it('exits 1 and prints each error and a summary for a broken folder', () => {
		const result = run('--dir', `${B}/bad-date`);
		expect(result.status).toBe(1);
		const output = result.stdout + result.stderr;
		expect(output).toContain(
			`${B}/bad-date/layers/osce.geojson: feature 3 (osce-kulyab): property "start": "2003-02-30" is not a valid date`
		);
		expect(output).toContain('1 error in 1 file');
	}, 30_000);

	it('exits 0 with a tick for the good folder', () => {
		const result = run('--dir', 'tests/fixtures/good');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('✓ validated 5 files, 10 features');
	}, 30_000);

	it('exits 1 when the source text is missing', () => {
		const result = run('--dir', 'tests/fixtures/good', '--source', 'tests/fixtures/nope.json');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('cannot read the source text');
	}, 30_000);

	it('exits 1 naming the file and the reason when a chapter names an unknown place', () => {
		// The build runs this script before Vite (`npm run build`), so this is the build's gate.
		const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
		try {
			cpSync(join(ROOT, 'src/lib/content'), dir, { recursive: true });
			const file = join(dir, 'chapters.json');
			const chapters = JSON.parse(readFileSync(file, 'utf8'));
			chapters[2].frame = { places: ['atlantis'] };
			writeFileSync(file, JSON.stringify(chapters));
			const result = spawnSync(
				process.execPath,
				['--import', 'tsx', 'scripts/validate.ts', '--content', dir],
				{ cwd: ROOT, encoding: 'utf8' }
			);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(
				'src/lib/content/chapters.json: chapter 3 (the-accord-implemented): property "frame.places": "atlantis" is not the slug of any place'
			);
			expect(result.stderr).toContain('1 error in 1 file');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);
});
