import { describe, expect, it } from 'vitest';
import { judge, type LoadFigures, type Results } from '../../bench/lib/report';
import { summarize } from '../../bench/lib/stats';

type Values = Partial<Record<keyof LoadFigures, number>>;

/** Load figures with the given medians (one value each); the rest absent. */
function figures(values: Values): LoadFigures {
	const keys: (keyof LoadFigures)[] = [
		...['idle', 'lcp', 'tbt', 'js', 'font', 'data', 'all'],
		...['mapMount', 'mapTbt', 'mapReady']
	] as (keyof LoadFigures)[];
	return Object.fromEntries(
		keys.map((k) => [k, values[k] === undefined ? null : summarize([values[k]])])
	) as unknown as LoadFigures;
}

function results(atlas: LoadFigures, floor: LoadFigures): Omit<Results, 'targets'> {
	return {
		load: { '/place/kulyab': { atlas, floor, blankStaticMap: atlas, lcpElements: [] } },
		js: {},
		interactions: {
			clickToNarrative: { dom: null, frame: null },
			back: { dom: null, frame: null },
			toggle: null,
			toggleSwitched: null,
			repaint: null,
			instances: 1,
			navigations: 10
		},
		scale: { conditions: [] }
	} as unknown as Omit<Results, 'targets'>;
}

/** The judgement of the place page's map start, for the atlas's and the floor's figures. */
const mapStart = (atlas: Values, floor: Values) =>
	judge(results(figures(atlas), figures(floor))).find((t) =>
		t.target.startsWith("/place/kulyab: the map's own start")
	);

describe("the bench's judgement of the map's own start", () => {
	it('is met when the map after its mount blocks and renders within 1.25× the floor', () => {
		const t = mapStart(
			{ idle: 3300, tbt: 900, mapTbt: 700, mapReady: 2300 },
			{ idle: 2200, tbt: 650, mapTbt: 650, mapReady: 2200 }
		);
		expect(t?.met).toBe(true);
		expect(t?.detail).toBe(
			'blocking time after the map mounts ×1.08, map mount → first full render ×1.05'
		);
	});

	it('is not met when either figure is over, whatever the page before the mount did', () => {
		const floor = { idle: 2200, tbt: 700, mapTbt: 700, mapReady: 2200 };
		const slow = mapStart({ idle: 2500, tbt: 700, mapTbt: 700, mapReady: 2900 }, floor);
		expect(slow?.met).toBe(false);
		expect(slow?.detail).toContain('map mount → first full render ×1.32');
		const blocking = mapStart({ idle: 2200, tbt: 900, mapTbt: 900, mapReady: 2000 }, floor);
		expect(blocking?.met).toBe(false);
	});

	it('is not judged when a page has no figures for it', () => {
		expect(mapStart({ idle: 3000, tbt: 900 }, { idle: 2200, tbt: 700 })).toBeUndefined();
		const r = results(figures({ idle: 3000, tbt: 900 }), figures({ idle: 2200, tbt: 700 }));
		expect(
			judge(r).find((t) => t.target === '/place/kulyab: atlas load figures ≤ 1.25× floor')
		).toMatchObject({
			met: false,
			detail: 'over: first full render (idle) ×1.36, total blocking time ×1.29'
		});
	});
});
