import { error } from '@sveltejs/kit';
import { embedIds, embedText } from '$lib/server/embeds';
import { eventPageView } from '$lib/server/views';
import { langOf } from '$lib/state/url';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event can be embedded. */
export const entries: EntryGenerator = () => embedIds('event').map((id) => ({ id }));

export const load: PageServerLoad = ({ params, url }) => {
	const text = embedText('event', params.id, langOf(url.pathname));
	const view = eventPageView(params.id);
	if (!text || !view) error(404, { message: `No event has the id “${params.id.slice(0, 80)}”.` });
	return { kind: 'event' as const, id: params.id, ...text, view };
};
