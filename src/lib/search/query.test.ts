/**
 * The search over the real atlas: the index is built from the committed data through
 * the same `loadAtlas` the build uses, serialised and loaded back as the browser does, and every
 * query of the table must give its first result. The queries are the data's own names in every
 * script, spellings the data lacks (UN, Russian, German, Uzbek and Tajik romanisations), typos
 * of one or two letters, words still being typed, and names that only the source text holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../content/atlas';
import { atlasIn, OTHER_LANGS } from '../content/translations';
import type { SourceDocument } from '../content/types';
import { messagesOf } from '../i18n/files';
import { format } from '../i18n/format';
import { buildIndex, searchDocs } from './build';
import { INDEX_FORMAT, loadIndex, search } from './query';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Name (without ".md") → text of every narrative in a folder. */
function markdown(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(join(ROOT, dir))
			.filter((name) => name.endsWith('.md'))
			.map((name) => [name.slice(0, -3), read(`${dir}/${name}`)])
	);
}

const atlas = loadAtlas({
	files: readdirSync(join(ROOT, 'static/geo'), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.geojson'))
		.map((name) => {
			const path = `geo/${name.split(/[\\/]/).join('/')}`;
			return { path, text: read(`static/${path}`) };
		}),
	source: JSON.parse(read('src/lib/content/source.json')) as SourceDocument,
	content: {
		narratives: markdown('src/lib/content/narratives'),
		eventNarratives: markdown('src/lib/content/events'),
		references: JSON.parse(read('src/lib/content/references.json')),
		people: JSON.parse(read('src/lib/content/people.json')),
		coverage: JSON.parse(read('src/lib/content/coverage.json'))
	}
});
/** The atlas in Russian and Tajik, whose words the index holds as the build's does. */
const translated = OTHER_LANGS.map((lang) => ({
	lang,
	atlas: atlasIn(atlas, lang),
	layerName: (id: string) => format(messagesOf(lang)[`layer_${id}_name`])
}));
const text = buildIndex(atlas, translated);
const index = loadIndex(text);

/**
 * Query → the first result's id, and the name shown beside its title where the query matched
 * another name than the title (undefined: not checked; null: none shown).
 */
const TABLE: [query: string, first: string, matched?: string | null][] = [
	// Kurgan-Tyube / Qurghonteppa / Bokhtar, in every script the data has and some it lacks.
	['Курган-Тюбе', 'place:kurgan-tyube', 'Курган-Тюбе'],
	['Qurghonteppa', 'place:kurgan-tyube', 'Qurghonteppa'],
	['Қӯрғонтеппа', 'place:kurgan-tyube', 'Қӯрғонтеппа'],
	['Bokhtar', 'place:kurgan-tyube', 'Bokhtar'],
	['Бохтар', 'place:kurgan-tyube', 'Бохтар'],
	['Kurgan-Tube', 'place:kurgan-tyube', 'Kurgan-Tube'],
	['Kurgan Tyube', 'place:kurgan-tyube', null],
	['Kurgantyube', 'place:kurgan-tyube'],
	['Qo‘rg‘ontepa', 'place:kurgan-tyube'], // Uzbek Latin, not in the data
	['Qurgonteppa', 'place:kurgan-tyube'], // one letter short
	['kurg', 'place:kurgan-tyube'], // still typing
	// Khujand / Leninabad.
	['Hujand', 'place:khujand', null],
	['Хуҷанд', 'place:khujand', 'Хуҷанд'],
	['Худжанд', 'place:khujand', 'Худжанд'],
	['Khodzhent', 'place:khujand', 'Khodzhent'],
	['Khodjent', 'place:khujand', 'Khodjent'],
	['Leninabad', 'place:khujand', 'Leninabad'],
	['Ленинобод', 'place:khujand', 'Ленинобод'],
	["Xo'jand", 'place:khujand'], // Uzbek Latin
	['Khujnad', 'place:khujand'], // two letters swapped
	// Dushanbe / Stalinabad.
	['Dyushambe', 'place:dushanbe', 'Dyushambe'],
	['Stalinobod', 'place:dushanbe', 'Stalinobod'],
	['Сталинабад', 'place:dushanbe', 'Сталинабад'],
	['Душанбе', 'place:dushanbe', 'Душанбе'],
	['دوشنبه', 'place:dushanbe', 'دوشنبه'],
	['Dushanbee', 'place:dushanbe', null],
	['Dushnabe', 'place:dushanbe'],
	['Duschanbe', 'place:dushanbe'], // German
	['dush', 'place:dushanbe'],
	// Kulyab / Kulob.
	['Kulob', 'place:kulyab', 'Kulob'],
	['Куляб', 'place:kulyab', 'Куляб'],
	['Кӯлоб', 'place:kulyab', 'Кӯлоб'],
	['Kulyb', 'place:kulyab'],
	['Kuliab', 'place:kulyab'], // UN documents' spelling, not in the data
	// Smaller places.
	['Kamarov', 'place:kamarob-gorge'], // not in the data (Kamarob, Komarob)
	['Komarob', 'place:kamarob-gorge', 'Komarob'],
	['Tavildra', 'place:tavildara'],
	['Тавильдара', 'place:tavildara', 'Тавильдара'],
	['тавил', 'place:tavildara'],
	['Gharm', 'place:garm', 'Gharm'],
	['Ғарм', 'place:garm', 'Ғарм'],
	['Karategin', 'place:rasht-valley', 'Karategin'],
	['Qarotegin', 'place:rasht-valley'], // Tajik Latin, not in the data
	['Shahritus', 'place:shaartuz', 'Shahritus'],
	['Шаартуз', 'place:shaartuz', 'Шаартуз'],
	['Shartuz', 'place:shaartuz'],
	['Moskva', 'place:moscow', 'Moskva'],
	['Teheran', 'place:tehran', 'Teheran'],
	['Сочи', 'place:sochi', 'Сочи'],
	['Tojikiston', 'place:tajikistan', 'Tojikiston'],
	['Tadschikistan', 'place:tajikistan'], // German, as in a reference's title
	['Афғонистон', 'place:afghanistan', 'Афғонистон'],
	['Afganistan', 'place:afghanistan', 'Afganistan'],
	['Покистон', 'place:pakistan', 'Покистон'],
	// Names the gazetteer gained: GeoNames' forms, Russian and Tajik forms, former names.
	['Kŭlob', 'place:kulyab'],
	['Qŭrghonteppa', 'place:kurgan-tyube'],
	['Ходжент', 'place:khujand'],
	['Шаҳритуз', 'place:shaartuz'],
	['Шахритус', 'place:shaartuz', 'Шахритус'],
	['Shahrtuz', 'place:shaartuz', 'Shahrtuz'],
	['Mikoyanabad', 'place:shaartuz', 'Mikoyanabad'],
	['Sangvor', 'place:tavildara', 'Sangvor'],
	['Тегеран', 'place:tehran', 'Тегеран'],
	['Теҳрон', 'place:tehran', 'Теҳрон'],
	['Маскав', 'place:moscow', 'Маскав'],
	// Events.
	['UNMOT', 'event:unmot-1994-2000'],
	['CSTO', 'event:csto-summit-sochi-2013'],
	['June 1997', 'event:national-peace-accord-1997'],
	['Border Management Staff College', 'event:osce-border-management-staff-college'],
	['convoy ambush', 'event:convoy-ambush-2010'],
	['Tehran ceasefire', 'event:ceasefire-1994'],
	['Kulyab OSCE', 'event:osce-field-office-kulyab'],
	['Russian base Kulob', 'event:russian-base-kulyab'],
	['Moscow 1996', 'event:rakhmonov-nuri-moscow-1996'],
	// People.
	['Turajonzoda', 'person:akbar-turajonzoda', null],
	['Тураҷонзода', 'person:akbar-turajonzoda', 'Ҳоҷӣ Акбар Тураҷонзода'],
	['Turajanzade', 'person:akbar-turajonzoda', 'Haji Akbar Turajanzade'],
	['Rakhmonov', 'person:emomali-rahmon', null],
	['Рахмонов', 'person:emomali-rahmon', 'Эмомали Рахмонов'],
	['Rakhmanov', 'person:emomali-rahmon'],
	['Emomali Rahmon', 'person:emomali-rahmon', 'Emomali Rahmon'],
	['Нурӣ', 'person:sayid-abdulloh-nuri', 'Сайид Абдуллоҳи Нурӣ'],
	['Said Abdullo Nuri', 'person:sayid-abdulloh-nuri', null],
	['Kozhara', 'person:leonid-kozhara', null],
	['Кожара', 'person:leonid-kozhara', 'Леонід Кожара'],
	['Merrem', 'person:gerd-merrem'],
	['Ivar Vikki', 'person:ivar-vikki', null],
	// Names only the source text holds.
	['Taliban', 'passage:p1'],
	['IRP', 'passage:p9'],
	['Islamic Movement of Uzbekistan', 'passage:p9'],
	['Eastern Tajikistan', 'passage:p10'],
	['International Security Assistance Force', 'passage:p11'],
	['Border Cooperation Group', 'passage:p12'],
	['labor migrants', 'passage:p14'],
	['Human Rights Center', 'passage:p23'],
	['Qazi Qalon', 'passage:p7']
];

describe('search over the atlas', () => {
	it('has a table of at least 40 queries', () => {
		expect(TABLE.length).toBeGreaterThanOrEqual(40);
	});

	it.each(TABLE)('%s → %s', (query, first, matched) => {
		const { hits, groups } = search(index, query);
		expect(hits[0]?.id, `first result for “${query}”`).toBe(first);
		// The first group shown is the best hit's.
		expect(groups[0].hits[0].id).toBe(first);
		if (matched !== undefined) expect(hits[0].matched).toBe(matched);
	});

	it('indexes every place, event, person and source block once', () => {
		const ids = searchDocs(atlas).map((d) => d.id);
		expect(new Set(ids).size).toBe(ids.length);
		const count = (kind: string) => ids.filter((id) => id.startsWith(`${kind}:`)).length;
		expect(count('place')).toBe(atlas.places.length);
		expect(count('event')).toBe(Object.values(atlas.layers).flat().length);
		expect(count('person')).toBe(atlas.people.length);
		expect(count('passage')).toBe(26);
	});

	it('gives each result the link its row needs', () => {
		const hrefs = Object.fromEntries(searchDocs(atlas).map((d) => [d.id, d.href]));
		expect(hrefs['place:kulyab']).toBe('/place/kulyab');
		expect(hrefs['passage:p14']).toBe('/source#p14');
		expect(hrefs['event:ceasefire-1994']).toBe('/event/ceasefire-1994');
		expect(hrefs['person:akbar-turajonzoda']).toBe('/about#person-akbar-turajonzoda');
	});

	it('groups hits by kind, best group first, at most perGroup each', () => {
		const { hits, groups } = search(index, 'Kulyab', 2);
		expect(groups.map((g) => g.label)).toEqual(['Places', 'Events', 'Source passages']);
		expect(groups.every((g) => g.hits.length <= 2)).toBe(true);
		expect(groups[1].hits.map((h) => h.kind)).toEqual(['event', 'event']);
		const best = groups.map((g) => g.hits[0].score);
		expect([...best].sort((a, b) => b - a)).toEqual(best);
		expect(hits.length).toBeGreaterThan(groups.flatMap((g) => g.hits).length);
	});

	it('marks the matched words in a passage snippet, cut to about a line around them', () => {
		const hit = search(index, 'Turajonzoda').hits.find((h) => h.id === 'passage:p7')!;
		const text = hit.snippet.map((p) => p.text).join('');
		expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Turajonzoda']);
		expect(text.length).toBeLessThan(160);
		expect(text.startsWith('… ')).toBe(true);
	});

	it('says when a passage matched only in its editorial notes', () => {
		const hit = search(index, 'Kamarob').hits.find((h) => h.id === 'passage:p10');
		expect(hit?.inNote).toBe(true);
		expect(search(index, 'convoy').hits.find((h) => h.id === 'passage:p10')?.inNote).toBe(false);
	});

	it('finds nothing for nothing, and survives any input', () => {
		expect(search(index, '').hits).toEqual([]);
		expect(search(index, '   ').hits).toEqual([]);
		expect(search(index, 'the of and').hits).toEqual([]);
		expect(search(index, 'zzzzqqqxx').hits).toEqual([]);
		for (const q of ['<script>', '"', '\u0000', '%', '*'.repeat(5000), 'ؤ'.repeat(300)]) {
			expect(() => search(index, q)).not.toThrow();
		}
	});

	it('refuses an index of another format', () => {
		expect(() => loadIndex(text.replace(`"format":${INDEX_FORMAT}`, '"format":0'))).toThrow(
			/format 0/
		);
	});
});

describe('search in every language', () => {
	const englishOnly = loadIndex(buildIndex(atlas));
	const firstOf = (q: string) => search(index, q).hits[0]?.id;

	it.each([
		['Кӯлоб', 'place:kulyab'],
		['Куляб', 'place:kulyab'],
		['Kulob', 'place:kulyab']
	])('the Tajik, Russian and Latin names of a place find it: %s → %s', (query, first) => {
		expect(firstOf(query)).toBe(first);
	});

	it.each([
		['переговоры', 'переговор'],
		['гуфтушунидҳо', 'гуфтушунид']
	])('finds events by the words of their translations: %s', (query, stem) => {
		const events = search(index, query).hits.filter((h) => h.kind === 'event');
		expect(events.length).toBeGreaterThan(0);
		// The best event found says so in a translation's title or note.
		const words = new Map(
			translated.flatMap(({ atlas: a }) =>
				Object.values(a.layers)
					.flat()
					.map((f) => [f.properties.id, `${f.properties.title} ${f.properties.note ?? ''}`])
			)
		);
		const said = translated.flatMap(({ atlas: a }) =>
			Object.values(a.layers)
				.flat()
				.filter((f) =>
					`${f.properties.title} ${f.properties.note ?? ''}`.toLowerCase().includes(stem)
				)
				.map((f) => `event:${f.properties.id}`)
		);
		expect(words.size).toBeGreaterThan(0);
		expect(said).toContain(events[0].id);
		// Without the translations no event is found by these words.
		expect(search(englishOnly, query).hits.filter((h) => h.kind === 'event')).toEqual([]);
	});

	it('finds a place by the words of its translated summary', () => {
		const hits = search(index, 'Хатлонской').hits.map((h) => h.id);
		expect(hits).toContain('place:kulyab');
		expect(search(englishOnly, 'Хатлонской').hits.map((h) => h.id)).not.toContain('place:kulyab');
	});

	it('keeps links without a language, for the reader’s page to put in its own', () => {
		const docs = searchDocs(atlas, translated);
		expect(docs.find((d) => d.id === 'place:kulyab')?.href).toBe('/place/kulyab');
		expect(docs.every((d) => !/^\/(ru|tg)\//.test(d.href))).toBe(true);
	});

	it('shows a row in the reader’s language where the atlas has it, else in English', () => {
		const ru = search(index, 'Kulyab', Infinity, 'ru').hits;
		expect(ru.find((h) => h.id === 'place:kulyab')).toMatchObject({ title: 'Куляб', lang: 'ru' });
		const tg = search(index, 'Kulyab', Infinity, 'tg').hits;
		expect(tg.find((h) => h.id === 'place:kulyab')).toMatchObject({ title: 'Кӯлоб', lang: 'tg' });
		// An event's line under its title: the date, the place and the layer in the language.
		const office = ru.find((h) => h.id === 'event:osce-field-office-kulyab')!;
		expect(office.lang).toBe('ru');
		expect(office.snippet.map((p) => p.text).join('')).toMatch(
			/^27 февраля 2003 года – .* · Куляб · Офисы ОБСЕ$/
		);
		// The source is shown as received.
		const passage = search(index, 'Kulyab', Infinity, 'ru').hits.find((h) => h.kind === 'passage')!;
		expect(passage.lang).toBe('en');
		// English rows stay English.
		expect(search(index, 'Kulyab').hits[0]).toMatchObject({ title: 'Kulyab', lang: 'en' });
	});
});
