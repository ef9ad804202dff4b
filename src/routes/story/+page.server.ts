import { chapters } from '$lib/server/views';
import { storyPage } from './story.server';
import { langOf } from '$lib/state/url';
import type { PageServerLoad } from './$types';

/** `/story` opens the story at its first chapter. */
export const load: PageServerLoad = ({ url }) => storyPage(chapters()[0].id, langOf(url.pathname));
