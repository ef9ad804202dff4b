/**
 * The static maps' names and the event markers the page draws over them: at every view the atlas
 * opens at (the overview, every place, every event, every story chapter), on the wide and the
 * phone canvas, no name written in the SVG lies on a marker. The names' boxes are read from the
 * SVG's own `<text>` (position, size, letters), measured here on their own generous terms; the
 * markers' from where StaticMap.svelte draws them (`staticMarkers`), every layer's.
 */
import { describe, expect, it } from 'vitest';
import { layerInfo } from '$lib/geo/layers';
import { SWATCH } from '$lib/geo/shapes';
import { STATIC_CANVAS, staticMarkers } from '$lib/geo/staticmap';
import { eventSummaries } from '$lib/geo/summary';
import { getAtlas } from './atlas';
import { allViews, chapterViews, homeView, staticMap } from './views';

type Box = [number, number, number, number];

/**
 * The names' boxes, in canvas pixels from the top left: capitals 0.68 em wide and other letters
 * 0.55 em (Noto Sans's averages), from 0.8 em above the baseline to 0.25 em below.
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
		for (const c of name) ems += c !== c.toLowerCase() ? 0.68 : 0.55;
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
const views = [...allViews(), ...chapterViews()];

describe('static maps: names and event markers', () => {
	it('covers every opening view: the overview, the places, the events and the chapters', () => {
		const keys = views.map((v) => v.key);
		expect(keys).toContain(homeView().key);
		for (const prefix of ['place-', 'event-', 'story-'])
			expect(keys.some((k) => k.startsWith(prefix))).toBe(true);
	});

	it.each(['wide', 'phone'] as const)('on the %s canvas, no name lies on a marker', (size) => {
		const canvas = STATIC_CANVAS[size];
		const half = SWATCH.size / 2;
		const found: string[] = [];
		for (const view of views) {
			const names = nameBoxes(staticMap(view, size));
			const markers = staticMarkers(spots, view.camera, canvas).map((m) => {
				const [x, y] = [m.x + canvas.width / 2, m.y + canvas.height / 2];
				return { id: m.id, box: [x - half, y - half, x + half, y + half] as Box };
			});
			for (const n of names)
				for (const m of markers)
					if (overlap(n.box, m.box)) found.push(`${view.key}: "${n.name}" on ${m.id}`);
		}
		expect(found).toEqual([]);
	});

	it('draws Garm’s name whole at the overview, beside its markers', () => {
		const names = nameBoxes(staticMap(homeView(), 'wide')).map((n) => n.name);
		expect(names).toContain('Garm');
	});
});
