import { describe, expect, it } from 'vitest';
import { HOME_CAMERA, type PageView, type StoryChapter } from '../geo/camera';
import { LAYER_IDS } from '../geo/layers';
import type { EventSummary, PlaceSummary } from '../geo/summary';
import { WHOLE_STORY } from '../geo/time';
import {
	carried,
	initialState,
	rangeSummary,
	reduce,
	shownEvents,
	type Action,
	type Address,
	type ExplorerState,
	type Navigation
} from './reduce';

const PLACES: PlaceSummary[] = [
	{
		slug: 'garm',
		name: 'Garm',
		kind: 'town',
		summary: '',
		precision: 'centre',
		lng: 70.4,
		lat: 39
	} as PlaceSummary
];

const EVENTS: EventSummary[] = [
	{ id: 'a', title: 'A', layer: 'bases', place: 'garm', start: '1997', lng: 70, lat: 39 },
	{ id: 'b', title: 'B', layer: 'osce', place: 'garm', start: '1997-06', lng: 70, lat: 39 },
	{ id: 'c', title: 'C', layer: 'clashes', place: 'garm', start: '2010-09-19', lng: 70, lat: 39 }
];

const GARM_CAMERA = { center: [70.4, 39] as [number, number], zoom: 8 };
const GARM_VIEW: PageView = { camera: GARM_CAMERA, map: 'place-garm', mapTitle: '', place: 'garm' };
const EVENT_VIEW: PageView = { ...GARM_VIEW, range: { from: 2010, to: 2010 } };

const CHAPTER: StoryChapter = {
	id: 'the-accord',
	title: 'The accord',
	n: 3,
	total: 9,
	path: '/story/the-accord',
	camera: { center: [69, 38], zoom: 6 },
	layers: ['peace', 'bases'],
	range: { from: 1997, to: 1997 },
	places: ['garm'],
	events: ['a']
};

const fresh = (): ExplorerState => initialState(PLACES, EVENTS);
const at = (path = '/', search = '', hash = ''): Address => ({ path, search, hash });
const nav = (type: Navigation['type'], href: string, view?: PageView): Action => ({
	type: 'navigated',
	navigation: { type, url: new URL(href, 'http://atlas.test'), view }
});
const playing = (range = { from: 1997, to: 1997 }): ExplorerState => ({
	...fresh(),
	range,
	playing: true
});

describe('the first state', () => {
	it('shows everything, chooses nothing, and has the static map', () => {
		expect(fresh()).toEqual({
			places: PLACES,
			events: EVENTS,
			place: null,
			layers: [...LAYER_IDS],
			range: WHOLE_STORY,
			hoveredPlace: null,
			hoveredEvent: null,
			camera: null,
			urlView: null,
			mapView: null,
			map: 'static',
			chapter: null,
			playing: false
		});
	});
});

describe('derived values', () => {
	it('shows the events of a layer shown that touch the range', () => {
		const state = { ...fresh(), layers: ['bases' as const, 'osce' as const] };
		expect(shownEvents(state).map((e) => e.id)).toEqual(['a', 'b']);
		expect(shownEvents({ ...state, range: { from: 2010, to: 2017 } })).toEqual([]);
	});

	it.each([
		[WHOLE_STORY, 'The whole story: 3 events'],
		[{ from: 1997, to: 1997 }, '1997: 2 events'],
		[{ from: 2010, to: 2011 }, '2010–2011: 1 event'],
		[{ from: 2000, to: 2001 }, '2000–2001: 0 events']
	])('says %j as “%s”', (range, words) => {
		expect(rangeSummary({ ...fresh(), range })).toBe(words);
	});

	it('carries the layers and years to another page, not the view', () => {
		const state = { ...fresh(), layers: ['bases' as const], mapView: { zoom: 1, lat: 0, lng: 0 } };
		expect(carried(state)).toEqual({ layers: ['bases'], range: WHOLE_STORY });
	});
});

