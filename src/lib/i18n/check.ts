/**
 * The messages' completeness, checked before the build: every language has every message of the
 * others, none is empty, each uses the same inputs and variants as the English, and each is
 * written in its own alphabet. Pure; `scripts/validate-messages.ts` runs it on `messages/`.
 */
import type { Dictionary, Pattern } from './format';

/**
 * Letters of one language that the other's alphabet lacks: Tajik Cyrillic has no ц, щ, ы or ь
 * (a Russian word in Tajik drops or respells them), and Russian none of ғ ӣ қ ӯ ҳ ҷ.
 */
export const FOREIGN_LETTERS: Record<string, RegExp> = {
	tg: /[ЦцЩщЫыЬь]/u,
	ru: /[ҒғӢӣҚқӮӯҲҳҶҷ]/u
};

/** The texts of a message: the string, or every variant's. */
function texts(pattern: Pattern): string[] {
	return typeof pattern === 'string' ? [pattern] : pattern.flatMap((p) => Object.values(p.match));
}

/** The `{inputs}` a message's texts name, sorted. */
function inputsOf(pattern: Pattern): string {
	const names = new Set<string>();
	for (const t of texts(pattern)) for (const m of t.matchAll(/\{\s*(\w+)\s*\}/g)) names.add(m[1]);
	if (typeof pattern !== 'string')
		for (const p of pattern) for (const s of p.selectors) names.add(s);
	return [...names].sort().join(', ');
}

/** Every problem with `dictionaries` (language → its messages), one line each; `base` is the model. */
export function checkMessages(dictionaries: Record<string, Dictionary>, base = 'en'): string[] {
	const errors: string[] = [];
	const model = dictionaries[base];
	for (const [lang, messages] of Object.entries(dictionaries)) {
		for (const key of Object.keys(model)) {
			if (!(key in messages)) errors.push(`${lang}: message "${key}" is missing`);
		}
		for (const [key, pattern] of Object.entries(messages)) {
			if (!(key in model)) {
				errors.push(`${lang}: message "${key}" is not in ${base}`);
				continue;
			}
			if (texts(pattern).some((t) => t.trim() === '')) {
				errors.push(`${lang}: message "${key}" is empty`);
			}
			if (inputsOf(pattern) !== inputsOf(model[key])) {
				errors.push(
					`${lang}: message "${key}" uses inputs {${inputsOf(pattern)}}, ${base} uses {${inputsOf(model[key])}}`
				);
			}
			const foreign = FOREIGN_LETTERS[lang];
			const bad = foreign && texts(pattern).find((t) => foreign.test(t));
			if (bad) errors.push(`${lang}: message "${key}" has letters of another alphabet: "${bad}"`);
		}
	}
	return errors;
}
