import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob as FontBlob, Face } from 'harfbuzzjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
	OUT_DIR,
	SUBSETS,
	WEIGHTS,
	buildFonts,
	fontFile,
	fontsourceFile,
	subsetLetters
} from '../../scripts/fonts';

/** The code points a WOFF2 file draws (its cmap). */
async function drawn(path: string): Promise<Set<number>> {
	const sfnt = await convert(await readFile(path), 'sfnt');
	return new Set(new Face(new FontBlob(sfnt)).collectUnicodes());
}

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('fonts script', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'fonts-'));
	await buildFonts(dir);
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('writes exactly the committed files, byte for byte', async () => {
		const made = (await readdir(dir)).sort();
		expect(made).toEqual((await readdir(OUT_DIR)).sort());
		for (const name of made) {
			const same = (await readFile(join(dir, name))).equals(await readFile(join(OUT_DIR, name)));
			expect(same, `${name} differs from the script's output: run npm run fonts`).toBe(true);
		}
	});

	// A letter @fontsource's file does not draw either (ı and œ sit in the Latin file) is not asked of
	// the cut one.
	it('draws every letter the atlas writes, and the letters a reader types, in each cut font', async () => {
		for (const { name } of SUBSETS) {
			const letters = subsetLetters(name);
			for (const weight of WEIGHTS) {
				const cmap = await drawn(join(OUT_DIR, fontFile(name, weight)));
				const original = await drawn(fontsourceFile(name, weight));
				const missing = [...letters]
					.filter(([ch]) => original.has(ch.codePointAt(0)!) && !cmap.has(ch.codePointAt(0)!))
					.map(([ch, file]) => `${ch} (${hex(ch)}, ${file})`);
				expect(missing, `${fontFile(name, weight)} lacks letters: run npm run fonts`).toEqual([]);
			}
		}
	});

	it("keeps each cut font to the atlas's letters: a few kilobytes, not @fontsource's 7–60 kB", async () => {
		for (const { name } of SUBSETS) {
			for (const weight of WEIGHTS) {
				const path = join(OUT_DIR, fontFile(name, weight));
				expect((await readFile(path)).length, path).toBeLessThan(6 * 1024);
				expect((await drawn(path)).size, path).toBeLessThan(200);
			}
		}
	});

	it("finds ӯ (Kulyab's Tajik name, Кӯлоб) in the atlas's own text, not only in the typed set", () => {
		expect(subsetLetters('cyrillic-ext').get('ӯ')).toMatch(/^(src|static)\//);
	});

	it('reads the sources and the geography, and skips tests and other scripts', async () => {
		const root = await mkdtemp(join(tmpdir(), 'fonts-root-'));
		try {
			await mkdir(join(root, 'src/lib'), { recursive: true });
			await mkdir(join(root, 'static/geo'), { recursive: true });
			await writeFile(join(root, 'src/lib/names.ts'), "export const names = ['Ǧarm', 'Гарм'];");
			await writeFile(join(root, 'src/lib/names.test.ts'), "expect('Ǩ')");
			await writeFile(join(root, 'static/geo/towns.geojson'), '{"name":"Ẕ"}');
			await writeFile(join(root, 'static/geo/notes.txt'), 'Ǯ');
			const letters = subsetLetters('latin-ext', root);
			expect(letters.get('Ǧ')).toBe(join('src', 'lib', 'names.ts'));
			expect(letters.get('Ẕ')).toBe(join('static', 'geo', 'towns.geojson'));
			expect(letters.get('ŭ')).toBe('typed');
			expect(letters.has('Ǩ')).toBe(false);
			expect(letters.has('Ǯ')).toBe(false);
			// Only letters in the subset's own range: no Cyrillic in the Latin file.
			expect([...letters.keys()].some((ch) => /\p{Script=Cyrillic}/u.test(ch))).toBe(false);
		} finally {
			await rm(root, { recursive: true, force: true });
		}
	});

	it('is what the page and the map load: every cut file is named in fonts.css and the map fonts', async () => {
		const css = await readFile('src/fonts.css', 'utf8');
		const map = await readFile('src/lib/map/fonts.ts', 'utf8');
		for (const { name } of SUBSETS) {
			for (const weight of WEIGHTS) {
				expect(css).toContain(`url('./lib/fonts/${fontFile(name, weight)}')`);
				expect(map).toContain(`'$lib/fonts/${fontFile(name, weight)}?url'`);
			}
		}
		expect(css).not.toMatch(/@fontsource\/noto-sans\/files\/noto-sans-(latin-ext|cyrillic)/);
	});
});
