/**
 * One language's messages as data, for the browser (messages.svelte.ts) and the checks: the files
 * paraglide compiles, as project.inlang/settings.json names them, merged.
 */
import { readFileSync } from 'node:fs';
import type { Dictionary } from './format';
import type { Lang } from '../state/url';

const SETTINGS = 'project.inlang/settings.json';

/** The message files' paths, `{locale}` standing for the language. */
function files(): string[] {
	const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as {
		'plugin.inlang.messageFormat': { pathPattern: string | string[] };
	};
	const pattern = settings['plugin.inlang.messageFormat'].pathPattern;
	return Array.isArray(pattern) ? pattern : [pattern];
}

const cache = new Map<Lang, Dictionary>();

/** Every message of `lang`, by key. */
export function messagesOf(lang: Lang): Dictionary {
	let messages = cache.get(lang);
	if (!messages) {
		messages = {};
		for (const file of files()) {
			const path = file.replace('{locale}', lang);
			const entries = JSON.parse(readFileSync(path, 'utf8')) as Dictionary;
			delete entries.$schema;
			Object.assign(messages, entries);
		}
		cache.set(lang, messages);
	}
	return messages;
}
