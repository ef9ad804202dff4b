/**
 * Embedding a view of the atlas in another site: the state a shared view carries, and the
 * `<iframe>` snippet a host page pastes. Pure: the share button, the embed pages and the oEmbed
 * files build their URLs and markup with these, on the server and in the browser alike.
 */
import { readUrl, stateHref, type UrlParts, type UrlState } from './url';

/** What can be embedded: the pages of places, events and story chapters. */
export type EmbedKind = 'place' | 'event' | 'story';

/**
 * The embed's size as oEmbed states it, and the aspect ratio the snippet keeps at any width:
 * 4:3 leaves the map most of the frame under its title and one paragraph.
 */
export const EMBED_SIZE = { width: 640, height: 480 } as const;

/**
 * The state a view shared from `url` carries to another page (the embed, or the atlas from the
 * embed): its layers, years and map view where the URL says them. Not the language, which the
 * target's path says.
 */
export function sharedState(url: UrlParts): Partial<UrlState> {
	const state = readUrl(url);
	delete state.lang;
	return state;
}

/**
 * `path` (resolved, in its language) with the view shared from `url`:
 * `/embed/place/kulyab?layers=bases#map=9/37.91/69.78`.
 */
export function sharedHref(path: string, url: UrlParts): string {
	return stateHref(path, sharedState(url));
}

/** `text` safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * The `<iframe>` a host page pastes to show the embed at `src` (absolute), named `title` for
 * screen readers. It is text for the host's page, where our Content-Security-Policy does not
 * apply: an inline style keeps the frame full width at a fixed aspect ratio, and the width and
 * height attributes are the size for hosts that strip styles.
 */
export function embedSnippet(src: string, title: string): string {
	const { width, height } = EMBED_SIZE;
	return (
		`<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}"` +
		` style="width:100%;max-width:${width}px;height:auto;aspect-ratio:${width}/${height};border:0"` +
		` loading="lazy" allowfullscreen></iframe>`
	);
}
