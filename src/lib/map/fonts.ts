/**
 * The fonts the map draws its labels with, shipped with the site (no glyph server). MapLibre 6
 * rasterises text from these web fonts when the style has no `glyphs` URL; the style's
 * `font-faces` maps each `text-font` name to the files and the code points each covers, the
 * same subsets and ranges as @fontsource's CSS, so a label loads only the subsets it uses. They
 * are the page's own files (`src/fonts.css`): extended Latin and Cyrillic cut to the atlas's
 * letters by `npm run fonts`, Latin whole from @fontsource.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '$lib/fonts/noto-sans-latin-ext-400.woff2?url';
import cyrillic400 from '$lib/fonts/noto-sans-cyrillic-400.woff2?url';
import cyrillicExt400 from '$lib/fonts/noto-sans-cyrillic-ext-400.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '$lib/fonts/noto-sans-latin-ext-600.woff2?url';
import cyrillic600 from '$lib/fonts/noto-sans-cyrillic-600.woff2?url';
import cyrillicExt600 from '$lib/fonts/noto-sans-cyrillic-ext-600.woff2?url';

/** The regular weight's `text-font` name, as the style's symbol layers give it. */
export const FONT_REGULAR = 'Noto Sans Regular';
/** The semibold weight's `text-font` name. */
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

const RANGES = {
	latin: [
		'U+0000-00FF',
		'U+0131',
		'U+0152-0153',
		'U+02BB-02BC',
		'U+02C6',
		'U+02DA',
		'U+02DC',
		'U+2000-206F',
		'U+20AC',
		'U+2122',
		'U+2212'
	],
	latinExt: ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+1E00-1E9F', 'U+2C60-2C7F'],
	cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
	cyrillicExt: ['U+0460-052F', 'U+1C80-1C8A', 'U+2DE0-2DFF', 'U+A640-A69F']
};

/**
 * The style's `font-faces`. URLs are made absolute against `base` (the page's origin) because
 * MapLibre fetches them from its own request manager, not relative to the document.
 */
export function fontFaces(base: string): FontFacesSpecification {
	const abs = (url: string) => new URL(url, base).href;
	const faces = (latin: string, latinExt: string, cyrillic: string, cyrillicExt: string) => [
		{ url: abs(latin), 'unicode-range': RANGES.latin },
		{ url: abs(latinExt), 'unicode-range': RANGES.latinExt },
		{ url: abs(cyrillic), 'unicode-range': RANGES.cyrillic },
		{ url: abs(cyrillicExt), 'unicode-range': RANGES.cyrillicExt }
	];
	return {
		[FONT_REGULAR]: faces(latin400, latinExt400, cyrillic400, cyrillicExt400),
		[FONT_SEMIBOLD]: faces(latin600, latinExt600, cyrillic600, cyrillicExt600)
	};
}
