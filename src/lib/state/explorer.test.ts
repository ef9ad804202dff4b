/**
 * The explorer applies the reducer's effects: URLs through SvelteKit's replaceState and goto, the
 * hash throttled, Play's timer. SvelteKit's modules are stood in for; the clock is faked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventSummary, PlaceSummary } from '../geo/summary';

const kit = vi.hoisted(() => ({
	replaceState: vi.fn(),
	goto: vi.fn(() => Promise.resolve())
}));
vi.mock('$app/navigation', () => kit);
// Links read the page's language from its URL, as when prerendered.
vi.mock('$app/state', () => ({ page: { state: {}, url: new URL('http://localhost/') } }));
vi.mock('$app/paths', () => ({
	resolve: (route: string, params: Record<string, string> = {}) =>
		route.replace(/\[(\w+)\]/g, (_, name: string) => params[name])
}));

const { Explorer } = await import('./explorer.svelte');

const EVENTS: EventSummary[] = [
	{ id: 'a', title: 'A', layer: 'bases', place: 'garm', start: '1997', lng: 70, lat: 39 },
	{ id: 'b', title: 'B', layer: 'osce', place: 'garm', start: '2010', lng: 70, lat: 39 }
];

/** The address bar, as the explorer reads it; replaceState writes it. */
const address = { pathname: '/place/garm', search: '', hash: '' };

beforeEach(() => {
	vi.useFakeTimers();
	Object.assign(address, { pathname: '/place/garm', search: '', hash: '' });
	vi.stubGlobal('location', address);
	kit.replaceState.mockReset().mockImplementation((url: string) => {
		const u = new URL(url, 'http://atlas.test');
		Object.assign(address, { pathname: u.pathname, search: u.search, hash: u.hash });
	});
	kit.goto.mockClear();
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the explorer', () => {
	it('writes a layer toggle into the URL and announces it', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.setLayer('bases', false);
		expect(kit.replaceState).toHaveBeenCalledWith(
			'/place/garm?layers=osce,clashes,peace,border',
			{}
		);
		expect(explorer.message).toBe('Russian bases hidden');
		expect(explorer.shows('bases')).toBe(false);
		expect(explorer.shownEvents.map((e) => e.id)).toEqual(['b']);
	});

	it('writes the map’s view once per 300 ms, the last one', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.moved({ zoom: 5, lat: 38, lng: 70 });
		explorer.moved({ zoom: 6, lat: 38, lng: 70 });
		expect(kit.replaceState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(299);
		expect(kit.replaceState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(kit.replaceState).toHaveBeenCalledOnce();
		expect(kit.replaceState).toHaveBeenCalledWith('/place/garm#map=6/38/70', {});
		explorer.dispose();
	});

	it('goes to a chosen place with the layers and years', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.setRange({ from: 1997, to: 1999 });
		explorer.select('khujand');
		expect(kit.goto).toHaveBeenCalledWith('/place/khujand?from=1997&to=1999');
		expect(explorer.placeHref('garm')).toBe('/place/garm?from=1997&to=1999');
	});

	it('runs Play a year every 1.5 s until paused', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.dispatch({ type: 'play' });
		expect(explorer.playing).toBe(true);
		expect(explorer.range).toEqual({ from: 1994, to: 1994 });
		vi.advanceTimersByTime(1500);
		expect(explorer.range).toEqual({ from: 1995, to: 1995 });
		expect(explorer.message).toBe('1995: 0 events');
		vi.advanceTimersByTime(3000);
		expect(explorer.range).toEqual({ from: 1997, to: 1997 });
		expect(explorer.outOfRange).toEqual(['b']);
		explorer.dispatch({ type: 'stop' });
		expect(explorer.message).toBe('Paused at 1997: 1 event');
		vi.advanceTimersByTime(6000);
		expect(explorer.range).toEqual({ from: 1997, to: 1997 });
	});

	it('applies a navigation and reads it back', () => {
		const garm = { slug: 'garm', name: 'Garm', lng: 70.4, lat: 39 } as PlaceSummary;
		const explorer = new Explorer([garm], EVENTS);
		const view = {
			camera: { center: [70.4, 39] as [number, number], zoom: 8 },
			map: 'm',
			mapTitle: ''
		};
		explorer.navigated({
			type: 'link',
			url: new URL('http://atlas.test/place/garm?layers=osce#map=7/38/70'),
			view: { ...view, place: 'garm' }
		});
		expect(explorer.place).toBe('garm');
		expect(explorer.placeOf('garm')).toBe(garm);
		expect(explorer.placeOf('nowhere')).toBeUndefined();
		expect(explorer.places).toEqual([garm]);
		expect(explorer.urlView).toEqual({ zoom: 7, lat: 38, lng: 70 });
		expect(explorer.camera).toEqual({ camera: view.camera, animate: true, exact: false });
		expect(explorer.map).toBe('static');
		expect(explorer.message).toBe('Showing Garm');
		expect(explorer.state.layers).toEqual(['osce']);
		expect(explorer.showsEvent(EVENTS[1])).toBe(true);
		expect(explorer.showsEvent(EVENTS[0])).toBe(false);
		explorer.setRange({ from: 1994, to: 2000 });
		expect(explorer.showsEvent(EVENTS[1])).toBe(false);
		expect(explorer.rangeSummary()).toBe('1994–2000: 0 events');
		expect(explorer.message).toBe('1994–2000: 0 events');
	});

	it('applies only the effects there are', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.setLayer('osce', false);
		kit.replaceState.mockClear();
		explorer.hoverPlace('garm');
		explorer.dispatch({ type: 'mapStatus', status: 'ready' });
		expect(explorer.map).toBe('ready');
		expect(explorer.message).toBe('OSCE offices hidden');
		expect(kit.replaceState).not.toHaveBeenCalled();
		expect(kit.goto).not.toHaveBeenCalled();
	});

	it('writes no view after it is disposed', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.moved({ zoom: 5, lat: 38, lng: 70 });
		explorer.dispose();
		vi.advanceTimersByTime(1000);
		expect(kit.replaceState).not.toHaveBeenCalled();
	});

	it('reads the hovered place and event, and the chapter’s features', () => {
		const explorer = new Explorer([], EVENTS);
		explorer.hoverPlace('garm');
		explorer.hoverEvent('a');
		expect([explorer.hoveredPlace, explorer.hoveredEvent]).toEqual(['garm', 'a']);
		expect([explorer.featured, explorer.featuredEvents, explorer.chapter]).toEqual([[], [], null]);
	});
});
