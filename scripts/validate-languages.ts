/**
 * Checks the atlas's other languages before the build: the interface's messages in every
 * language (src/lib/i18n/check.ts), each translation of the content against the English
 * (src/lib/content/translation-checks.ts), and says which places, and which of the basemap's
 * countries, provinces, rivers, lakes and towns, have no name in a language (they show the English
 * one). Prints one line per problem and exits 1 if any, else what each language holds.
 *
 *   npx tsx scripts/validate-languages.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessages } from '../src/lib/i18n/check';
import { messagesOf } from '../src/lib/i18n/files';
import {
	translationProblems,
	translationSize,
	type EnglishContent,
	type TranslationFiles
} from '../src/lib/content/translation-checks';
import { LANGS } from '../src/lib/geo/lang';

const CONTENT = 'src/lib/content';

const json = <T>(path: string, empty: T): T =>
	existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : empty;

/** id → text of every `*.md` in `dir` (none if it does not exist). */
function texts(dir: string): Record<string, string> {
	if (!existsSync(dir)) return {};
	return Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.sort()
			.map((f) => [f.slice(0, -3), readFileSync(join(dir, f), 'utf8')])
	);
}

type Props = Record<string, string | undefined> & { slug?: string; id?: string };
const features = (file: string): Props[] =>
	json<{ features: { properties: Props }[] }>(file, { features: [] }).features.map(
		(f) => f.properties
	);
const pick = (p: Props, fields: string[]) =>
	Object.fromEntries(fields.filter((f) => p[f] !== undefined).map((f) => [f, p[f]]));

const places = features('static/geo/places.geojson');
const events = ['bases', 'osce', 'clashes', 'peace'].flatMap((l) =>
	features(`static/geo/layers/${l}.geojson`)
);
const english: EnglishContent = {
	narratives: texts(`${CONTENT}/narratives`),
	events: texts(`${CONTENT}/events`),
	chapters: texts(`${CONTENT}/chapters`),
	about: readFileSync(`${CONTENT}/about.md`, 'utf8'),
	places: Object.fromEntries(
		places.map((p) => [p.slug!, pick(p, ['summary', 'note'])])
	) as EnglishContent['places'],
	eventRecords: Object.fromEntries(
		events.map((e) => [e.id!, pick(e, ['title', 'note'])])
	) as EnglishContent['eventRecords'],
	chapterRecords: Object.fromEntries(
		json<Props[]>(`${CONTENT}/chapters.json`, []).map((c) => [c.id!, pick(c, ['title', 'summary'])])
	) as EnglishContent['chapterRecords'],
	people: Object.fromEntries(
		json<Props[]>(`${CONTENT}/people.json`, []).map((p) => [p.id!, pick(p, ['role'])])
	) as EnglishContent['people']
};

const errors = checkMessages(Object.fromEntries(LANGS.map((l) => [l, messagesOf(l)]))).map(
	(e) => `messages: ${e}`
);
const report: string[] = [];
for (const lang of LANGS.filter((l) => l !== 'en')) {
	const dir = `${CONTENT}/i18n/${lang}`;
	const files: TranslationFiles = {
		narratives: texts(`${dir}/narratives`),
		events: texts(`${dir}/events`),
		chapters: texts(`${dir}/chapters`),
		about: existsSync(`${dir}/about.md`) ? readFileSync(`${dir}/about.md`, 'utf8') : '',
		places: json(`${dir}/places.json`, {}),
		eventRecords: json(`${dir}/events.json`, {}),
		chapterRecords: json(`${dir}/chapters.json`, {}),
		people: json(`${dir}/people.json`, {})
	};
	for (const p of translationProblems(dir, english, files)) errors.push(`${p.file}: ${p.reason}`);
	const { files: n, words } = translationSize(files);
	const english_names = places
		.filter((p) => !(p as unknown as { label?: Record<string, string> }).label?.[lang])
		.map((p) => p.slug);
	report.push(
		`${lang}: ${Object.keys(messagesOf(lang)).length} messages; ${n} files, ${words} words translated; ` +
			(english_names.length
				? `shown by their English name, having none in ${lang}: ${english_names.join(', ')}`
				: 'every place named in it')
	);
}
/** The basemap's named features that have no name in `lang` (drawn by their English name). */
function basemapInEnglish(lang: string): string[] {
	return ['labels', 'provinces', 'rivers', 'lakes', 'towns'].flatMap((file) => {
		const names = features(`static/geo/basemap/${file}.geojson`)
			.filter((p) => p.name !== undefined && p[`name_${lang}`] === undefined)
			.map((p) => p.name!);
		return names.length
			? [
					`${file} ${names.length} (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''})`
				]
			: [];
	});
}
for (const lang of LANGS.filter((l) => l !== 'en')) {
	const english = basemapInEnglish(lang);
	report.push(
		`${lang}: the basemap's ` +
			(english.length
				? `features shown by their English name, having none in ${lang}: ${english.join('; ')}`
				: 'features all named in it')
	);
}
for (const e of errors) console.error(e);
if (errors.length) {
	console.error(`${errors.length} problems in the other languages`);
	process.exit(1);
}
for (const line of report) console.log(`✓ ${line}`);
