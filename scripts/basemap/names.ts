/**
 * The basemap's names in Russian and Tajik, as data: the countries, Tajikistan's provinces and
 * the larger towns. The rivers' and lakes' are in their own tables (`names['ru-Cyrl']` and
 * `names['tg-Cyrl']` in `rivers-named.ts` and `lakes.ts`). `npm run geo:basemap` writes each as
 * the feature's `name_ru` and `name_tg`, which the live style and the static maps draw on the
 * Russian and Tajik pages; a feature without one is drawn by its English `name` there, and
 * `npm run validate` lists it.
 *
 * References: each name is the title of the feature's article in the Russian Wikipedia
 * (ru.wikipedia.org) or the Tajik Wikipedia (tg.wikipedia.org), without a disambiguation in
 * brackets: "Киргизия", "Хорог", "Ӯзбекистон", "Вилояти Суғд", "Хоруғ". Only names checked there are
 * listed; a town of GeoNames whose Tajik article was not found has its Russian name only.
 */

import type { FeatureCollection, Geometry } from 'geojson';
import { NAMED_LAKES, NUREK } from './lakes';
import { NAMED_RIVERS } from './rivers-named';

/** A feature's names in the two other languages of the atlas. */
export interface LangNames {
	ru?: string;
	tg?: string;
}

/** The countries, by ISO 3166-1 numeric code (`labels.geojson`'s `iso`). */
export const COUNTRY_NAMES: Record<string, LangNames> = {
	'004': { ru: 'Афганистан', tg: 'Афғонистон' },
	'156': { ru: 'Китай', tg: 'Чин' },
	'356': { ru: 'Индия', tg: 'Ҳиндустон' },
	'364': { ru: 'Иран', tg: 'Эрон' },
	'398': { ru: 'Казахстан', tg: 'Қазоқистон' },
	'417': { ru: 'Киргизия', tg: 'Қирғизистон' },
	'586': { ru: 'Пакистан', tg: 'Покистон' },
	'762': { ru: 'Таджикистан', tg: 'Тоҷикистон' },
	'795': { ru: 'Туркмения', tg: 'Туркманистон' },
	'860': { ru: 'Узбекистан', tg: 'Ӯзбекистон' }
};

/** Tajikistan's provinces, by the English name the basemap gives them (`provinces.ts`). */
export const PROVINCE_NAMES: Record<string, LangNames> = {
	Sughd: { ru: 'Согдийская область', tg: 'Вилояти Суғд' },
	Khatlon: { ru: 'Хатлонская область', tg: 'Вилояти Хатлон' },
	'Gorno-Badakhshan': {
		ru: 'Горно-Бадахшанская автономная область',
		tg: 'Вилояти Мухтори Кӯҳистони Бадахшон'
	},
	'Districts of Republican Subordination': {
		ru: 'Районы республиканского подчинения',
		tg: 'Ноҳияҳои тобеи ҷумҳурӣ'
	}
};

/**
 * Towns, by GeoNames id, with GeoNames' own name (checked against the data, so that an id that
 * names another town fails the build): the region's cities drawn from the lowest zooms and
 * Tajikistan's larger towns.
 */
