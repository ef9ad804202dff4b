import type { Handle } from '@sveltejs/kit';

/**
 * Preloads the two fonts every page's text needs first (Noto Sans Latin, regular and semibold),
 * so that they arrive before the first paint and `font-display: optional` keeps them (issue
 * #10). The other subsets load only where a page uses them.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' ||
			type === 'css' ||
			(type === 'font' && /noto-sans-latin-(400|600)-normal/.test(path))
	});
