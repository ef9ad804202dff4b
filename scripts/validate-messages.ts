/**
 * Checks the interface's messages in every language before the build (src/lib/i18n/check.ts):
 * prints one line per problem and exits 1 if any, else a line per language with its count.
 *
 *   npx tsx scripts/validate-messages.ts
 */
import { checkMessages } from '../src/lib/i18n/check';
import { messagesOf } from '../src/lib/i18n/files';
import { LANGS } from '../src/lib/state/url';

const dictionaries = Object.fromEntries(LANGS.map((lang) => [lang, messagesOf(lang)]));
const errors = checkMessages(dictionaries);
for (const e of errors) console.error(`messages: ${e}`);
if (errors.length) process.exit(1);
for (const lang of LANGS) {
	const words = Object.values(dictionaries[lang])
		.map((p) => JSON.stringify(p))
		.join(' ')
		.split(/\s+/).length;
	console.log(
		`messages: ${lang}: ${Object.keys(dictionaries[lang]).length} messages, about ${words} words`
	);
}
