import { error } from '@sveltejs/kit';
import { messagesOf } from '$lib/i18n/files';
import { LANGS, type Lang } from '$lib/state/url';

export const prerender = true;

/** Each language's messages as a file: every page's layout fetches its own (src/routes/+layout.ts). */
export function entries() {
	return LANGS.map((lang) => ({ lang }));
}

export function GET({ params }) {
	if (!(LANGS as readonly string[]).includes(params.lang)) error(404, 'No such language');
	return new Response(JSON.stringify(messagesOf(params.lang as Lang)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
