/**
 * The explorer's state as a plain value, and the one pure function that changes it:
 * `reduce(state, action, address)` returns the next state and the effects to apply (a URL to
 * replace the history entry with, a page to go to, something to announce, Play's timer, a view to
 * write into the hash soon) as plain data. The Svelte class around it (explorer.svelte.ts) holds
 * the state and applies the effects; everything that decides is here, table-tested.
 *
 * The address (`location`'s path, query and hash as the action finds them) comes in with each
 * action: a written URL keeps what the schema does not own, and the reducer never reads the
 * browser.
 */
// Relative, not $lib: a plain module that Node imports without Vite's aliases (tsx, Playwright).
import {
	HOME_CAMERA,
	type Camera,
	type MapView,
	type PageView,
	type StoryChapter
} from '../geo/camera';
import { type LayerId } from '../geo/layers';
import { formatNumber, pluralForm, type Lang } from '../geo/lang';
import { layerWords } from '../i18n/layers';
import { m } from '../i18n/messages.svelte';
import type { EventSummary, PlaceSummary } from '../geo/summary';
import {
	formatRange,
	isWholeStory,
	overlaps,
	STORY_YEARS,
	WHOLE_STORY,
	type YearRange
} from '../geo/time';
import { DEFAULT_LAYERS } from './layers';
import { langOf, readUrl, writeUrl, stateHref, type UrlState } from './url';

/** A camera move the map should make; a new object each time, so the same move can repeat. */
export interface CameraRequest {
	camera: Camera;
	/** Fly (when the reader allows motion) rather than jump. */
	animate: boolean;
	/** A view from the URL, shown as it is; page cameras are one zoom level out on phones. */
	exact: boolean;
}

/** The live map: not started (the static map shows), loading, drawing, or impossible here. */
export type MapStatus = 'static' | 'loading' | 'ready' | 'failed';

/** Where the browser is: `location`'s path, query (`?…` or empty) and hash (`#…` or empty). */
export interface Address {
	path: string;
	search: string;
	hash: string;
}

/** How SvelteKit describes a navigation, as much of it as the state needs. */
export interface Navigation {
	type: 'enter' | 'form' | 'link' | 'goto' | 'popstate' | 'leave';
	url: URL;
	view: PageView | undefined;
}

/** The explorer's state. */
export interface ExplorerState {
	/** Every place and event in brief; fixed for the visit (names and counts come from them). */
	readonly places: readonly PlaceSummary[];
	readonly events: readonly EventSummary[];
	/** Canonical slug of the place the page shows, or null. */
	place: string | null;
	/** Layers shown, in the panel's order. */
	layers: readonly LayerId[];
	/** The years shown (both included). */
	range: YearRange;
	/** Slug of the place under the pointer or the keyboard, on the map or a list. */
	hoveredPlace: string | null;
	/** Id of the event under the pointer or the keyboard, on the map or the timeline. */
	hoveredEvent: string | null;
	/** The next camera move for the map; null until a navigation asks for one. */
	camera: CameraRequest | null;
	/** The view the URL carried when it was last read (`#map=`), or null. */
	urlView: MapView | null;
	/** The map's view when it last stopped moving, to be written into the hash. */
	mapView: MapView | null;
	/** The live map's status. */
	map: MapStatus;
	/** The story's chapter shown, or null outside the story. */
	chapter: StoryChapter | null;
	/** Play is stepping through the years. */
	playing: boolean;
}

/** What the reader, the map or the router did. */
export type Action =
	| { type: 'navigated'; navigation: Navigation }
	| { type: 'hashChanged' }
	| { type: 'setLayer'; id: LayerId; on: boolean }
	/** `quiet`: a handle being dragged announces once, at the end, not at every step. */
	| { type: 'setRange'; range: YearRange; quiet?: boolean }
	/** A dragged handle was let go: announce the range it set. */
	| { type: 'rangeSettled' }
	| { type: 'hoverPlace'; slug: string | null }
	| { type: 'hoverEvent'; id: string | null }
	/** The reader chose a place on the map; `path` is its page, resolved. */
	| { type: 'select'; path: string }
	| { type: 'moved'; view: MapView }
	/** The hash throttle ran out: write the map's last view. */
	| { type: 'writeView' }
	| { type: 'play' }
	/** Pause Play; announced unless `quiet` (a handle grabbed: the years it sets say enough). */
	| { type: 'stop'; quiet?: boolean }
	| { type: 'step' }
	/** Shows a story chapter; `animate`: fly there (the map still jumps under reduced motion). */
	| { type: 'chapter'; chapter: StoryChapter; animate: boolean }
	| { type: 'mapStatus'; status: MapStatus }
	| { type: 'leftStory' };

