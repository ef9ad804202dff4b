/**
 * The page's language, for the code that renders it. It is the path's prefix, read by the URL
 * schema (`langOf`); paraglide's messages read the same on the server (hooks.server.ts registers
 * it as their locale), so a page's text, links and data never disagree. Not paraglide's runtime:
 * the browser has no use for it (src/lib/i18n/messages.svelte.ts).
 */
import { page } from '$app/state';
import { langOf, localizePath, writeUrl, type Lang, type UrlParts } from './url';

/** The language of the page being rendered (called while a component renders, on the server too). */
export function pageLang(): Lang {
	return langOf(page.url.pathname);
}

/** An app path (from `resolve`) in the page's language: `/place/kulyab` → `/ru/place/kulyab`. */
export function localized(path: string): string {
	return localizePath(pageLang(), path);
}

/**
 * The same page in `lang`, keeping everything else the URL holds (layers, years, view, and any
 * parameter the schema does not know).
 */
export function inLang(url: UrlParts & { pathname: string }, lang: Lang): string {
	const { pathname, search, hash } = writeUrl(url, { lang });
	return (pathname ?? url.pathname) + search + hash;
}
