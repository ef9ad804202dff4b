import { error } from '@sveltejs/kit';
import { embedIds, embedText } from '$lib/server/embeds';
import { pageView, placeView } from '$lib/server/views';
import { langOf } from '$lib/state/url';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every place can be embedded, by its canonical name. */
export const entries: EntryGenerator = () => embedIds('place').map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params, url }) => {
	const text = embedText('place', params.slug, langOf(url.pathname));
	const view = placeView(params.slug);
	if (!text || !view) error(404, { message: `No place is called “${params.slug.slice(0, 80)}”.` });
	return { kind: 'place' as const, id: params.slug, ...text, view: pageView(view) };
};
