// Types for the font tools that scripts/fonts.ts and its test (tests/unit/fonts.test.ts) use; the
// packages ship none. Here because the type check reads tests/ (and scripts/ through them).

declare module 'subset-font' {
	/** Subsets `font` to the characters of `text` (harfbuzz's subsetter). */
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }
	): Promise<Buffer>;
}

declare module 'fontverter' {
	/** Converts a font between `sfnt` (TrueType/OpenType), `woff` and `woff2`. */
	export function convert(font: Buffer, to: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}
