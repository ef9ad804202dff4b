/**
 * The explorer's one owner of state, thin: it holds the state (a plain value, reduce.ts) in
 * `$state`, and `dispatch(action)` runs the pure reducer and applies the effects it returns:
 * `replaceState` and `goto` (URLs written by the schema, url.ts), the throttled hash writes, the
 * announcements, Play's timer. Everything else reads its fields or calls its methods: the layer
 * panel toggles through `setLayer`, the timeline sets the years through `setRange` and runs Play,
 * the lists and the map report hovers through `hoverPlace` and `hoverEvent`, the map reports its
 * moves through `moved` and clicks through `select`, and the root layout hands it every
 * navigation. The map itself is declarative: the layout passes it this state's fields as props.
 *
 * What a page wants the map to show (its place, its years, a story chapter) comes from the page's
 * data as `view` (`App.PageData` in app.d.ts), so the owner never reads route internals.
 */
import { localized } from './lang';
import { getContext, setContext } from 'svelte';
import { goto, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { resolve } from '$app/paths';
import type { MapView, StoryChapter } from '$lib/geo/camera';
import type { LayerId } from '$lib/geo/layers';
import type { EventSummary, PlaceSummary } from '$lib/geo/summary';
import { overlaps, type YearRange } from '$lib/geo/time';
import {
	carried,
	initialState,
	rangeSummary,
	reduce,
	shownEvents as eventsShown,
	type Action,
	type Effects,
	type ExplorerState,
	type MapStatus,
	type Navigation
} from './reduce';
import { stateHref } from './url';

export type { Navigation } from './reduce';

/**
 * Hash writes are throttled: browsers limit history updates (Safari throws after 100
 * `replaceState` calls in 30 s), and a pan reports a move at every stop.
 */
const HASH_THROTTLE_MS = 300;

/** Pace of Play: long enough to read the year's markers and hear the announcement. */
const PLAY_STEP_MS = 1500;

export class Explorer {
	#state = $state.raw<ExplorerState>(initialState([], []));
	/** The last change worth announcing to screen readers ("Russian bases hidden"). */
	message = $state('');
	/** The events the map and the lists show: in a layer shown, and touching the range. */
	readonly shownEvents: readonly EventSummary[] = $derived(eventsShown(this.#state));
	/** Ids of the events outside the range, whatever their layer: the map does not draw them. */
	readonly outOfRange: readonly string[] = $derived(
		this.#state.events.filter((e) => !overlaps(e, this.#state.range)).map((e) => e.id)
	);
	#hashTimer: ReturnType<typeof setTimeout> | undefined;
	#playTimer: ReturnType<typeof setInterval> | undefined;

	constructor(places: readonly PlaceSummary[], events: readonly EventSummary[] = []) {
		this.#state = initialState(places, events);
	}

	/** The state, a plain value; changed only by `dispatch`. */
	get state(): ExplorerState {
		return this.#state;
	}
	/** Every place in brief, from the root layout's data; fixed for the visit. */
	get places(): readonly PlaceSummary[] {
		return this.state.places;
	}
	/** Every event in brief, from the root layout's data; fixed for the visit. */
	get events(): readonly EventSummary[] {
		return this.state.events;
	}
	/** Canonical slug of the place the page shows, or null. */
	get place(): string | null {
		return this.state.place;
	}
	/** Layers shown, in the panel's order. */
	get layers(): readonly LayerId[] {
		return this.state.layers;
	}
	/** The years shown (both included). */
	get range(): YearRange {
		return this.state.range;
	}
	/** Slug of the place under the pointer or the keyboard, on the map or a list. */
	get hoveredPlace(): string | null {
		return this.state.hoveredPlace;
	}
	/** Id of the event under the pointer or the keyboard, on the map or the timeline. */
	get hoveredEvent(): string | null {
		return this.state.hoveredEvent;
	}
	/** The next camera move for the map. */
	get camera() {
		return this.state.camera;
	}
	/** The view the URL carried when it was last read (`#map=`): the static map shows it. */
	get urlView(): MapView | null {
		return this.state.urlView;
	}
	/** The live map's status. */
	get map(): MapStatus {
		return this.state.map;
	}
	/** The story's chapter shown, or null outside the story. */
	get chapter(): StoryChapter | null {
		return this.state.chapter;
	}
	/** Places the chapter shown features (marked on the map); empty outside the story. */
	get featured(): readonly string[] {
		return this.state.chapter?.places ?? [];
	}
	/** Events the chapter shown features; empty outside the story. */
	get featuredEvents(): readonly string[] {
		return this.state.chapter?.events ?? [];
	}
	/** Play is stepping through the years. */
	get playing(): boolean {
		return this.state.playing;
	}

	/** Runs an action through the reducer, at the browser's address, and applies its effects. */
	dispatch(action: Action): void {
		const here = { path: location.pathname, search: location.search, hash: location.hash };
		const { state, effects } = reduce(this.#state, action, here);
		this.#state = state;
		this.#apply(effects);
	}

	#apply(effects: Effects): void {
		if (effects.announce !== undefined) this.message = effects.announce;
		if (effects.replaceUrl !== undefined) replaceState(effects.replaceUrl, page.state);
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved by select()
		if (effects.goto !== undefined) void goto(effects.goto);
		if (effects.writeViewSoon) {
			this.#hashTimer ??= setTimeout(() => {
				this.#hashTimer = undefined;
				this.dispatch({ type: 'writeView' });
			}, HASH_THROTTLE_MS);
		}
		if (effects.timer === 'start') {
			clearInterval(this.#playTimer);
			this.#playTimer = setInterval(() => this.dispatch({ type: 'step' }), PLAY_STEP_MS);
		} else if (effects.timer === 'stop') {
			clearInterval(this.#playTimer);
			this.#playTimer = undefined;
		}
	}

	/** A place in brief by slug. */
	placeOf(slug: string | null | undefined): PlaceSummary | undefined {
		return this.places.find((p) => p.slug === slug);
	}

	/** Whether a layer is shown. */
	shows(id: LayerId): boolean {
		return this.layers.includes(id);
	}

	/** Whether an event is shown: its layer is on and its time touches the range. */
	showsEvent(event: Pick<EventSummary, 'layer' | 'start' | 'end'>): boolean {
		return this.shows(event.layer) && overlaps(event, this.range) === true;
	}

	/** The link to a place's page, carrying the layers and years shown so the view survives it. */
	placeHref(slug: string): string {
		return stateHref(localized(resolve('/place/[slug]', { slug })), carried(this.state));
	}

	/** What the range shows, in words: "1997: 4 events", "The whole story: 40 events". */
	rangeSummary(): string {
		return rangeSummary(this.state);
	}

	/** A navigation happened (the root layout's `afterNavigate`). */
	navigated(navigation: Navigation): void {
		this.dispatch({ type: 'navigated', navigation });
	}

	/** Shows or hides a layer; a toggle replaces the history entry and is announced. */
	setLayer(id: LayerId, on: boolean): void {
		this.dispatch({ type: 'setLayer', id, on });
	}

	/**
	 * Shows the events of a range of years (stopping Play); replaces the history entry and is
	 * announced unless `quiet` (a handle being dragged announces once, when let go).
	 */
	setRange(range: YearRange, quiet = false): void {
		this.dispatch({ type: 'setRange', range, quiet });
	}

	/** The pointer or the keyboard is on a place (null: on none). */
	hoverPlace(slug: string | null): void {
		this.dispatch({ type: 'hoverPlace', slug });
	}

	/** The pointer or the keyboard is on an event, on the timeline or the map (null: on none). */
	hoverEvent(id: string | null): void {
		this.dispatch({ type: 'hoverEvent', id });
	}

	/** The reader chose a place on the map: go to its page (a new history entry). */
	select(slug: string): void {
		this.dispatch({ type: 'select', path: localized(resolve('/place/[slug]', { slug })) });
	}

	/** The map stopped moving: its view goes into the hash, throttled, replacing the entry. */
	moved(view: MapView): void {
		this.dispatch({ type: 'moved', view });
	}

	/** Stops pending writes and Play (the layout is going away). */
	dispose(): void {
		clearTimeout(this.#hashTimer);
		clearInterval(this.#playTimer);
	}
}

const KEY = Symbol('explorer');

/** Creates the owner in the root layout. */
export function provideExplorer(
	places: readonly PlaceSummary[],
	events: readonly EventSummary[] = []
): Explorer {
	return setContext(KEY, new Explorer(places, events));
}

/** Reads the owner anywhere below the root layout. */
export function useExplorer(): Explorer {
	const explorer = getContext<Explorer | undefined>(KEY);
	if (!explorer) throw new Error('useExplorer() needs the root layout’s provideExplorer()');
	return explorer;
}
