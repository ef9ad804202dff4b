/**
 * The URL's schema reads every hostile URL of the end-to-end suite (tests/e2e/hostile-urls.ts) as
 * the generator says they must: the layers asked for or the defaults, the view asked for or
 * none. The browser opens only a sample of these; this is where all 320 are read.
 */
import { describe, expect, it } from 'vitest';
import { hostileUrls } from '../../../tests/e2e/hostile-urls';
import { readUrl, URL_SCHEMA } from './url';

describe('hostile URLs through the schema', () => {
	const urls = hostileUrls().filter((u) => u.expect.status === 200);

	it('covers every kind that reaches a page', () => {
		expect(new Set(urls.map((u) => u.kind)).size).toBe(5);
		expect(urls.length).toBe(200);
	});

	it.each(urls.map((u) => [u.kind, u.url, u.expect] as const))('%s %s', (_, url, want) => {
		const read = readUrl(new URL(url, 'http://atlas.test'));
		expect(read.layers ?? URL_SCHEMA.layers.default()).toEqual(want.layers);
		expect(read.view ?? URL_SCHEMA.view.default()).toEqual(want.view);
	});
});
