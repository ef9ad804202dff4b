/**
 * The face of the static maps' capitals (country and province names): Noto Sans, the live map's
 * font, cut to the capital letters and embedded in each SVG that draws such a name.
 *
 * A static map is an `<img>`: it may not load the page's web fonts or any other file, so without
 * this its names fell back to the reader's own sans-serif (DejaVu, Arial…), another face than
 * the live map's. The whole Latin subset is 13 kB a weight; cut to the capitals it is under 3 kB,
 * and the country and province names (uppercase, as on the live map) are all the static map
 * needs it for. Output: `src/lib/geo/label-font.ts`, a module of the two faces as data URLs,
 * made deterministically (same font, same bytes) so that a test can prove it is current.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FONTSOURCE = dirname(require.resolve('@fontsource/noto-sans/package.json'));

/** The generated module, relative to the repository's root. */
export const LABEL_FONT_MODULE = 'src/lib/geo/label-font.ts';

/** The signs between words, in every face so that a name in one script needs one face. */
const SIGNS = " -'’.";

/**
 * Every capital a country's or province's name may need, by the subset of Noto Sans that has it:
 * the Latin alphabet, the Russian one, and the six letters Tajik adds (Noto Sans's Cyrillic
 * Extended file).
 */
export const CAPITALS = {
	latin: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
	cyrillic: 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
	'cyrillic-ext': 'ҒӢҚӮҲҶ'
} as const;

/** `unicode-range` of a set of characters: the browser picks the face that holds each letter. */
function unicodeRange(chars: string): string {
	const codes = [...new Set(chars)].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
	const runs: [number, number][] = [];
	for (const c of codes) {
		const last = runs[runs.length - 1];
		if (last && c === last[1] + 1) last[1] = c;
		else runs.push([c, c]);
	}
	const hex = (c: number) => c.toString(16).toUpperCase();
	return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

/** The module's text: each weight's cut faces, a subset each, as base64 data URLs. */
export async function buildLabelFont(): Promise<string> {
	const weights: string[] = [];
	for (const weight of [400, 600]) {
		const faces: string[] = [];
		for (const [subset, letters] of Object.entries(CAPITALS)) {
			const font = readFileSync(
				join(FONTSOURCE, `files/noto-sans-${subset}-${weight}-normal.woff2`)
			);
			// The signs are in the Latin file only: the others borrow them from it.
			const text = subset === 'latin' ? letters + SIGNS : letters;
			const cut = await subsetFont(font, text, { targetFormat: 'woff2' });
			faces.push(
				`\t\t{\n\t\t\tletters: '${letters}',\n\t\t\trange: '${unicodeRange(text)}',\n` +
					`\t\t\turl: 'data:font/woff2;base64,${Buffer.from(cut).toString('base64')}'\n\t\t}`
			);
		}
		weights.push(`\t${weight}: [\n${faces.join(',\n')}\n\t]`);
	}
	return [
		'/**',
		' * Noto Sans (SIL OFL 1.1, `@fontsource/noto-sans`) cut to capitals, by weight and script, for',
		" * the static maps' country and province names. Made by `npm run geo:basemap`",
		' * (scripts/basemap/label-font.ts); do not edit.',
		' */',
		'export const LABEL_FONT: Record<400 | 600, { letters: string; range: string; url: string }[]> = {',
		weights.join(',\n'),
		'};',
		''
	].join('\n');
}
