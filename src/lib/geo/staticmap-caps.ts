/**
 * The static maps' names in capitals (countries and provinces) and the provinces they draw: the
 * face, its spacing and the provinces' parts of the basemap.
 */
import { LABEL_FONT } from './label-font';
import type { BasemapData } from './schema-geojson';

/**
 * Country and province names are capitals in the live map's face, Noto Sans, embedded cut to the
 * capitals (`LABEL_FONT`): a static map is an image, which may not load the page's web fonts.
 * Spaced as the live style's `text-letter-spacing` (0.12 em), which widens them by about a fifth.
 */
export const CAPS_FAMILY = "'Atlas Caps','Noto Sans',sans-serif";
export const CAPS_SPACING = 0.12;
export const CAPS_TRACKING = 1 + CAPS_SPACING / 0.55;

/**
 * The embedded faces of the capitals, for the weights a map uses and the scripts of the capitals
 * it draws (`letters`): a face a map has no letter of is left out, so that an English map
 * carries no Cyrillic.
 */
export function capsFaces(weights: ReadonlySet<400 | 600>, letters: ReadonlySet<string>): string {
	const faces = [...weights]
		.sort()
		.flatMap((w) =>
			LABEL_FONT[w]
				.filter((f) => [...letters].some((c) => inRange(f.range, c)))
				.map(
					(f) =>
						`@font-face{font-family:'Atlas Caps';font-weight:${w};src:url(${f.url}) format('woff2');unicode-range:${f.range}}`
				)
		);
	return faces.length ? `<style>${faces.join('')}</style>` : '';
}

/** Whether a `unicode-range` (`U+20,U+41-5A`) holds a character. */
function inRange(range: string, c: string): boolean {
	const code = c.codePointAt(0)!;
	return range.split(',').some((entry) => {
		const [lo, hi = lo] = entry.slice(2).split('-');
		return code >= parseInt(lo, 16) && code <= parseInt(hi, 16);
	});
}

/** The lines between Tajikistan's provinces (`provinces.geojson`, kind `boundary`). */
export const provinceLines = (basemap: BasemapData) =>
	basemap.provinces.features.filter((f) => f.properties?.kind === 'boundary');
/** A point per province with its name (`provinces.geojson`, kind `label`). */
export const provinceLabels = (basemap: BasemapData) =>
	basemap.provinces.features.filter((f) => f.properties?.kind === 'label');

/** A province's name in capitals, in rows of about 16 letters (long names wrap, as on the live map). */
export function provinceRows(name: string): string[] {
	const rows: string[] = [];
	for (const word of name.toUpperCase().split(' ')) {
		const last = rows[rows.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= 16)
			rows[rows.length - 1] = `${last} ${word}`;
		else rows.push(word);
	}
	return rows;
}
