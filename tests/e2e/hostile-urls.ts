/**
 * A seeded, reproducible generator of hostile and broken URLs: unknown and overlong
 * slugs, markup and scripts in the path, query and hash, repeated and contradictory parameters,
 * non-numeric and out-of-range views, unknown layers. Every script payload, if it ever ran,
 * would set `window.__pwned` or open a dialog; the test watches for both.
 */
import { mulberry32 as rng } from '../../scripts/random.js';
import { LAYER_IDS } from '../../src/lib/geo/layers';

export type Kind =
	| 'unknown-slug'
	| 'overlong-slug'
	| 'markup-in-path'
	| 'markup-in-query'
	| 'markup-in-hash'
	| 'repeated-params'
	| 'bad-view'
	| 'unknown-layers';

/** What the atlas must do with a URL, decided by how the URL was made, not by the atlas's code. */
export interface Expectation {
	/** A 404 page (unknown place, markup in the path) or a page of the atlas. */
	status: 404 | 200;
	/** The layers the page must show (ids in panel order). */
	layers: string[];
	/** The view the map must open at, or null when the URL carries no valid one. */
	view: { zoom: number; lat: number; lng: number } | null;
}

export interface HostileUrl {
	kind: Kind;
	url: string;
	expect: Expectation;
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
const LAYERS: readonly string[] = LAYER_IDS;

/** The view rules of the URL format: zoom 1–18, latitude within Web Mercator, longitude ±180. */
function validView(zoom: number, lat: number, lng: number) {
	const ok = zoom >= 1 && zoom <= 18 && Math.abs(lat) <= 85.051129 && Math.abs(lng) <= 180;
	return ok ? { zoom, lat, lng } : null;
}

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

	const ALL = [...LAYERS];
	/** The layers a list of `?layers=` tokens asks for: known names, trimmed and lowercased. */
	const known = (tokens: string[]) => {
		const asked = new Set(tokens.map((t) => t.trim().toLowerCase()));
		const found = LAYERS.filter((l) => asked.has(l));
		return found.length ? found : ALL;
	};
	const page = (url: string, layers = ALL, view: Expectation['view'] = null) => ({
		url,
		expect: { status: 200 as const, layers, view }
	});
	const missing = (url: string) => ({
		url,
		expect: { status: 404 as const, layers: ALL, view: null }
	});

	const make: Record<Kind, () => { url: string; expect: Expectation }> = {
		'unknown-slug': () =>
			missing(
				`/place/${pick([word(int(1, 12)) + 'q', `${pick(SLUGS)}x`, `x${pick(SLUGS)}`, enc('Кулябб'), enc('Душамбе'), 'kulab-city', word(3) + '.html', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', '%'])}`
			),
		'overlong-slug': () => missing(`/place/${word(int(200, 5000))}`),
		'markup-in-path': () => missing(`${pick(['/place/', '/', '/source/'])}${enc(pick(PAYLOADS))}`),
		'markup-in-query': () => {
			const key = pick(['layers', 'q', 'map', 'place']);
			const second = r() < 0.5;
			const url = `${place()}?${key}=${enc(pick(PAYLOADS))}${second ? `&layers=${enc(pick(PAYLOADS))},bases` : ''}`;
			// Two `layers` parameters are malformed; one made of markup names no layer.
			const layers = key === 'layers' ? ALL : second ? ['bases'] : ALL;
			return page(url, layers);
		},
		'markup-in-hash': () => {
			const choice = int(0, 3);
			const payload = enc(pick(PAYLOADS));
			const zoom = int(1, 12);
			const hash = [
				`map=${payload}`,
				payload,
				`map=7/38/68&x=${payload}`,
				`map=${zoom}/${payload}/70`
			][choice];
			return page(`${place()}#${hash}`, ALL, choice === 2 ? { zoom: 7, lat: 38, lng: 68 } : null);
		},
		'repeated-params': () => {
			const first = [int(2, 12), int(36, 41), int(67, 75)] as const;
			const url = `${place()}?layers=${pick(LAYERS)}&layers=${pick(LAYERS)}${r() < 0.5 ? `&layers=` : ''}#map=${first.join('/')}&map=${int(2, 12)}/${int(-80, 80)}/${int(-170, 170)}`;
			// Repeated `layers` is malformed: the default. Of two views, the first counts.
			return page(url, ALL, validView(...first));
		},
		'bad-view': () => {
			const shape = int(0, 9);
			let view: Expectation['view'] = null;
			let hash: string;
			if (shape === 0) {
				const parts = [junkNumber(), junkNumber(), junkNumber()];
				// Three plain integers can make a real view by chance.
				if (parts.every((p) => /^-?\d+$/.test(p)))
					view = validView(...(parts.map(Number) as [number, number, number]));
				hash = parts.join('/');
			} else if (shape === 1) {
				const v = [int(-50, 50), int(-400, 400), int(-400, 400)] as const;
				view = validView(...v);
				hash = v.join('/');
			} else if (shape === 2) hash = `${int(1, 18)}/${int(86, 1000)}/${int(0, 10)}`;
			else if (shape === 3) hash = `${int(1, 18)}/${int(0, 10)}/${int(181, 1000)}`;
			else if (shape === 4) hash = `${int(19, 999)}/38/68`;
			else if (shape === 5) hash = `${int(1, 9)}/38`;
			else if (shape === 6) hash = `${int(1, 9)}/38/68/0/0/0`;
			else hash = ['/', '//', '7/38/68/'][shape - 7];
			return page(`${place()}#map=${hash}`, ALL, view);
		},
		'unknown-layers': () => {
			const tokens = Array.from({ length: int(1, 6) }, () =>
				pick([...LAYERS, word(int(1, 10)), 'BASES', ' osce ', 'all', 'none', '*', '%'])
			);
			const sep = pick([',', ';', '|', ',,']);
			const url = `${place()}?layers=${tokens.map((t) => enc(t)).join(sep)}`;
			// Only commas separate layers; `;` and `|` make one unknown name of the whole list.
			return page(url, known(sep.startsWith(',') ? tokens : [tokens.join(sep)]));
		}
	};
	const urls: HostileUrl[] = [];
	for (const kind of Object.keys(make) as Kind[]) {
		for (let i = 0; i < perKind; i++) urls.push({ kind, ...make[kind]() });
	}
	return urls;
}
