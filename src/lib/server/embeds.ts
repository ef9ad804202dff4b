/**
 * What an embed shows and what its oEmbed file says, for the pages that can be embedded (places,
 * events, story chapters), in a language: the title, the one paragraph under it, the static map.
 * The embed pages and the oEmbed files read these, so that both say the same.
 */
import { EVENT_LAYERS } from '$lib/geo/layers';
import { formatDateRange } from '$lib/geo/dates';
import { namedInEnglish, type Lang } from '$lib/geo/lang';
import { STATIC_CANVAS } from '$lib/geo/staticmap';
import { plainText } from '$lib/content/plain-text';
import { atlasIn, translatedNarrative } from '$lib/content/translations';
import { eventNarrativeOf } from '$lib/content/narratives';
import { EMBED_SIZE, embedSnippet, type EmbedKind } from '$lib/state/embed';
import { embedPaths } from '$lib/state/embed-paths';
import { localizePath } from '$lib/state/url';
import { m } from '$lib/i18n/messages.svelte';
import { resolve } from '$app/paths';
import { getAtlas } from './atlas';
import { chapterView, eventView, placeView } from './views';

/** An embed's words and its static map's key (`/maps/<map>.svg`). */
export interface EmbedText {
	title: string;
	/** The title is a place's English name: the language has none of its own for it. */
	english: boolean;
	summary: string;
	map: string;
}

/** Every id of `kind` that has an embed: each place (by canonical slug), event and chapter. */
export function embedIds(kind: EmbedKind): string[] {
	const atlas = getAtlas();
	if (kind === 'place') return atlas.places.map((p) => p.properties.slug);
	if (kind === 'event') {
		return EVENT_LAYERS.flatMap((l) => atlas.layers[l.id].map((f) => f.properties.id));
	}
	return atlas.chapters.map((c) => c.id);
}

/** What the embed of `kind`'s `id` says in `lang`, or undefined when there is no such page. */
export function embedText(kind: EmbedKind, id: string, lang: Lang): EmbedText | undefined {
	const atlas = atlasIn(getAtlas(), lang);
	if (kind === 'place') {
		const place = atlas.places.find((p) => p.properties.slug === id)?.properties;
		const view = placeView(id);
		if (!place || !view) return undefined;
		const english = namedInEnglish(place, lang);
		return { title: place.name, english, summary: place.summary, map: view.key };
	}
	if (kind === 'event') {
		const event = EVENT_LAYERS.flatMap((l) => atlas.layers[l.id]).find(
			(f) => f.properties.id === id
		)?.properties;
		const view = eventView(id);
		if (!event || !view) return undefined;
		const place = atlas.places.find((p) => p.properties.slug === event.place)?.properties;
		const narrative = translatedNarrative(lang, 'events', id) ?? eventNarrativeOf(id);
		// As the event's page describes itself: when, where, and its story's first words.
		const when = formatDateRange(event.start, event.end, lang);
		return {
			title: event.title,
			english: false,
			summary: `${when}, ${place?.name ?? event.place}. ${plainText(narrative)}`,
			map: view.key
		};
	}
	const chapter = atlas.chapters.find((c) => c.id === id);
	const view = chapterView(id);
	if (!chapter || !view) return undefined;
	return { title: chapter.title, english: false, summary: chapter.summary, map: view.key };
}

/** The iframe's name: the page's title and the atlas's. */
export function frameTitle(title: string): string {
	return m.embed_frame_title({ title, site: m.site_title() });
}

/** An oEmbed response of type `rich` (https://oembed.com/, section 2.3.4). */
export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The oEmbed response for `kind`'s `id` in `lang`, its URLs absolute from `origin` (the build's,
 * as the pages' canonical links): the snippet embeds the page's own view, and the thumbnail is
 * its static map.
 */
export function oembedOf(
	kind: EmbedKind,
	id: string,
	lang: Lang,
	origin: string
): OEmbed | undefined {
	const text = embedText(kind, id, lang);
	if (!text) return undefined;
	const absolute = (path: string) => new URL(path, origin).href;
	const { wide } = STATIC_CANVAS;
	return {
		type: 'rich',
		version: '1.0',
		title: text.title,
		provider_name: m.site_title(),
		provider_url: absolute(localizePath(lang, resolve('/'))),
		html: embedSnippet(absolute(embedPaths(kind, id, lang).embed), frameTitle(text.title)),
		width: EMBED_SIZE.width,
		height: EMBED_SIZE.height,
		thumbnail_url: absolute(resolve('/maps/[key].svg', { key: text.map })),
		thumbnail_width: wide.width,
		thumbnail_height: wide.height
	};
}
