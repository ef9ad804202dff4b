/**
 * Data that cannot break the page: markup and scripts in a place's names, a layer
 * feature's title and note, and a narrative come out of the components as text, never as
 * elements. Rendered on the server, as the prerendered pages are.
 */
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';

// The components read the page's language from its URL ($app/state), as they do when prerendered.
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/') } }));
import Narrative from './Narrative.svelte';
import PlaceNames from '../../routes/place/[slug]/PlaceNames.svelte';
import EventCard from './EventCard.svelte';
import { parseNarrative } from '../content/narrative';
import type { EventProperties } from '../geo/schema';

const PAYLOADS = [
	'<script>window.__pwned = 1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=alert(1)>',
	"'><iframe src=javascript:alert(1)>",
	'<a href="javascript:alert(1)">click</a>'
];

/**
 * The elements and attribute names in rendered HTML, in order: a payload that became markup
 * would add to them. (Text and attribute values are left out: escaped payloads live there.)
 */
function structure(html: string): string[] {
	const tags = html.match(/<\/?[a-z][a-z0-9-]*(\s+[a-z-:]+(="[^"]*")?)*\s*\/?>/gi) ?? [];
	return tags.map((t) => t.replace(/="[^"]*"/g, ''));
}

/** Renders with the payload and with a harmless string, and expects the same structure. */
function expectInert(renderWith: (text: string) => string, payload: string) {
	const hostile = renderWith(payload);
	const benign = renderWith('harmless');
	expect(structure(hostile)).toEqual(structure(benign));
	expect(hostile).not.toContain(payload.includes('<') ? payload : '\u0000');
}

describe.each(PAYLOADS)('payload %s', (payload) => {
	it('stays text in the list of names', () => {
		const html = (text: string) =>
			render(PlaceNames, {
				props: {
					display: 'Kulyab',
					names: [
						{ name: 'Kulyab', lang: 'en', kind: 'source' },
						{ name: text, lang: 'ru-Cyrl', kind: 'variant' }
					]
				}
			}).body;
		expectInert(html, payload);
		// The payload is there, escaped, for the reader to see.
		expect(html(payload)).toContain(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
	});

	it('stays text in a layer feature (the card of lists, place pages and popups)', () => {
		const event = (text: string): EventProperties => ({
			id: 'x',
			title: text,
			place: 'kulyab',
			start: '2010',
			precision: 'region',
			radiusKm: 10,
			sources: ['p10'],
			note: text
		});
		const card = (text: string) =>
			render(EventCard, {
				props: {
					event: event(text),
					layer: 'clashes',
					placeName: text,
					placeHref: '/place/kulyab'
				}
			}).body;
		expectInert(card, payload);
	});

	it('stays text in a narrative', () => {
		const html = (text: string) =>
			render(Narrative, {
				props: { paragraphs: parseNarrative(`Before ${text} after [p1].\n\nNote: ${text}`) }
			}).body;
		expectInert(html, payload);
		expect(html(payload)).toContain('Before');
	});
});
