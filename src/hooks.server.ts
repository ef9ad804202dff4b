import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { CLIENT_MANIFEST, mapCodeFiles, mapCodeMeta, type ManifestChunk } from '$lib/map/code';
import { defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { langOf } from '$lib/state/url';

// The page's language is its path's prefix, read by the URL schema and nothing else.
defineCustomServerStrategy('custom-atlas', {
	getLocale: (request) => (request ? langOf(new URL(request.url).pathname) : undefined)
});

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
	// The messages read the request's language while the page renders (paraglide keeps it per
	// request, so pages prerendered side by side never mix their languages).
	return paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			preload: ({ type, path }) =>
				type === 'js' ||
				type === 'css' ||
				(type === 'font' && /noto-sans-latin-(400|600)-normal/.test(path)),
			transformPageChunk: ({ html }) => {
				const page = html.replace('%lang%', locale);
				return tag ? page.replace('</head>', `${tag}</head>`) : page;
			}
		})
	);
};
