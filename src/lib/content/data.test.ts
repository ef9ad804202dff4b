/**
 * Every content check over the committed data: the references, the events' dates,
 * the `refs`/`dateRef` links, the people, the coverage of p1–p26 and the event narratives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPeople, checkReferences, checkRefs, type Person, type Reference } from './checks';
import type { LayerFile } from './checks-common';
import { checkCoverage } from './checks-coverage';
import { checkEventDates, checkEventNarratives } from './checks-events';
import { validateNarratives } from './narrative';
import type { SourceDocument } from './types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));

/** Name (without ".md") → text of every narrative in a folder. */
function markdown(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(join(ROOT, dir))
			.filter((name) => name.endsWith('.md'))
			.map((name) => [name.slice(0, -3), read(`${dir}/${name}`)])
	);
}

interface Props {
	properties: { id: string; slug: string; sources: string[] };
}

const source = json('src/lib/content/source.json') as SourceDocument;
const references = json('src/lib/content/references.json') as Reference[];
const referenceIds = references.map((r) => r.id);
const people = json('src/lib/content/people.json') as Person[];
const places = json('static/geo/places.geojson') as { features: Props[] };
const layers: LayerFile[] = readdirSync(join(ROOT, 'static/geo/layers'))
	.filter((name) => name.endsWith('.geojson'))
	.sort()
	.map((name) => ({
		path: `static/geo/layers/${name}`,
		data: json(`static/geo/layers/${name}`)
	}));
const events = layers.flatMap((l) => (l.data as { features: Props[] }).features);
const placeNarratives = markdown('src/lib/content/narratives');
const eventNarratives = markdown('src/lib/content/events');

describe('the committed content', () => {
	it('keeps the source’s wording character for character', () => {
		const words = (t: string) => t.replace(/\s+/g, ' ').trim();
		const text = words(read('content/source/tajikistan-peace-process.txt'));
		const source = json('src/lib/content/source.json') as SourceDocument;
		const parts = source.sections.flatMap((section) =>
			section.blocks.flatMap((b) =>
				b.kind === 'list'
					? b.items
					: [b.text, ...(b.kind === 'caption' && b.credit ? [b.credit] : [])]
			)
		);
		expect(parts.length).toBeGreaterThan(30);
		for (const part of parts) expect(text, part.slice(0, 60)).toContain(words(part));
	});

	it('has well-formed, unique references', () => {
		expect(references.length).toBeGreaterThan(0);
		expect(checkReferences(references)).toEqual([]);
	});

	it('dates every event from a cited block or a reference', () => {
		expect(events.length).toBeGreaterThan(0);
		expect(checkEventDates(layers, source, referenceIds)).toEqual([]);
	});

	it('links only known references', () => {
		expect(checkRefs(places, layers, people, source, referenceIds)).toEqual([]);
	});

	it('has a valid people registry', () => {
		expect(checkPeople(people, source, referenceIds)).toEqual([]);
	});

	it('has one valid narrative per event', () => {
		const ids = events.map((e) => e.properties.id);
		expect(checkEventNarratives(ids, eventNarratives, source, referenceIds)).toEqual([]);
	});

	it('has valid place narratives, with the date rule and references', () => {
		const slugs = places.features.map((f) => f.properties.slug);
		expect(validateNarratives(placeNarratives, source, slugs, referenceIds)).toEqual([]);
	});

	it('shows every claim of p1–p26 somewhere', () => {
		const coverage = json('src/lib/content/coverage.json') as Record<string, unknown>;
		const ids = source.sections.flatMap((s) => s.blocks.map((b) => b.id));
		expect(ids).toEqual(Array.from({ length: 26 }, (_, i) => `p${i + 1}`));
		expect(Object.keys(coverage).sort()).toEqual([...ids].sort());
		const errors = checkCoverage(coverage, {
			source,
			placeNarratives,
			eventSources: Object.fromEntries(events.map((e) => [e.properties.id, e.properties.sources])),
			eventNarratives,
			peopleSources: Object.fromEntries(people.map((p) => [p.id, p.sources]))
		});
		expect(errors).toEqual([]);
	});
});
