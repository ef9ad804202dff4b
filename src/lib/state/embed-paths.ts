/**
 * Where an embeddable page's three forms live, resolved and in a language: the page in the atlas,
 * its embed (the map, its title and one paragraph, for another site's iframe) and its oEmbed file.
 */
import { resolve } from '$app/paths';
import { localizePath, type Lang } from './url';
import type { EmbedKind } from './embed';

/** The atlas's page, its embed and its oEmbed file, for `kind`'s page `id` in `lang`. */
export function embedPaths(
	kind: EmbedKind,
	id: string,
	lang: Lang
): { page: string; embed: string; oembed: string } {
	const paths = {
		place: () => ({
			page: resolve('/place/[slug]', { slug: id }),
			embed: resolve('/embed/place/[slug]', { slug: id })
		}),
		event: () => ({
			page: resolve('/event/[id]', { id }),
			embed: resolve('/embed/event/[id]', { id })
		}),
		story: () => ({
			page: resolve('/story/[chapter]', { chapter: id }),
			embed: resolve('/embed/story/[chapter]', { chapter: id })
		})
	}[kind]();
	return {
		page: localizePath(lang, paths.page),
		embed: localizePath(lang, paths.embed),
		oembed: localizePath(lang, resolve('/oembed/[kind]/[id].json', { kind, id }))
	};
}
