/**
 * The live map's driver, in Node: MapLibre's map is a fake (tests/fixtures/fake-map.ts) holding
 * the style's layers, so these tests check what the component's props leave on the map.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAYERS } from '$lib/geo/layers';
import { fakeMap, type FakeMap } from '../../../tests/fixtures/fake-map';
import { EVENT_MARKERS } from './events';
import { FEATURED, LAYER_OFF, OUT_OF_RANGE } from './feature-state';
import { PLACE_LAYERS } from './places';
import { AREA_SOURCE, EVENT_SOURCE, PLACE_SOURCE } from './sources';
import { atlasStyle, featuredMarks } from './style';

let current: FakeMap;
const popups: { at: unknown; content: unknown; closed: boolean }[] = [];

vi.mock('./create', () => ({ createMap: () => current.map }));
vi.mock('$lib/site', () => ({ siteRoot: () => 'http://localhost/' }));
vi.mock('maplibre-gl', () => ({
	Popup: class {
		record = { at: null as unknown, content: null as unknown, closed: false };
		onClose: () => void = () => undefined;
		setLngLat(at: unknown) {
			this.record.at = at;
			return this;
		}
		setDOMContent(content: unknown) {
			this.record.content = content;
			return this;
		}
		addTo() {
			popups.push(this.record);
			return this;
		}
		once(_: string, f: () => void) {
			this.onClose = f;
		}
		remove() {
			this.record.closed = true;
			this.onClose();
		}
	}
}));

const { startMap } = await import('./engine');

const BORDER = LAYERS.find((l) => l.styleLayers.length > 0)!;
const EVENTS = [
	{ id: 'b1', layer: 'bases' },
	{ id: 'o1', layer: 'osce' },
	{ id: 'o2', layer: 'osce' }
] as const;
let reducedMotion = false;

beforeEach(() => {
	popups.length = 0;
	reducedMotion = false;
	const element = () => ({ className: '' });
	vi.stubGlobal('document', {
		querySelector: () => null,
		createElement: element,
		head: { append: () => undefined }
	});
	vi.stubGlobal('matchMedia', (query: string) => ({
		matches: query.includes('reduce') && reducedMotion
	}));
});
afterEach(() => vi.unstubAllGlobals());

/** Starts the live map on a fake holding the style's layers and the atlas's sources. */
function start({ featured = false } = {}) {
	const style = atlasStyle('http://localhost/', { featured });
	current = fakeMap({ sources: Object.keys(style.sources), layers: style.layers.map((l) => l.id) });
	const m = current;
	const on = {
		onselect: vi.fn(),
		onhoverplace: vi.fn(),
		onhoverevent: vi.fn(),
		onmove: vi.fn(),
		onready: vi.fn(),
		popup: vi.fn(() => vi.fn())
	};
	const container = { dataset: {} as Record<string, string>, querySelector: () => null };
	const live = startMap(container as never, { center: [69.8, 37.9], zoom: 7 }, on, {
		events: EVENTS,
		featured,
		words: { label: 'Map of Tajikistan and its neighbours', start: 'Start', controls: {} }
	});
	return { m, on, live, container };
}

describe('the props, before and after the style is in', () => {
	it('wait for the style, then all apply before the first tile is made', () => {
		const { m, live } = start();
		live.select('kulyab');
		live.layers(['bases', 'peace']);
		live.hideEvents(['b1']);
		expect(m.writes.filter((w) => w[0] === 'setFeatureState')).toEqual([]);
		m.fire('style.load');
		expect(m.state(PLACE_SOURCE, 'kulyab')).toEqual({ selected: true });
		expect(m.state(AREA_SOURCE, 'kulyab')).toEqual({ selected: true });
		expect(m.state(EVENT_SOURCE, 'o1')).toEqual({ [LAYER_OFF]: true });
		expect(m.state(EVENT_SOURCE, 'b1')).toEqual({ [OUT_OF_RANGE]: true });
		for (const id of BORDER.styleLayers) {
			expect(m.map.getLayoutProperty(id, 'visibility')).toBe('none');
		}
	});

	it('move the chosen and the hovered place, and the hovered event, from one to the next', () => {
		const { m, live } = start();
		m.fire('style.load');
		live.select('kulyab');
		live.hoverPlace('garm');
		live.hoverEvent('o1');
		live.select('khorog');
		live.hoverPlace(null);
		live.hoverEvent('o2');
		expect(m.state(PLACE_SOURCE, 'kulyab')).toEqual({ selected: false });
		expect(m.state(PLACE_SOURCE, 'khorog')).toEqual({ selected: true });
		expect(m.state(PLACE_SOURCE, 'garm')).toEqual({ hover: false });
		expect(m.state(EVENT_SOURCE, 'o1')).toEqual({ hover: false });
		expect(m.state(EVENT_SOURCE, 'o2')).toEqual({ hover: true });
	});

	it('switch the event layers only when the layers asked for change, not on a hover', () => {
		const { m, live } = start();
		m.fire('style.load');
		const shown = ['osce', BORDER.id] as const;
		live.layers(shown);
		const after = m.writes.length;
		live.hoverPlace('garm');
		live.hoverPlace(null);
		const flags = m.writes.slice(after).filter((w) => LAYER_OFF in ((w[3] ?? {}) as object));
		expect(flags).toEqual([]);
		live.layers(['bases', 'osce', 'clashes', 'peace', BORDER.id]);
		expect(m.state(EVENT_SOURCE, 'b1')).toEqual({ [LAYER_OFF]: false });
	});

	it('show again the events back in the years shown', () => {
		const { m, live } = start();
		m.fire('style.load');
		live.hideEvents(['b1', 'o1']);
		live.hideEvents(['o1']);
		expect(m.state(EVENT_SOURCE, 'b1')).toEqual({ [OUT_OF_RANGE]: false });
		expect(m.state(EVENT_SOURCE, 'o1')).toEqual({ [OUT_OF_RANGE]: true });
	});
});

