import { buildIndex } from '$lib/search/build';
import { getAtlas } from '$lib/server/atlas';
import { atlasIn, OTHER_LANGS } from '$lib/content/translations';
import { messagesOf } from '$lib/i18n/files';
import { format } from '$lib/i18n/format';

export const prerender = true;

/**
 * The search index, made once at build time from the validated atlas and served as
 * a static file. One index for every language: it holds the translations' words and rows as well. The search
 * box fetches it the first time a reader uses it, never on page load;
 * the service worker precaches it with every other prerendered file, so search works offline.
 */
export function GET() {
	return new Response(
		buildIndex(
			getAtlas(),
			OTHER_LANGS.map((lang) => ({
				lang,
				atlas: atlasIn(getAtlas(), lang),
				layerName: (id) => format(messagesOf(lang)[`layer_${id}_name`])
			}))
		),
		{
			headers: { 'content-type': 'application/json; charset=utf-8' }
		}
	);
}