describe('navigated', () => {
	it.each<[string, Action, Partial<ExplorerState>, string | undefined]>([
		[
			'opening the overview',
			nav('enter', '/'),
			{
				place: null,
				layers: [...LAYER_IDS],
				range: WHOLE_STORY,
				camera: { camera: HOME_CAMERA, animate: false, exact: false }
			},
			undefined
		],
		[
			'opening a place: its camera, jumped to, not announced',
			nav('enter', '/place/garm', GARM_VIEW),
			{ place: 'garm', camera: { camera: GARM_CAMERA, animate: false, exact: false } },
			undefined
		],
		[
			'opening a shared link: its layers, years and view',
			nav('enter', '/place/garm?layers=osce&from=1999#map=9/38.5/70', GARM_VIEW),
			{
				layers: ['osce'],
				range: { from: 1999, to: 2017 },
				urlView: { zoom: 9, lat: 38.5, lng: 70 },
				camera: { camera: { center: [70, 38.5], zoom: 9 }, animate: false, exact: true }
			},
			undefined
		],
		[
			'an event page: its own years',
			nav('link', '/event/c', EVENT_VIEW),
			{
				range: { from: 2010, to: 2010 },
				camera: { camera: GARM_CAMERA, animate: true, exact: false }
			},
			'Showing Garm'
		],
		[
			'an event page with years in the URL: the URL’s',
			nav('link', '/event/c?from=1994&to=1995', EVENT_VIEW),
			{ range: { from: 1994, to: 1995 } },
			'Showing Garm'
		],
		[
			'Back to an entry with a view: that view',
			nav('popstate', '/place/garm#map=7/38/70', GARM_VIEW),
			{ camera: { camera: { center: [70, 38], zoom: 7 }, animate: false, exact: true } },
			'Showing Garm'
		],
		[
			'Back to an entry without one: the page’s camera, flown to',
			nav('popstate', '/place/garm', GARM_VIEW),
			{ camera: { camera: GARM_CAMERA, animate: true, exact: false } },
			'Showing Garm'
		],
		[
			'a link that carries a view: the page’s camera all the same, flown to',
			nav('link', '/place/garm#map=7/38/70', GARM_VIEW),
			{
				urlView: { zoom: 7, lat: 38, lng: 70 },
				camera: { camera: GARM_CAMERA, animate: true, exact: false }
			},
			'Showing Garm'
		],
		[
			'a link to a page without a place: the camera stays',
			nav('link', '/about', { camera: GARM_CAMERA, map: 'home', mapTitle: '' }),
			{ place: null, camera: null },
			undefined
		],
		[
			'a link to a page with no view at all',
			nav('link', '/search'),
			{ place: null, camera: null },
			undefined
		],
		[
			'a place the gazetteer does not know: no camera, no announcement',
			nav('link', '/place/nowhere', { ...GARM_VIEW, place: 'nowhere' }),
			{ place: 'nowhere', camera: null },
			undefined
		]
	])('%s', (_, action, want, announce) => {
		const { state, effects } = reduce(fresh(), action, at());
		expect(state).toMatchObject(want);
		expect(effects.announce).toBe(announce);
		expect(effects.replaceUrl).toBeUndefined();
	});

	it('a story page applies its chapter in one step and the URL follows it', () => {
		const before = { ...fresh(), place: 'garm', hoveredPlace: 'garm' };
		const { state, effects } = reduce(
			before,
			nav('link', '/story/the-accord#map=7/38/70', {
				...GARM_VIEW,
				place: undefined,
				chapter: CHAPTER
			}),
			at()
		);
		expect(state).toMatchObject({
			chapter: CHAPTER,
			place: null,
			layers: ['bases', 'peace'],
			range: { from: 1997, to: 1997 },
			urlView: { zoom: 7, lat: 38, lng: 70 },
			camera: { camera: CHAPTER.camera, animate: true, exact: false }
		});
		expect(effects).toEqual({
			announce: 'Chapter 3 of 9: The accord',
			replaceUrl: '/story/the-accord?layers=bases,peace&from=1997&to=1997'
		});
	});

	it('opening a story page at its own URL jumps and leaves the URL alone', () => {
		const url = '/story/the-accord?layers=bases,peace&from=1997&to=1997';
		const { state, effects } = reduce(
			fresh(),
			nav('enter', url, { ...GARM_VIEW, chapter: CHAPTER }),
			at()
		);
		expect(state.camera).toEqual({ camera: CHAPTER.camera, animate: false, exact: false });
		expect(effects.replaceUrl).toBeUndefined();
	});

	it('leaving the story forgets its chapter', () => {
		const inStory = { ...fresh(), chapter: CHAPTER };
		expect(reduce(inStory, nav('link', '/place/garm', GARM_VIEW), at()).state.chapter).toBeNull();
		expect(reduce(inStory, { type: 'leftStory' }, at()).state.chapter).toBeNull();
	});
});