/** What the explorer does after a change. */
export interface Effects {
	/** Replace the history entry with this URL (path, query, hash). */
	replaceUrl?: string;
	/** Go to this URL (a new history entry). */
	goto?: string;
	/** Say this in the polite live region. */
	announce?: string;
	/** Write the map's view into the hash after the throttle. */
	writeViewSoon?: true;
	/** Start or stop Play's timer. */
	timer?: 'start' | 'stop';
}

/** A reduction: the next state and what to do about it. */
export interface Reduced {
	state: ExplorerState;
	effects: Effects;
}

/** The state before any navigation: everything shown, nothing chosen. */
export function initialState(
	places: readonly PlaceSummary[],
	events: readonly EventSummary[]
): ExplorerState {
	return {
		places,
		events,
		place: null,
		layers: [...DEFAULT_LAYERS],
		range: { ...WHOLE_STORY },
		hoveredPlace: null,
		hoveredEvent: null,
		camera: null,
		urlView: null,
		mapView: null,
		map: 'static',
		chapter: null,
		playing: false
	};
}

/** The events the map and the lists show: in a layer shown, and touching the range. */
export function shownEvents(state: ExplorerState): EventSummary[] {
	return state.events.filter((e) => state.layers.includes(e.layer) && overlaps(e, state.range));
}

/** What the range shows, in words: "1997: 4 events", "The whole story: 40 events". */
export function rangeSummary(
	state: ExplorerState,
	// The browser's address says the language; the tests, without one, read English.
	lang: Lang = typeof location === 'undefined' ? 'en' : langOf(location.pathname)
): string {
	const n = shownEvents(state).length;
	const what = formatRange(state.range, lang);
	const range = `${what[0].toUpperCase()}${what.slice(1)}`;
	return m.range_summary({ range, count: formatNumber(lang, n), form: pluralForm(lang, n) });
}

/** The state a link to another page carries, so that the view survives it. */
export function carried(state: ExplorerState): Partial<UrlState> {
	return { layers: [...state.layers], range: state.range };
}

/** The camera for a view from the URL, shown as it is. */
function viewRequest(view: MapView): CameraRequest {
	return { camera: { center: [view.lng, view.lat], zoom: view.zoom }, animate: false, exact: true };
}

/** The URL of `address` with `state` written into it, or undefined when that changes nothing. */
function replacing(address: Address, state: Partial<UrlState>): string | undefined {
	const { search, hash } = writeUrl(address, state);
	if (search === address.search && hash === address.hash) return undefined;
	return address.path + search + hash;
}

/** Sets the years shown, writes them into the URL and (unless quiet) announces them. */
function withRange(
	state: ExplorerState,
	range: YearRange,
	address: Address,
	quiet = false
): Reduced {
	if (range.from === state.range.from && range.to === state.range.to) return { state, effects: {} };
	const next = { ...state, range: { from: range.from, to: range.to } };
	const effects: Effects = { replaceUrl: replacing(address, { range: next.range }) };
	if (!quiet) effects.announce = rangeSummary(next);
	return { state: next, effects };
}

/** Applies a chapter in one step: layers, years, featured places and events, camera, URL. */
function withChapter(
	state: ExplorerState,
	chapter: StoryChapter,
	animate: boolean,
	address: Address
): Reduced {
	const next: ExplorerState = {
		...state,
		chapter,
		layers: DEFAULT_LAYERS.filter((l) => chapter.layers.includes(l)),
		range: { from: chapter.range.from, to: chapter.range.to },
		camera: { camera: chapter.camera, animate, exact: false }
	};
	// The hash is left out: the view it held was the previous chapter's.
	const url = stateHref(chapter.path, { layers: [...next.layers], range: next.range });
	const here = address.path + address.search;
	return {
		state: next,
		effects: {
			announce: m.announce_chapter({ n: chapter.n, total: chapter.total, title: chapter.title }),
			...(here === url ? {} : { replaceUrl: url })
		}
	};
}

/**
 * A navigation happened. A story page's chapter decides everything it shows. Elsewhere the URL is
 * the truth for the layers; its years win (a shared link), else the page's own (an event page),
 * else the whole story; the page's view decides the place, and the camera frames it, except when
 * the URL carries a view the reader left (opening a shared link, Back and Forward).
 */
