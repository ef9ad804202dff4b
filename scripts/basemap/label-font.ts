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

/** Every capital a country's or province's name may need, and the signs between words. */
export const CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ -'’.";

/** The module's text: each weight of the cut face as a base64 data URL. */
export async function buildLabelFont(): Promise<string> {
	const faces: string[] = [];
	for (const weight of [400, 600]) {
		const font = readFileSync(join(FONTSOURCE, `files/noto-sans-latin-${weight}-normal.woff2`));
		const cut = await subsetFont(font, CAPITALS, { targetFormat: 'woff2' });
		faces.push(`\t${weight}: 'data:font/woff2;base64,${Buffer.from(cut).toString('base64')}'`);
	}
	return [
		'/**',
		' * Noto Sans (SIL OFL 1.1, `@fontsource/noto-sans`) cut to capitals, by weight, for the static',
		" * maps' country and province names. Made by `npm run geo:basemap`",
		' * (scripts/basemap/label-font.ts); do not edit.',
		' */',
		'export const LABEL_FONT: Record<400 | 600, string> = {',
		faces.join(',\n'),
		'};',
		''
	].join('\n');
}