export const TOWN_NAMES: Record<number, LangNames & { name: string }> = {
	1138958: { name: 'Kabul', ru: 'Кабул', tg: 'Кобул' },
	1255634: { name: 'Srinagar', ru: 'Сринагар' },
	1528675: { name: 'Bishkek', ru: 'Бишкек', tg: 'Бишкек' },
	1526384: { name: 'Almaty', ru: 'Алма-Ата', tg: 'Алмаато' },
	1166993: { name: 'Rawalpindi', ru: 'Равалпинди' },
	1168197: { name: 'Peshawar', ru: 'Пешавар', tg: 'Пешовар' },
	1169607: { name: 'Muzaffarābād', ru: 'Музаффарабад' },
	1176615: { name: 'Islamabad', ru: 'Исламабад', tg: 'Исломобод' },
	1512569: { name: 'Tashkent', ru: 'Ташкент', tg: 'Тошканд' },
	1133616: { name: 'Mazār-e Sharīf', ru: 'Мазари-Шариф', tg: 'Мазори Шариф' },
	1140026: { name: 'Herāt', ru: 'Герат', tg: 'Ҳирот' },
	1139715: { name: 'Jalālābād', ru: 'Джелалабад', tg: 'Ҷалолобод' },
	1135689: { name: 'Kunduz', ru: 'Кундуз', tg: 'Қундуз' },
	1141269: { name: 'Ghazni', ru: 'Газни' },
	1147290: { name: 'Balkh', ru: 'Балх', tg: 'Балх' },
	1147540: { name: 'Baghlān', ru: 'Баглан' },
	1141857: { name: 'Gardez', ru: 'Гардез' },
	1280849: { name: 'Kashgar', ru: 'Кашгар', tg: 'Кошғар' },
	1281019: { name: 'Hotan', ru: 'Хотан' },
	1527534: { name: 'Osh', ru: 'Ош', tg: 'Ӯш' },
	1518980: { name: 'Shymkent', ru: 'Шымкент' },
	1516905: { name: 'Taraz', ru: 'Тараз' },
	1221328: { name: 'Khorugh', ru: 'Хорог', tg: 'Хоруғ' },
	1219649: { name: 'Türkmenabat', ru: 'Туркменабад' },
	1218667: { name: 'Mary', ru: 'Мары' },
	1513157: { name: 'Namangan', ru: 'Наманган', tg: 'Намангон' },
	1216265: { name: 'Samarkand', ru: 'Самарканд', tg: 'Самарқанд' },
	1514588: { name: 'Andijon', ru: 'Андижан', tg: 'Андиҷон' },
	1217662: { name: 'Bukhara', ru: 'Бухара', tg: 'Бухоро' },
	1216311: { name: 'Qarshi', ru: 'Карши' },
	1512979: { name: 'Qo‘qon', ru: 'Коканд', tg: 'Хӯқанд' },
	1514210: { name: 'Chirchiq', ru: 'Чирчик' },
	1514019: { name: 'Fergana', ru: 'Фергана', tg: 'Фарғона' },
	1513886: { name: 'Jizzax', ru: 'Джизак', tg: 'Ҷиззах' },
	1215957: { name: 'Tirmiz', ru: 'Термез', tg: 'Тирмиз' },
	1513243: { name: 'Marg‘ilon', ru: 'Маргилан' },
	1513131: { name: 'Navoiy', ru: 'Навои' },
	1514581: { name: 'Angren', ru: 'Ангрен' },
	1513064: { name: 'Olmaliq', ru: 'Алмалык' },
	1220253: { name: 'Istaravshan', ru: 'Истаравшан', tg: 'Истаравшан' },
	1514891: { name: 'Konibodom', ru: 'Канибадам', tg: 'Конибодом' },
	1220855: { name: 'Vahdat', ru: 'Вахдат', tg: 'Ваҳдат' },
	1514896: { name: 'Isfara', ru: 'Исфара', tg: 'Исфара' },
	1282601: { name: 'Tursunzoda', ru: 'Турсунзаде', tg: 'Турсунзода' },
	1220798: { name: 'Panjakent', ru: 'Пенджикент', tg: 'Панҷакент' },
	1221614: { name: 'Ishqoshim', ru: 'Ишкашим', tg: 'Ишкошим' },
	1221714: { name: 'Hisor', ru: 'Гиссар', tg: 'Ҳисор' },
	1221965: { name: 'Danghara', ru: 'Дангара', tg: 'Данғара' },
	1220826: { name: 'Farkhor', ru: 'Фархор', tg: 'Фархор' },
	1220905: { name: 'Norak', ru: 'Нурек', tg: 'Норак' },
	1220112: { name: 'Yovon', ru: 'Яван', tg: 'Ёвон' },
	1220219: { name: 'Vakhsh', ru: 'Вахш', tg: 'Вахш' },
	1220962: { name: 'Murghob', ru: 'Мургаб', tg: 'Мурғоб' }
};

/** Letters of Russian that Tajik's alphabet does not have: a Tajik name with one is mistyped. */
const NOT_TAJIK = /[цщыьЦЩЫЬ]/;

