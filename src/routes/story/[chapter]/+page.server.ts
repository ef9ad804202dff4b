import { error } from '@sveltejs/kit';
import { chapters } from '$lib/server/views';
import { storyPage } from '../story.server';
import { langOf } from '$lib/state/url';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chapter has its own page. */
export const entries: EntryGenerator = () => chapters().map((c) => ({ chapter: c.id }));

export const load: PageServerLoad = ({ params, url }) => {
	if (!chapters().some((c) => c.id === params.chapter)) {
		error(404, { message: `The story has no chapter “${params.chapter.slice(0, 80)}”.` });
	}
	return storyPage(params.chapter, langOf(url.pathname));
};
