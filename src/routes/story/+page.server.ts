import { chapters } from '$lib/server/views';
import { storyPage } from './story.server';
import type { PageServerLoad } from './$types';

/** `/story` opens the story at its first chapter. */
export const load: PageServerLoad = () => storyPage(chapters()[0].id);
