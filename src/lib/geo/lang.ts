/**
 * The atlas's languages, and how each writes dates and numbers. English is at the site's root,
 * the others under their own prefix (src/lib/state/url.ts). Month names and plural rules are data
 * here, not `Intl`: browsers' and CLDR's Tajik is incomplete. Pure.
 */

/** The atlas's languages. */
export const LANGS = ['en', 'ru', 'tg'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of a path with no prefix: every link shared before the others existed. */
export const BASE_LANG: Lang = 'en';
