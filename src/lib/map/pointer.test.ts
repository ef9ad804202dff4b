import { describe, expect, it, vi } from 'vitest';
import { fakeMap, type FakeFeature } from '../../../tests/fixtures/fake-map';
import { EVENT_MARKERS } from './events';
import { LAYER_OFF, OUT_OF_RANGE } from './feature-state';
import { PLACE_LAYERS } from './places';
import { installPointer } from './pointer';
import { BASEMAP_LAYERS } from './style';

const LAYERS = [
	PLACE_LAYERS.areas,
	BASEMAP_LAYERS.border,
	PLACE_LAYERS.points,
	PLACE_LAYERS.labels,
	EVENT_MARKERS
];

const dot = (slug: string): FakeFeature => ({
	layer: { id: PLACE_LAYERS.points },
	properties: { slug }
});
const area = (slug: string): FakeFeature => ({
	layer: { id: PLACE_LAYERS.areas },
	properties: { slug }
});
const border: FakeFeature = { layer: { id: BASEMAP_LAYERS.border }, properties: {} };
const marker = (id: string, extra: Partial<FakeFeature> = {}): FakeFeature => ({
	layer: { id: EVENT_MARKERS },
	properties: { id, layer: 'osce', title: id, sources: '["p1","p2"]', refs: '["r1"]' },
	...extra
});

/**
 * The pointer wired to a fake map whose rendered features are `exact` at the pointer and
 * `near` within a few pixels of it; returns the map, the handlers' calls and a way to move or
 * click.
 */
function setup(exact: FakeFeature[], near: FakeFeature[] = exact) {
	const m = fakeMap({ layers: LAYERS });
	m.query = (at, layers) => {
		const box = Array.isArray((at as unknown[])[0]);
		return (box ? near : exact).filter((f) => layers.includes(f.layer.id));
	};
	const handlers = {
		onselect: vi.fn(),
		onhoverplace: vi.fn(),
		onhoverevent: vi.fn(),
		onevents: vi.fn(),
		onnothing: vi.fn()
	};
	const unwire = installPointer(m.map, handlers);
	const at = { point: { x: 100, y: 100 }, lngLat: { lng: 69.8, lat: 37.9 } };
	return {
		m,
		handlers,
		unwire,
		click: () => m.fire('click', at),
		move: () => m.fire('mousemove', at)
	};
}

describe('a click on the map', () => {
	it('on a place’s dot chooses the place, even with a marker under the pointer', () => {
		const { handlers, click } = setup([marker('e1'), dot('kulyab')]);
		click();
		expect(handlers.onselect).toHaveBeenCalledWith('kulyab');
		expect(handlers.onevents).not.toHaveBeenCalled();
	});

	it('on a region’s area chooses the region; on the border line, the border', () => {
		const region = setup([area('rasht-valley')]);
		region.click();
		expect(region.handlers.onselect).toHaveBeenCalledWith('rasht-valley');
		const line = setup([border]);
		line.click();
		expect(line.handlers.onselect).toHaveBeenCalledWith('afghan-border');
	});

	it('on markers opens their events, once each, with their sources as lists', () => {
		const { handlers, click } = setup([marker('e1'), marker('e1'), marker('e2'), area('rasht')]);
		click();
		expect(handlers.onselect).not.toHaveBeenCalled();
		const [events, at] = handlers.onevents.mock.calls[0];
		expect(events.map((e: { id: string }) => e.id)).toEqual(['e1', 'e2']);
		expect(events[0]).toMatchObject({ layer: 'osce', sources: ['p1', 'p2'], refs: ['r1'] });
		expect(at).toEqual({ lng: 69.8, lat: 37.9 });
	});

	it('takes sources given as arrays as they are, and none when unreadable', () => {
		const { handlers, click } = setup([
			{ layer: { id: EVENT_MARKERS }, properties: { id: 'a', sources: ['p3'] } },
			{ layer: { id: EVENT_MARKERS }, properties: { id: 'b', sources: '{oops' } }
		]);
		click();
		const [events] = handlers.onevents.mock.calls[0];
		expect(events[0].sources).toEqual(['p3']);
		expect(events[1].sources).toEqual([]);
		expect('refs' in events[1]).toBe(false);
	});

	it.each([OUT_OF_RANGE, LAYER_OFF])(
		'ignores a marker with %s set: it is in the tile but not drawn',
		(key) => {
			const { handlers, click } = setup([marker('e1', { state: { [key]: true } })]);
			click();
			expect(handlers.onevents).not.toHaveBeenCalled();
			expect(handlers.onnothing).toHaveBeenCalledOnce();
		}
	);

	it('reaches a marker a few pixels off, when nothing is under the exact point', () => {
		const { handlers, click } = setup([], [marker('e1')]);
		click();
		expect(handlers.onevents).toHaveBeenCalledOnce();
	});

	it('on nothing the atlas draws says so', () => {
		const { handlers, click } = setup([]);
		click();
		expect(handlers.onnothing).toHaveBeenCalledOnce();
		expect(handlers.onselect).not.toHaveBeenCalled();
	});
});

describe('the pointer moving over the map', () => {
	it('reports a place or a marker once as it enters, and null as it leaves', () => {
		const exact: FakeFeature[] = [dot('garm')];
		const { m, handlers, move } = setup(exact);
		move();
		move();
		expect(handlers.onhoverplace.mock.calls).toEqual([['garm']]);
		expect(m.canvas.style.cursor).toBe('pointer');
		exact.splice(0, 1, marker('e1'));
		move();
		expect(handlers.onhoverplace.mock.calls).toEqual([['garm'], [null]]);
		expect(handlers.onhoverevent.mock.calls).toEqual([['e1']]);
		m.fire('mouseout');
		expect(handlers.onhoverevent.mock.calls).toEqual([['e1'], [null]]);
		expect(m.canvas.style.cursor).toBe('');
	});

	it('over nothing keeps the default cursor and reports no hover', () => {
		const { m, handlers, move } = setup([]);
		move();
		expect(m.canvas.style.cursor).toBe('');
		expect(handlers.onhoverplace).not.toHaveBeenCalled();
	});

	it('is no longer heard once unwired', () => {
		const { m, handlers, unwire, click, move } = setup([dot('garm')]);
		unwire();
		move();
		click();
		expect(handlers.onhoverplace).not.toHaveBeenCalled();
		expect(handlers.onselect).not.toHaveBeenCalled();
		for (const type of ['mousemove', 'mouseout', 'click']) expect(m.listeners(type)).toBe(0);
	});
});
