import { error, json } from '@sveltejs/kit';
import { embedIds, oembedOf } from '$lib/server/embeds';
import type { EmbedKind } from '$lib/state/embed';
import { langOf } from '$lib/state/url';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const KINDS: readonly EmbedKind[] = ['place', 'event', 'story'];

/**
 * The oEmbed file of every embeddable page (`/oembed/place/kulyab.json`); each language's
 * (`/ru/oembed/…`) is reached from its pages' discovery links.
 */
export const entries: EntryGenerator = () =>
	KINDS.flatMap((kind) => embedIds(kind).map((id) => ({ kind, id })));

export const GET: RequestHandler = ({ params, url }) => {
	const kind = KINDS.find((k) => k === params.kind);
	const body = kind && oembedOf(kind, params.id, langOf(url.pathname), url.origin);
	if (!body) error(404, 'no such page to embed');
	return json(body);
};
