/**
 * The interface's messages, `m.key(inputs)`, typed as paraglide compiles them from
 * `messages/*.json`.
 *
 * On the server (the prerender) they are paraglide's functions, which read the page's language
 * from the request. In the browser they read one dictionary: the page's language only, which the
 * root layout fetches as a file once a visit (`useMessages`, src/routes/+layout.ts). Paraglide's compiled functions hold every
 * language's text, so a reader would download all three to read one; as data the browser gets
 * the one it shows and the script stays the size it was in one language.
 */
import { m as compiled } from '../paraglide/messages';
import { format, type Dictionary } from './format';

export type Messages = typeof compiled;

let dictionary = $state.raw<Dictionary>({});

/** Makes `dictionary` the browser's messages (the texts that read them update). */
export function useMessages(messages: Dictionary): void {
	dictionary = messages;
}

const inBrowser = new Proxy({} as Messages, {
	get: (_, key: string) => (inputs?: Record<string, unknown>) => format(dictionary[key], inputs)
});

export const m: Messages = import.meta.env.SSR ? compiled : inBrowser;