describe('the URL’s view', () => {
	it('a hand-edited hash moves the map to it, exactly', () => {
		const { state, effects } = reduce(
			fresh(),
			{ type: 'hashChanged' },
			at('/', '', '#map=5/38/70')
		);
		expect(state.camera).toEqual({
			camera: { center: [70, 38], zoom: 5 },
			animate: false,
			exact: true
		});
		expect(state.urlView).toEqual({ zoom: 5, lat: 38, lng: 70 });
		expect(effects).toEqual({});
	});

	it.each(['', '#content', '#map=5/99/70'])(
		'a hash without a view (%s) changes nothing',
		(hash) => {
			const before = fresh();
			expect(reduce(before, { type: 'hashChanged' }, at('/', '', hash))).toEqual({
				state: before,
				effects: {}
			});
		}
	);

	it('a move is kept and written after the throttle, keeping the rest of the URL', () => {
		const view = { zoom: 7, lat: 38.5, lng: 68.8 };
		const moved = reduce(fresh(), { type: 'moved', view }, at());
		expect(moved.effects).toEqual({ writeViewSoon: true });
		expect(moved.state.mapView).toEqual(view);
		const written = reduce(moved.state, { type: 'writeView' }, at('/place/garm', '?q=1', '#x=2'));
		expect(written.effects).toEqual({ replaceUrl: '/place/garm?q=1#x=2&map=7/38.5/68.8' });
	});

	it('writes nothing when the hash already says the view, or there is none yet', () => {
		const view = { zoom: 7, lat: 38.5, lng: 68.8 };
		const state = { ...fresh(), mapView: view };
		expect(reduce(state, { type: 'writeView' }, at('/', '', '#map=7/38.5/68.8')).effects).toEqual({
			replaceUrl: undefined
		});
		expect(reduce(fresh(), { type: 'writeView' }, at('/', '', '#map=1/0/0')).effects).toEqual({});
	});
});

describe('layers and years', () => {
	it.each<[string, readonly (typeof LAYER_IDS)[number][], Action, string[], string, string]>([
		[
			'hiding a layer',
			LAYER_IDS,
			{ type: 'setLayer', id: 'bases', on: false },
			['osce', 'clashes', 'peace', 'border'],
			'/?q=1&layers=osce,clashes,peace,border#map=1/0/0',
			'Russian bases hidden'
		],
		[
			'showing the last one hidden: the parameter goes',
			['osce', 'clashes', 'peace', 'border'],
			{ type: 'setLayer', id: 'bases', on: true },
			[...LAYER_IDS],
			'/?q=1#map=1/0/0',
			'Russian bases shown'
		]
	])('%s', (_, layers, action, want, url, announce) => {
		const before = { ...fresh(), layers };
		const search = layers.length === LAYER_IDS.length ? '?q=1' : '?q=1&layers=osce';
		const { state, effects } = reduce(before, action, at('/', search, '#map=1/0/0'));
		expect(state.layers).toEqual(want);
		expect(effects.replaceUrl).toBe(url);
		expect(effects.announce).toBe(announce);
	});

	it('setting the years writes and announces them', () => {
		const { state, effects } = reduce(
			fresh(),
			{ type: 'setRange', range: { from: 1997, to: 1997 } },
			at('/place/garm', '?layers=bases', '#map=1/0/0')
		);
		expect(state.range).toEqual({ from: 1997, to: 1997 });
		expect(effects).toEqual({
			replaceUrl: '/place/garm?layers=bases&from=1997&to=1997#map=1/0/0',
			announce: '1997: 2 events'
		});
	});

	it('a dragged handle is quiet until let go', () => {
		const drag = reduce(
			fresh(),
			{ type: 'setRange', range: { from: 2010, to: 2017 }, quiet: true },
			at()
		);
		expect(drag.effects).toEqual({ replaceUrl: '/?from=2010&to=2017' });
		expect(reduce(drag.state, { type: 'rangeSettled' }, at()).effects).toEqual({
			announce: '2010–2017: 1 event'
		});
	});

	it('the same years again change nothing', () => {
		const before = fresh();
		expect(reduce(before, { type: 'setRange', range: { ...WHOLE_STORY } }, at())).toEqual({
			state: before,
			effects: {}
		});
	});

	it('a handle dragged while Play runs stops it without a word', () => {
		const { state, effects } = reduce(
			playing(),
			{ type: 'setRange', range: { from: 1997, to: 2000 }, quiet: true },
			at()
		);
		expect(state.playing).toBe(false);
		expect(effects).toEqual({ timer: 'stop', replaceUrl: '/?from=1997&to=2000' });
	});

	it('choosing years stops Play, quietly', () => {
		const { state, effects } = reduce(playing(), { type: 'setRange', range: WHOLE_STORY }, at());
		expect(state.playing).toBe(false);
		expect(effects).toEqual({
			timer: 'stop',
			replaceUrl: undefined,
			announce: 'The whole story: 3 events'
		});
	});
});

