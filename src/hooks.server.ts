import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { CLIENT_MANIFEST, mapCodeFiles, mapCodeMeta, type ManifestChunk } from '$lib/map/code';

/**
 * The `<meta>` naming the live map's files, read once per prerender from the client build's
 * manifest (the prerender runs after the client build); empty in development.
 */
let mapCode: string | undefined;
function mapCodeTag(): string {
	if (mapCode !== undefined) return mapCode;
	if (!building) return (mapCode = '');
	if (!existsSync(CLIENT_MANIFEST)) {
		throw new Error(
			`${CLIENT_MANIFEST} is missing: the prerender needs the client build's manifest`
		);
	}
	const manifest = JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) as Record<
		string,
		ManifestChunk
	>;
	return (mapCode = mapCodeMeta(mapCodeFiles(manifest)));
}

/**
 * Preloads the two fonts every page's text needs first (Noto Sans Latin, regular and semibold),
 * so that they arrive before the first paint and `font-display: optional` keeps them. The other subsets load only where a page uses them. Every prerendered page names the
 * live map's code files in its head (`mapCodeFiles`), for a wide screen to fetch them early.
 */
export const handle: Handle = ({ event, resolve }) => {
	const tag = mapCodeTag();
	return resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' ||
			type === 'css' ||
			(type === 'font' && /noto-sans-latin-(400|600)-normal/.test(path)),
		transformPageChunk: ({ html }) => (tag ? html.replace('</head>', `${tag}</head>`) : html)
	});
};
