/**
 * The stylesheets' breakpoints and the scripts' (PHONE_MEDIA) are one: CSS cannot import the
 * constant, so every width query in the components' and pages' styles must be it, word for word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PHONE_MEDIA } from './media';

const SRC = fileURLToPath(new URL('../../', import.meta.url));

/** Every width query of the `@media` rules in a stylesheet or a component's source. */
function widthQueries(text: string): string[] {
	return [...text.matchAll(/@media\s+([^{]*?)\s*\{/g)]
		.map((m) => m[1])
		.filter((query) => /width/.test(query));
}

describe('PHONE_MEDIA', () => {
	const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(svelte|css)$/.test(name))
		.map((name) => ({ name, text: readFileSync(join(SRC, name), 'utf8') }));

	it('is the query of every width breakpoint in the styles', () => {
		const queries = sources.flatMap(({ name, text }) =>
			widthQueries(text).map((query) => ({ name, query }))
		);
		// The layout, the static map and the search box change at the phone's width.
		expect(queries.length).toBeGreaterThanOrEqual(3);
		for (const { name, query } of queries) expect(query, name).toBe(PHONE_MEDIA);
	});

	it('finds the width queries of a stylesheet, and only them', () => {
		const css =
			'@media (max-width: 30rem) { a {} } @media print { b {} } @media screen and (min-width: 2px){}';
		expect(widthQueries(css)).toEqual(['(max-width: 30rem)', 'screen and (min-width: 2px)']);
	});
});
