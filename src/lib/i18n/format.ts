/**
 * The messages as data: the inlang message format of `messages/*.json` (a string with
 * `{input}` placeholders, or a list of one variant set: `declarations`, `selectors` and
 * `match`), read in the browser. Pure.
 */

/** One message as `messages/*.json` writes it. */
export type Pattern =
	string | { declarations?: string[]; selectors: string[]; match: Record<string, string> }[];

/** One language's messages, by key. */
export type Dictionary = Record<string, Pattern>;

/** `{name}` replaced by the input of that name. */
function fill(text: string, inputs: Record<string, unknown>): string {
	return text.replace(/\{\s*([A-Za-z_][\w]*)\s*\}/g, (all, name: string) =>
		name in inputs ? String(inputs[name]) : all
	);
}

/**
 * The variant whose every `selector=value` condition holds (`*` holds for any value), the
 * fewest wildcards first, as paraglide chooses.
 */
function chooseVariant(
	match: Record<string, string>,
	inputs: Record<string, unknown>
): string | undefined {
	const variants = Object.entries(match).map(([key, text]) => ({
		conditions: key.split(',').map((c) => c.trim().split('=') as [string, string]),
		text
	}));
	variants.sort(
		(a, b) =>
			a.conditions.filter(([, v]) => v === '*').length -
			b.conditions.filter(([, v]) => v === '*').length
	);
	return variants.find((v) =>
		v.conditions.every(([name, value]) => value === '*' || String(inputs[name]) === value)
	)?.text;
}

/** The message `pattern` with its inputs; an unknown message is empty rather than a key. */
export function format(pattern: Pattern | undefined, inputs: Record<string, unknown> = {}): string {
	if (pattern === undefined) return '';
	if (typeof pattern === 'string') return fill(pattern, inputs);
	const text = chooseVariant(pattern[0]?.match ?? {}, inputs);
	return text === undefined ? '' : fill(text, inputs);
}