function navigated(state: ExplorerState, { type, url, view }: Navigation): Reduced {
	const fromUrl = readUrl(url);
	const urlView = fromUrl.view ?? null;
	const base = { ...state, place: view?.place ?? null, urlView, chapter: null };
	const address = { path: url.pathname, search: url.search, hash: url.hash };
	if (view?.chapter) return withChapter(base, view.chapter, type !== 'enter', address);
	const next: ExplorerState = {
		...base,
		layers: fromUrl.layers ?? [...DEFAULT_LAYERS],
		range: fromUrl.range ?? { ...(view?.range ?? WHOLE_STORY) }
	};
	const place = state.places.find((p) => p.slug === next.place);
	if (type === 'enter') {
		// The map opens at the URL's view if it has one, else at the page's own.
		next.camera = urlView
			? viewRequest(urlView)
			: { camera: view?.camera ?? HOME_CAMERA, animate: false, exact: false };
	} else if (type === 'popstate' && urlView) {
		// Back and Forward restore the view the entry was left at.
		next.camera = viewRequest(urlView);
	} else if (place && view) {
		next.camera = { camera: view.camera, animate: true, exact: false };
	}
	return {
		state: next,
		effects: place && type !== 'enter' ? { announce: m.announce_place({ place: place.name }) } : {}
	};
}

/** Play stops; `announce` says where (the Pause button, or the story's last year). */
function stopped(state: ExplorerState, announce: boolean): Reduced {
	if (!state.playing) return { state, effects: {} };
	const next = { ...state, playing: false };
	return {
		state: next,
		effects: {
			timer: 'stop',
			...(announce ? { announce: m.announce_paused({ summary: rangeSummary(next) }) } : {})
		}
	};
}

/** Play starts at the range's first year, or, if it shows one year or all, the next or the first. */
function firstYearOfPlay(range: YearRange): number {
	if (isWholeStory(range) || range.from >= STORY_YEARS.max) return STORY_YEARS.min;
	return range.from === range.to ? range.from + 1 : range.from;
}

/**
 * The next state for an action at an address (the browser's location when it happened), and the
 * effects to apply.
 */
export function reduce(state: ExplorerState, action: Action, address: Address): Reduced {
	switch (action.type) {
		case 'navigated':
			return navigated(state, action.navigation);
		case 'hashChanged': {
			// A hand-edited hash (or a pasted link with another view) moves the map.
			const view = readUrl(address).view;
			if (!view) return { state, effects: {} };
			return { state: { ...state, urlView: view, camera: viewRequest(view) }, effects: {} };
		}
		case 'setLayer': {
			const { id, on } = action;
			const layers = DEFAULT_LAYERS.filter((l) => (l === id ? on : state.layers.includes(l)));
			return {
				state: { ...state, layers },
				effects: {
					replaceUrl: replacing(address, { layers }),
					announce: (on ? m.announce_layer_shown : m.announce_layer_hidden)({
						layer: layerWords(id).name
					})
				}
			};
		}
		case 'setRange': {
			// The reader chose the years: Play gives way.
			const halted = stopped(state, false);
			const set = withRange(halted.state, action.range, address, action.quiet);
			return { state: set.state, effects: { ...halted.effects, ...set.effects } };
		}
		case 'rangeSettled':
			return { state, effects: { announce: rangeSummary(state) } };
		case 'hoverPlace':
			return { state: { ...state, hoveredPlace: action.slug }, effects: {} };
		case 'hoverEvent':
			return { state: { ...state, hoveredEvent: action.id }, effects: {} };
		case 'select':
			return { state, effects: { goto: stateHref(action.path, carried(state)) } };
		case 'moved':
			return { state: { ...state, mapView: action.view }, effects: { writeViewSoon: true } };
		case 'writeView': {
			if (!state.mapView) return { state, effects: {} };
			return { state, effects: { replaceUrl: replacing(address, { view: state.mapView }) } };
		}
		case 'play': {
			const year = firstYearOfPlay(state.range);
			const played = withRange(state, { from: year, to: year }, address);
			return {
				state: { ...played.state, playing: true },
				effects: { ...played.effects, timer: 'start' }
			};
		}
		case 'stop':
			return stopped(state, !action.quiet);
		case 'step': {
			if (!state.playing) return { state, effects: {} };
			if (state.range.from >= STORY_YEARS.max) return stopped(state, true);
			const year = state.range.from + 1;
			return withRange(state, { from: year, to: year }, address);
		}
		case 'chapter':
			return withChapter(state, action.chapter, action.animate, address);
		case 'mapStatus':
			return { state: { ...state, map: action.status }, effects: {} };
		case 'leftStory':
			return { state: { ...state, chapter: null }, effects: {} };
	}
}
