/**
 * A seeded, reproducible generator of hostile and broken URLs (issue #5): unknown and overlong
 * slugs, markup and scripts in the path, query and hash, repeated and contradictory parameters,
 * non-numeric and out-of-range views, unknown layers. Every script payload, if it ever ran,
 * would set `window.__pwned` or open a dialog; the test watches for both.
 */
import { mulberry32 as rng } from '../../scripts/random.js';

export type Kind =
	| 'unknown-slug'
	| 'overlong-slug'
	| 'markup-in-path'
	| 'markup-in-query'
	| 'markup-in-hash'
	| 'repeated-params'
	| 'bad-view'
	| 'unknown-layers';

export interface HostileUrl {
	kind: Kind;
	url: string;
}

const PAYLOADS = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror=window.__pwned=1>',
	'"><svg onload=window.__pwned=1>',
	"'><iframe src=javascript:window.__pwned=1>",
	'javascript:window.__pwned=1',
	'<a href=javascript:alert(1)>x</a>',
	'{{constructor.constructor("window.__pwned=1")()}}',
	'${window.__pwned=1}',
	'<details open ontoggle=window.__pwned=1>',
	'\u202e<b>rtl</b>'
];
const SLUGS = ['kulyab', 'dushanbe', 'garm', 'kurgan-tyube', 'afghan-border', 'tavildara'];
const LAYERS = ['bases', 'osce', 'clashes', 'peace', 'border'];

/** `count` URLs of each kind, from `seed`; the same seed gives the same URLs. */
export function hostileUrls(seed = 20260, perKind = 40): HostileUrl[] {
	const r = rng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const word = (n: number) =>
		Array.from({ length: n }, () => pick('abcdefghijklmnopqrstuvwxyz-0123456789'.split(''))).join(
			''
		);
	const enc = encodeURIComponent;
	const place = () => (r() < 0.2 ? '/' : `/place/${pick(SLUGS)}`);
	const junkNumber = () =>
		pick([
			'',
			'NaN',
			'Infinity',
			'-Infinity',
			'1e309',
			'abc',
			'0x10',
			'--1',
			'7.7.7',
			' ',
			'%00',
			String(int(-1000, 1000))
		]);

	const make: Record<Kind, () => string> = {
		'unknown-slug': () =>
			`/place/${pick([word(int(1, 12)), `${pick(SLUGS)}x`, `x${pick(SLUGS)}`, enc('Кулябб'), enc('Душамбе'), 'kulab-city', word(3) + '.html', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', '%'])}`,
		'overlong-slug': () => `/place/${word(int(200, 5000))}`,
		'markup-in-path': () => `${pick(['/place/', '/', '/source/'])}${enc(pick(PAYLOADS))}`,
		'markup-in-query': () =>
			`${place()}?${pick(['layers', 'q', 'map', 'place'])}=${enc(pick(PAYLOADS))}${r() < 0.5 ? `&layers=${enc(pick(PAYLOADS))},bases` : ''}`,
		'markup-in-hash': () =>
			`${place()}#${pick([`map=${enc(pick(PAYLOADS))}`, enc(pick(PAYLOADS)), `map=7/38/68&x=${enc(pick(PAYLOADS))}`, `map=${int(1, 12)}/${enc(pick(PAYLOADS))}/70`])}`,
		'repeated-params': () =>
			`${place()}?layers=${pick(LAYERS)}&layers=${pick(LAYERS)}${r() < 0.5 ? `&layers=` : ''}#map=${int(2, 12)}/${int(36, 41)}/${int(67, 75)}&map=${int(2, 12)}/${int(-80, 80)}/${int(-170, 170)}`,
		'bad-view': () =>
			`${place()}#map=${pick([`${junkNumber()}/${junkNumber()}/${junkNumber()}`, `${int(-50, 50)}/${int(-400, 400)}/${int(-400, 400)}`, `${int(1, 18)}/${int(86, 1000)}/${int(0, 10)}`, `${int(1, 18)}/${int(0, 10)}/${int(181, 1000)}`, `${int(19, 999)}/38/68`, `${int(1, 9)}/38`, `${int(1, 9)}/38/68/0/0/0`, '/', '//', '7/38/68/'])}`,
		'unknown-layers': () =>
			`${place()}?layers=${Array.from({ length: int(1, 6) }, () => pick([...LAYERS, word(int(1, 10)), 'BASES', ' osce ', 'all', 'none', '*', enc('%')])).join(pick([',', ';', '|', ',,']))}`
	};
	const urls: HostileUrl[] = [];
	for (const kind of Object.keys(make) as Kind[]) {
		for (let i = 0; i < perKind; i++) urls.push({ kind, url: make[kind]() });
	}
	return urls;
}