/**
 * The problems of a name table: a name not in Cyrillic, a Tajik name with a Russian-only letter
 * (ц щ ы ь), or a Russian one with a Tajik letter (ғ ӣ қ ӯ ҳ ҷ).
 */
export function nameProblems(where: string, names: LangNames): string[] {
	const out: string[] = [];
	for (const [lang, name] of Object.entries(names) as [keyof LangNames, string | undefined][]) {
		if (name === undefined) continue;
		if (!/^[\u0400-\u04ff][\u0400-\u04ff \-’]*$/.test(name))
			out.push(`${where}: ${lang} "${name}" is not in Cyrillic`);
		if (lang === 'tg' && NOT_TAJIK.test(name))
			out.push(`${where}: tg "${name}" has a letter Tajik does not use`);
		if (lang === 'ru' && /[ғӣқӯҳҷҒӢҚӮҲҶ]/.test(name))
			out.push(`${where}: ru "${name}" has a Tajik letter`);
	}
	return out;
}

/** `props` with `name_ru` and `name_tg` where `names` has them. */
export function withLangNames<P extends object>(props: P, names: LangNames | undefined): P {
	return {
		...props,
		...(names?.ru ? { name_ru: names.ru } : {}),
		...(names?.tg ? { name_tg: names.tg } : {})
	};
}

type Named = FeatureCollection<Geometry, Record<string, unknown> | null>;

/** A river's or a lake's names from its table's `names`. */
const waterNames = (names: Record<string, string> | undefined): LangNames => ({
	ru: names?.['ru-Cyrl'],
	tg: names?.['tg-Cyrl']
});

/** Each kind of named feature: its file, and its names in the other languages by its properties. */
const TABLES: Record<string, (p: Record<string, unknown>) => LangNames | undefined> = {
	'labels.geojson': (p) => COUNTRY_NAMES[String(p.iso)],
	'provinces.geojson': (p) => (p.kind === 'label' ? PROVINCE_NAMES[String(p.name)] : undefined),
	'rivers.geojson': (p) => waterNames(NAMED_RIVERS.find((r) => r.id === p.id)?.names),
	'lakes.geojson': (p) => waterNames([...NAMED_LAKES, NUREK].find((l) => l.id === p.id)?.names),
	'towns.geojson': (p) => TOWN_NAMES[Number(p.geonameid)]
};

/**
 * The basemap's files with the Russian and Tajik names written into their features. Throws on a
 * name that is not Tajik or Russian as written, on a town whose GeoNames id names another
 * town, and on a listed town the basemap does not draw.
 */
export function nameFeatures(files: Record<string, unknown>): Record<string, unknown> {
	const problems = [
		...Object.entries(COUNTRY_NAMES).flatMap(([iso, n]) => nameProblems(`country ${iso}`, n)),
		...Object.entries(PROVINCE_NAMES).flatMap(([k, n]) => nameProblems(`province ${k}`, n)),
		...NAMED_RIVERS.flatMap((r) => nameProblems(`river ${r.id}`, waterNames(r.names))),
		...[...NAMED_LAKES, NUREK].flatMap((l) => nameProblems(`lake ${l.id}`, waterNames(l.names))),
		...Object.entries(TOWN_NAMES).flatMap(([id, { name, ...n }]) =>
			nameProblems(`town ${id} ${name}`, n)
		)
	];
	const towns = (files['towns.geojson'] as Named).features.map((f) => f.properties ?? {});
	for (const [id, { name }] of Object.entries(TOWN_NAMES)) {
		const town = towns.find((t) => t.geonameid === Number(id));
		if (!town) problems.push(`town ${id} ${name}: not in towns.geojson`);
		else if (town.name !== name)
			problems.push(`town ${id}: GeoNames calls it ${town.name}, not ${name}`);
	}
	if (problems.length) throw new Error(`basemap names:\n${problems.join('\n')}`);
	const out = { ...files };
	for (const [file, namesOf] of Object.entries(TABLES)) {
		const fc = files[file] as Named;
		out[file] = {
			...fc,
			features: fc.features.map((f) => ({
				...f,
				properties: f.properties && withLangNames(f.properties, namesOf(f.properties))
			}))
		};
	}
	return out;
}
