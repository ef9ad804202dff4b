/**
 * The map's probe (`window.__atlas`) is for tests and the benchmark only: the build
 * that `npm start` serves (build/) has none of it, the test build (build-test/) has it. Reads the
 * two builds from disk; no browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Every JavaScript file of a build. */
function scripts(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.js'))
		.map((name) => join(dir, name));
}

const withProbe = (dir: string) =>
	scripts(dir).filter((file) => readFileSync(file, 'utf8').includes('__atlas'));

test('npm start serves no probe; the test build has one', () => {
	expect(scripts('build').length).toBeGreaterThan(10);
	expect(withProbe('build')).toEqual([]);
	// The same check finds the probe where it is, so the first one can fail.
	expect(withProbe('build-test').length).toBeGreaterThan(0);
});
