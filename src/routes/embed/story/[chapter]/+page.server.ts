import { error } from '@sveltejs/kit';
import { embedIds, embedText } from '$lib/server/embeds';
import { embedPaths } from '$lib/state/embed-paths';
import { langOf } from '$lib/state/url';
import { storyPage } from '../../../story/story.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chapter of the story can be embedded. */
export const entries: EntryGenerator = () => embedIds('story').map((chapter) => ({ chapter }));

export const load: PageServerLoad = ({ params, url }) => {
	const lang = langOf(url.pathname);
	const text = embedText('story', params.chapter, lang);
	if (!text) error(404, { message: `The story has no chapter “${params.chapter.slice(0, 80)}”.` });
	const { view } = storyPage(params.chapter, lang);
	// The chapter sets the map as on its page; the address it writes stays the embed's own.
	const chapter = { ...view.chapter!, path: embedPaths('story', params.chapter, lang).embed };
	return { kind: 'story' as const, id: params.chapter, ...text, view: { ...view, chapter } };
};