describe('the story’s marks', () => {
	const markIds = featuredMarks().flatMap((g) => g.layers.map((l) => l.id));

	it('are added where they belong when a chapter first features something', () => {
		const { m, live } = start({ featured: false });
		m.fire('style.load');
		live.feature([], []);
		expect(m.layers.filter((id) => markIds.includes(id))).toEqual([]);
		live.feature(['kulyab'], ['o1']);
		expect(m.layers).toEqual(atlasStyle('http://localhost/').layers.map((l) => l.id));
		expect(m.state(PLACE_SOURCE, 'kulyab')).toEqual({ [FEATURED]: true });
		expect(m.state(AREA_SOURCE, 'kulyab')).toEqual({ [FEATURED]: true });
		expect(m.state(EVENT_SOURCE, 'o1')).toEqual({ [FEATURED]: true });
		live.feature(['garm'], []);
		expect(m.state(PLACE_SOURCE, 'kulyab')).toEqual({ [FEATURED]: false });
		expect(m.state(EVENT_SOURCE, 'o1')).toEqual({ [FEATURED]: false });
	});

	it('are not added again on a map opened on a chapter', () => {
		const { m, live } = start({ featured: true });
		m.fire('style.load');
		live.feature(['kulyab'], []);
		expect(m.writes.filter((w) => w[0] === 'addLayer')).toEqual([]);
		expect(m.state(PLACE_SOURCE, 'kulyab')).toEqual({ [FEATURED]: true });
	});
});

describe('what the map reports', () => {
	it('is ready after its first full render, and reports the view it opened at', () => {
		const { m, on, container } = start();
		expect(on.onready).not.toHaveBeenCalled();
		m.fire('idle');
		expect(container.dataset.mapReady).toBe('true');
		expect(on.onready).toHaveBeenCalledOnce();
		expect(on.onmove).toHaveBeenCalledWith({ zoom: 5.5, lat: 38.9, lng: 71.2 });
		m.fire('idle');
		expect(on.onready).toHaveBeenCalledOnce();
		m.fire('moveend');
		expect(on.onmove).toHaveBeenCalledTimes(2);
	});

	it('labels its canvas for a screen reader', () => {
		const { m } = start();
		expect(m.canvas.attributes['aria-describedby']).toBe('map-help');
		expect(m.canvas.attributes['aria-label']).toMatch(/Tajikistan/);
	});

	it('hears the pointer once loaded: a place chosen, markers read in a popup', () => {
		const { m, on } = start();
		m.query = () => [{ layer: { id: PLACE_LAYERS.points }, properties: { slug: 'garm' } }];
		const at = { point: { x: 1, y: 1 }, lngLat: { lng: 70, lat: 39 } };
		m.fire('click', at);
		expect(on.onselect).not.toHaveBeenCalled();
		m.fire('load');
		m.fire('click', at);
		expect(on.onselect).toHaveBeenCalledWith('garm');
		m.query = () => [{ layer: { id: EVENT_MARKERS }, properties: { id: 'o1', layer: 'osce' } }];
		m.fire('click', at);
		expect(on.popup).toHaveBeenCalledOnce();
		expect((on.popup.mock.calls[0] as unknown[])[1]).toMatchObject([{ id: 'o1', layer: 'osce' }]);
		expect(popups).toHaveLength(1);
		expect(popups[0].at).toEqual(at.lngLat);
		// Choosing a place closes the popup, and its content is unmounted.
		m.query = () => [{ layer: { id: PLACE_LAYERS.points }, properties: { slug: 'garm' } }];
		m.fire('click', at);
		expect(popups[0].closed).toBe(true);
		const unmount = on.popup.mock.results[0].value as ReturnType<typeof vi.fn>;
		expect(unmount).toHaveBeenCalledOnce();
	});
});

describe('camera moves and the end', () => {
	it.each([
		[true, false, 'flyTo'],
		[true, true, 'jumpTo'],
		[false, false, 'jumpTo']
	])('animate %s under reduced motion %s: %s', (animate, reduce, kind) => {
		const { m, live } = start();
		reducedMotion = reduce;
		live.move({ center: [70, 39], zoom: 8 }, animate);
		const moves = m.writes.filter((w) => w[0] === 'flyTo' || w[0] === 'jumpTo');
		expect(moves.map((w) => w[0])).toEqual([kind]);
		expect(moves[0][1]).toMatchObject({ center: [70, 39], zoom: 8 });
	});

	it('removes the map and stops listening when destroyed', () => {
		const { m, live, on } = start();
		m.fire('load');
		live.destroy();
		expect(m.writes).toContainEqual(['remove']);
		expect(m.writes).toContainEqual(['resolver', false]);
		expect(m.listeners('moveend')).toBe(0);
		expect(m.listeners('click')).toBe(0);
		m.fire('moveend');
		expect(on.onmove).not.toHaveBeenCalled();
	});
});
