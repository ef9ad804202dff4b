/**
 * Cuts three of Noto Sans's subsets down to the letters the atlas writes, deterministically
 * (same input, same bytes), so that a unit test can prove the committed files are what this
 * script makes and that they draw every letter the atlas uses.
 *
 * @fontsource/noto-sans (SIL OFL 1.1) splits the font by script. Its Latin subset (ASCII,
 * Latin-1, punctuation) stays whole: it is every page's text and whatever a reader types. The
 * extended Latin subset weighs 56–60 kB a weight for the two dozen accented letters the
 * atlas's transliterations and towns use (ā, ŭ, ḩ…), and the Cyrillic ones 7 + 22 kB for the
 * Russian and Tajik names; every page and every map label that shows one such letter paid for
 * the whole file. Here each is kept to:
 *
 * - the letters in its Unicode range that the atlas's own text contains: every file of `src/`
 *   but tests (content, place names, the interface) and every GeoJSON file under `static/geo/`
 *   (places, layers, the basemap's towns, rivers and lakes);
 * - and a fixed set a reader may type into the search box: the Russian alphabet, the Tajik
 *   letters, and the vowels with macron or breve of the common romanisations.
 *
 * A letter outside these sets is still shown, in the reader's own sans-serif (the faces keep
 * @fontsource's `unicode-range`, and a browser falls back glyph by glyph).
 *
 * Output: `src/lib/fonts/noto-sans-<subset>-<weight>.woff2` for the subsets and weights the
 * atlas uses, and `src/lib/fonts/OFL.txt`, the font's licence.
 *
 * Run: `npm run fonts [-- <outDir>]`. Re-run it when new text brings a letter the fonts lack;
 * `tests/unit/fonts.test.ts` names the letter and the file it came from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FONTSOURCE = dirname(require.resolve('@fontsource/noto-sans/package.json'));

export const OUT_DIR = 'src/lib/fonts';
export const WEIGHTS = [400, 600] as const;

/** Letters a reader may type that the atlas's text need not contain. */
const RUSSIAN = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const TAJIK = 'ҒғӢӣҚқӮӯҲҳҶҷ';
const ROMANISED = 'ĀāĒēĪīŌōŪūŬŭ';

export const SUBSETS = [
	{ name: 'latin-ext', typed: ROMANISED },
	{ name: 'cyrillic', typed: RUSSIAN },
	{ name: 'cyrillic-ext', typed: TAJIK }
] as const;
export type SubsetName = (typeof SUBSETS)[number]['name'];

/** @fontsource's `unicode-range` of a subset, as [first, last] code point pairs. */
export function subsetRange(name: SubsetName): [number, number][] {
	const ranges: Record<string, string> = JSON.parse(
		readFileSync(join(FONTSOURCE, 'unicode.json'), 'utf8')
	);
	return ranges[name].split(',').map((part) => {
		const [from, to = from] = part.replace('U+', '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

const inRange = (range: [number, number][], cp: number) =>
	range.some(([from, to]) => cp >= from && cp <= to);

/**
 * The files whose text the atlas shows: `src/` without tests, the interface's messages in every
 * language (`messages/`), and `static/geo/`'s GeoJSON.
 */
export function textFiles(root = '.'): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(join(root, dir), { withFileTypes: true })
			.flatMap((entry) => {
				const path = join(dir, entry.name);
				return entry.isDirectory() ? walk(path) : [path];
			})
			.sort();
	return [
		...walk('src').filter(
			(f) => /\.(ts|svelte|js|json|md|html|css)$/.test(f) && !/\.test\.ts$/.test(f)
		),
		...(existsSync(join(root, 'messages')) ? walk('messages') : []).filter((f) =>
			f.endsWith('.json')
		),
		...walk('static/geo').filter((f) => f.endsWith('.geojson'))
	];
}

/**
 * The letters of one subset the fonts must draw, each with the first file it was found in
 * (`typed` for the fixed set), sorted by code point.
 */
export function subsetLetters(name: SubsetName, root = '.'): Map<string, string> {
	const range = subsetRange(name);
	const found = new Map<string, string>();
	for (const file of textFiles(root)) {
		for (const ch of readFileSync(join(root, file), 'utf8')) {
			if (!found.has(ch) && inRange(range, ch.codePointAt(0)!)) found.set(ch, file);
		}
	}
	const typed = SUBSETS.find((s) => s.name === name)!.typed;
	for (const ch of typed) if (!found.has(ch)) found.set(ch, 'typed');
	return new Map([...found].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!));
}

export const fontFile = (name: SubsetName, weight: number) => `noto-sans-${name}-${weight}.woff2`;

/** @fontsource's whole file of one subset and weight. */
export const fontsourceFile = (name: SubsetName, weight: number) =>
	join(FONTSOURCE, 'files', `noto-sans-${name}-${weight}-normal.woff2`);

/** One subset's font of one weight cut to `letters`, as WOFF2 bytes. */
function cutFont(name: SubsetName, weight: number, letters: readonly string[]): Promise<Buffer> {
	const source = readFileSync(fontsourceFile(name, weight));
	return subsetFont(source, letters.join(''), { targetFormat: 'woff2' });
}

export async function buildFonts(outDir = OUT_DIR, root = '.'): Promise<string[]> {
	await mkdir(outDir, { recursive: true });
	const written: string[] = [];
	for (const { name } of SUBSETS) {
		// The text is read once a subset, for both weights.
		const letters = [...subsetLetters(name, root).keys()];
		for (const weight of WEIGHTS) {
			const path = join(outDir, fontFile(name, weight));
			await writeFile(path, await cutFont(name, weight, letters));
			written.push(path);
		}
	}
	const licence = join(outDir, 'OFL.txt');
	await writeFile(licence, readFileSync(join(FONTSOURCE, 'LICENSE')));
	return [...written, licence];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const outDir = process.argv[2] ?? OUT_DIR;
	for (const path of await buildFonts(outDir)) {
		console.log(`${relative('.', path)}: ${readFileSync(path).length} bytes`);
	}
}