describe('Play', () => {
	it.each([
		['the whole story: from the first year', WHOLE_STORY, 1994],
		['one year: from the next', { from: 1997, to: 1997 }, 1998],
		['the last year: from the first again', { from: 2017, to: 2017 }, 1994],
		['a span: from its first year', { from: 2009, to: 2012 }, 2009]
	])('starts at %s', (_, range, year) => {
		const { state, effects } = reduce({ ...fresh(), range }, { type: 'play' }, at());
		expect(state.playing).toBe(true);
		expect(state.range).toEqual({ from: year, to: year });
		expect(effects.timer).toBe('start');
		expect(effects.announce).toMatch(new RegExp(`^${year}: \\d events?$`));
	});

	it('steps a year at a time, announced', () => {
		const { state, effects } = reduce(playing(), { type: 'step' }, at('/', '?from=1997&to=1997'));
		expect(state.range).toEqual({ from: 1998, to: 1998 });
		expect(effects).toEqual({ replaceUrl: '/?from=1998&to=1998', announce: '1998: 0 events' });
	});

	it('pauses at the story’s last year', () => {
		const { state, effects } = reduce(playing({ from: 2017, to: 2017 }), { type: 'step' }, at());
		expect(state.playing).toBe(false);
		expect(effects).toEqual({ timer: 'stop', announce: 'Paused at 2017: 0 events' });
	});

	it('a step after Pause does nothing', () => {
		const before = fresh();
		expect(reduce(before, { type: 'step' }, at())).toEqual({ state: before, effects: {} });
	});

	it('Pause says where it stopped; a grabbed handle stops it quietly', () => {
		expect(reduce(playing(), { type: 'stop' }, at()).effects).toEqual({
			timer: 'stop',
			announce: 'Paused at 1997: 2 events'
		});
		expect(reduce(playing(), { type: 'stop', quiet: true }, at()).effects).toEqual({
			timer: 'stop'
		});
		const before = fresh();
		expect(reduce(before, { type: 'stop' }, at())).toEqual({ state: before, effects: {} });
	});
});

describe('the story', () => {
	it('a chapter scrolled to replaces the URL, without the previous chapter’s view', () => {
		const { state, effects } = reduce(
			fresh(),
			{ type: 'chapter', chapter: CHAPTER, animate: true },
			at('/story/the-war', '?layers=peace', '#map=5/38/70')
		);
		expect(state.chapter).toBe(CHAPTER);
		expect(state.camera).toEqual({ camera: CHAPTER.camera, animate: true, exact: false });
		expect(effects).toEqual({
			announce: 'Chapter 3 of 9: The accord',
			replaceUrl: '/story/the-accord?layers=bases,peace&from=1997&to=1997'
		});
	});

	it('a chapter without a layer list: every layer, no parameter', () => {
		const all = { ...CHAPTER, layers: LAYER_IDS, range: WHOLE_STORY };
		const { effects } = reduce(fresh(), { type: 'chapter', chapter: all, animate: false }, at());
		expect(effects.replaceUrl).toBe('/story/the-accord');
	});
});

describe('the rest', () => {
	it.each<[Action, Partial<ExplorerState>]>([
		[{ type: 'hoverPlace', slug: 'garm' }, { hoveredPlace: 'garm' }],
		[{ type: 'hoverPlace', slug: null }, { hoveredPlace: null }],
		[{ type: 'hoverEvent', id: 'a' }, { hoveredEvent: 'a' }],
		[{ type: 'hoverEvent', id: null }, { hoveredEvent: null }],
		[{ type: 'mapStatus', status: 'ready' }, { map: 'ready' }],
		[{ type: 'mapStatus', status: 'failed' }, { map: 'failed' }]
	])('%j', (action, want) => {
		const before = { ...fresh(), hoveredPlace: 'x', hoveredEvent: 'y' };
		const { state, effects } = reduce(before, action, at());
		expect(state).toMatchObject(want);
		expect(effects).toEqual({});
	});

	it('choosing a place goes to its page with the layers and years', () => {
		const state = { ...fresh(), layers: ['osce' as const], range: { from: 1997, to: 1999 } };
		expect(reduce(state, { type: 'select', path: '/place/garm' }, at()).effects).toEqual({
			goto: '/place/garm?layers=osce&from=1997&to=1999'
		});
	});
});
