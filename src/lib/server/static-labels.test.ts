/**
 * The static maps' names and the event markers the page draws over them: at every view the atlas
 * opens at (the overview, every place, every event, every story chapter), on the wide and the
 * phone canvas, no name written in the SVG lies on a marker. The names' boxes are read from the
 * SVG's own `<text>` (position, size, letters), measured here on their own generous terms; the
 * markers' from where StaticMap.svelte draws them (`staticMarkers`), every layer's.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/geo/lang';
import { layerInfo } from '$lib/geo/layers';
import { SWATCH } from '$lib/geo/shapes';
import { STATIC_CANVAS, staticMarkers } from '$lib/geo/staticmap';
import { eventSummaries } from '$lib/geo/summary';
import { getAtlas } from './atlas';
import { allViews, chapterViews, homeView, staticMap, type MapViewSpec } from './views';

type Box = [number, number, number, number];

/**
 * The names' boxes, in canvas pixels from the top left: capitals 0.68 em wide, lower-case Cyrillic
 * 0.62 em and other letters 0.55 em (Noto Sans's averages), from 0.8 em above the baseline to
 * 0.25 em below.
 * River names, set along their lines at an angle, are left out.
 */
function nameBoxes(svg: string): { name: string; box: Box }[] {
	const out: { name: string; box: Box }[] = [];
	for (const m of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
		const attrs = m[1];
		if (attrs.includes('transform=')) continue;
		const get = (k: string) => Number(new RegExp(`${k}="([-\\d.]+)"`).exec(attrs)?.[1]);
		const [x, y, size] = [get('x'), get('y'), get('font-size')];
		const name = m[2].replace(/&amp;/g, '&');
		let ems = 0;
		for (const c of name)
			ems += c !== c.toLowerCase() ? 0.68 : /[\u0400-\u04ff]/.test(c) ? 0.62 : 0.55;
		out.push({ name, box: [x, y - 0.8 * size, x + ems * size, y + 0.25 * size] });
	}
	return out;
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

const spots = eventSummaries(getAtlas()).map((e) => ({
	id: e.id,
	lng: e.lng,
	lat: e.lat,
	offset: layerInfo(e.layer).offset
}));
/** Every view in every language: names in Cyrillic are wider and find other spots. */
const views = LANGS.flatMap((lang) => [...allViews(lang), ...chapterViews(lang)]);

/** Each view's names on a canvas, drawn once for both tests (about 700 maps). */
const drawn = new Map<string, { name: string; box: Box }[]>();
function namesOn(view: MapViewSpec, size: 'wide' | 'phone') {
	const key = `${view.lang} ${view.key} ${size}`;
	if (!drawn.has(key)) drawn.set(key, nameBoxes(staticMap(view, size)));
	return drawn.get(key)!;
}
/** Drawing every map in three languages takes a while on a shared machine. */
const SLOW = 180_000;

describe('static maps: names and event markers', () => {
	it('covers every opening view: the overview, the places, the events and the chapters', () => {
		const keys = views.map((v) => v.key);
		expect(keys).toContain(homeView().key);
		for (const prefix of ['place-', 'event-', 'story-'])
			expect(keys.some((k) => k.startsWith(prefix))).toBe(true);
	});

	it.each(['wide', 'phone'] as const)(
		'on the %s canvas, no name lies on a marker',
		(size) => {
			const canvas = STATIC_CANVAS[size];
			const half = SWATCH.size / 2;
			const found: string[] = [];
			for (const view of views) {
				const names = namesOn(view, size);
				const markers = staticMarkers(spots, view.camera, canvas).map((m) => {
					const [x, y] = [m.x + canvas.width / 2, m.y + canvas.height / 2];
					return { id: m.id, box: [x - half, y - half, x + half, y + half] as Box };
				});
				for (const n of names)
					for (const m of markers)
						if (overlap(n.box, m.box))
							found.push(`${view.lang} ${view.key}: "${n.name}" on ${m.id}`);
			}
			expect(found).toEqual([]);
		},
		SLOW
	);

	it.each(['wide', 'phone'] as const)(
		'on the %s canvas, no name lies on another',
		(size) => {
			const found: string[] = [];
			for (const view of views) {
				const names = namesOn(view, size);
				names.forEach((a, i) =>
					names
						.slice(i + 1)
						.filter((b) => overlap(a.box, b.box))
						.forEach((b) => found.push(`${view.lang} ${view.key}: "${a.name}" on "${b.name}"`))
				);
			}
			expect(found).toEqual([]);
		},
		SLOW
	);

	it('draws Garm’s name whole at the overview, beside its markers', () => {
		const names = nameBoxes(staticMap(homeView('en'), 'wide')).map((n) => n.name);
		expect(names).toContain('Garm');
	});

	it.each([
		['ru', 'Гарм'],
		['tg', 'Ғарм']
	] as const)('draws Garm’s name in %s at the overview', (lang, name) => {
		const names = nameBoxes(staticMap(homeView(lang), 'wide')).map((n) => n.name);
		expect(names).toContain(name);
		expect(names).not.toContain('Garm');
	});
});
