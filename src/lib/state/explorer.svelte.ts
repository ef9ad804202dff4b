/**
 * The explorer's one owner of state. It alone reads and writes the URL (through the pure codecs
 * beside it: `hash.ts` for the view, `layers.ts` for `?layers=`, `range.ts` for `?from=&to=`),
 * and everything else reads its fields or calls its methods: the layer panel toggles through
 * `setLayer`, the timeline sets the years through `setRange`, the lists and the map
 * report hovers through `hover`, the map reports its moves through `moved` and clicks through
 * `select`, and the root layout hands it every navigation. The map itself is declarative: the
 * layout passes it this state's fields as props.
 *
 * What a page wants the map to show (its place; later a time range or a chapter) comes from the
 * page's data as `view` (`App.PageData` in app.d.ts), so the owner never reads route internals.
 */
import { getContext, setContext } from 'svelte';
import { goto, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { resolve } from '$app/paths';
import { HOME_CAMERA, type Camera, type PageView } from '$lib/geo/camera';
import { layerInfo, type LayerId } from '$lib/geo/layers';
import type { EventSummary, PlaceSummary } from '$lib/geo/summary';
import { formatRange, overlaps, WHOLE_STORY, type YearRange } from '$lib/geo/time';
import { parseHash, writeHash, type MapView } from './hash';
import { DEFAULT_LAYERS, parseLayers, writeLayers } from './layers';
import { FROM_KEY, parseRange, TO_KEY, writeRange } from './range';

/** A camera move the map should make; a new object each time, so the same move can repeat. */
export interface CameraRequest {
	camera: Camera;
	/** Fly (when the reader allows motion) rather than jump. */
	animate: boolean;
	/** A view from the URL, shown as it is; page cameras are one zoom level out on phones. */
	exact: boolean;
}

/** A chapter of the story as the explorer shows it (made at build time from chapters.json). */
export interface StoryChapter {
	id: string;
	title: string;
	/** Its place in the story, from 1, and the number of chapters. */
	n: number;
	total: number;
	camera: Camera;
	layers: readonly LayerId[];
	range: YearRange;
	/** Slugs of the places highlighted. */
	places: readonly string[];
	/** Ids of the events highlighted. */
	events: readonly string[];
}

/** How SvelteKit describes a navigation, as much of it as the owner needs. */
export interface Navigation {
	type: 'enter' | 'form' | 'link' | 'goto' | 'popstate' | 'leave';
	url: URL;
	view: PageView | undefined;
}

/** Hash writes are throttled: browsers limit history updates (Safari: 100 per 30 s). */
const HASH_THROTTLE_MS = 300;

export class Explorer {
	/** Every place in brief, from the root layout's data; fixed for the visit. */
	readonly places: readonly PlaceSummary[];
	/** Every event in brief, from the root layout's data; fixed for the visit. */
	readonly events: readonly EventSummary[];
	/** Canonical slug of the place the page shows, or null. */
	place = $state<string | null>(null);
	/** Layers shown, in the panel's order. */
	layers = $state<LayerId[]>([...DEFAULT_LAYERS]);
	/** The years shown (both included); the whole story unless the URL or the page says less. */
	range = $state<YearRange>({ ...WHOLE_STORY });
	/** The events the map and the lists show: in a layer shown, and touching the range. */
	readonly shownEvents: readonly EventSummary[];
	/** Ids of the events outside the range, whatever their layer: the map does not draw them. */
	readonly outOfRange: readonly string[];
	/** Slug of the place highlighted from a list or under the pointer. */
	highlight = $state<string | null>(null);
	/** Id of the event highlighted from the timeline or under the pointer on the map, or null. */
	litEvent = $state<string | null>(null);
	/** The last change worth announcing to screen readers ("Russian bases hidden"). */
	message = $state('');
	/** The next camera move for the map; null until a navigation asks for one. */
	camera = $state.raw<CameraRequest | null>(null);
	/**
	 * The live map: not started yet (the static map shows), loading, drawing, or impossible
	 * here ('failed': no WebGL2).
	 */
	map = $state<'static' | 'loading' | 'ready' | 'failed'>('static');
	/** The story's chapter being read (`/story/<id>`, issue 15), or null outside the story. */
	chapter = $state.raw<StoryChapter | null>(null);
	/**
	 * Slugs of the places the chapter being read highlights; empty outside the story. The story
	 * lists them and the live map marks them (feature state `featured`).
	 */
	featured = $state.raw<readonly string[]>([]);
	/** Ids of the events the chapter being read highlights, marked likewise; empty outside it. */
	featuredEvents = $state.raw<readonly string[]>([]);
	#hashTimer: ReturnType<typeof setTimeout> | undefined;
	#pendingView: MapView | null = null;

	constructor(places: readonly PlaceSummary[], events: readonly EventSummary[] = []) {
		this.places = places;
		this.events = events;
		this.shownEvents = $derived(
			this.events.filter((e) => this.layers.includes(e.layer) && overlaps(e, this.range))
		);
		this.outOfRange = $derived(
			this.events.filter((e) => !overlaps(e, this.range)).map((e) => e.id)
		);
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

	/** The query that carries the layers and the range to another page. */
	#query(): string {
		return writeRange(writeLayers('', this.layers), this.range);
	}

	/** The link to a place's page, carrying the layers and years shown so the view survives it. */
	placeHref(slug: string): string {
		return resolve('/place/[slug]', { slug }) + this.#query();
	}

	/**
	 * A navigation happened (the root layout's `afterNavigate`). The URL is the truth for the
	 * layers; the page's view decides the place; the camera frames it, except when the URL
	 * carries a view the reader left (opening a shared link, Back and Forward).
	 */
	navigated({ type, url, view }: Navigation): void {
		this.layers = parseLayers(url.searchParams);
		// The URL's years win (a shared link); else the page's own (an event page); else all.
		const inUrl = url.searchParams.has(FROM_KEY) || url.searchParams.has(TO_KEY);
		this.range = inUrl ? parseRange(url.searchParams) : { ...(view?.range ?? WHOLE_STORY) };
		this.place = view?.place ?? null;
		const place = this.placeOf(this.place);
		const hashView = parseHash(url.hash);
		if (type === 'enter') {
			// The map opens at the URL's view if it has one, else at the page's own.
			this.camera = hashView
				? { camera: viewCamera(hashView), animate: false, exact: true }
				: { camera: view?.camera ?? HOME_CAMERA, animate: false, exact: false };
		} else if (type === 'popstate' && hashView) {
			// Back and Forward restore the view the entry was left at.
			this.camera = { camera: viewCamera(hashView), animate: false, exact: true };
		} else if (place && view) {
			this.camera = { camera: view.camera, animate: true, exact: false };
		}
		if (place && type !== 'enter') this.message = `Showing ${place.name}`;
	}

	/** The reader edited the hash by hand (or pasted a link with another view). */
	hashChanged(hash: string): void {
		const view = parseHash(hash);
		if (view) this.camera = { camera: viewCamera(view), animate: false, exact: true };
	}

	/** Shows or hides a layer; a toggle replaces the history entry and is announced. */
	setLayer(id: LayerId, on: boolean): void {
		this.layers = DEFAULT_LAYERS.filter((l) => (l === id ? on : this.layers.includes(l)));
		this.#replaceUrl(writeLayers(location.search, this.layers), location.hash);
		this.message = `${layerInfo(id).name} ${on ? 'shown' : 'hidden'}`;
	}

	/**
	 * Shows the events of a range of years; replaces the history entry like a layer toggle and is
	 * announced ("1997: 4 events") unless `quiet` (a handle being dragged announces once, at the
	 * end, not at every step).
	 */
	setRange(range: YearRange, quiet = false): void {
		if (range.from === this.range.from && range.to === this.range.to) return;
		this.range = { from: range.from, to: range.to };
		this.#replaceUrl(writeRange(location.search, this.range), location.hash);
		if (!quiet) this.message = this.rangeSummary();
	}

	/** What the range shows, in words: "1997: 4 events", "the whole story: 40 events". */
	rangeSummary(): string {
		const n = this.shownEvents.length;
		const what = formatRange(this.range);
		return `${what[0].toUpperCase()}${what.slice(1)}: ${n} ${n === 1 ? 'event' : 'events'}`;
	}

	/** The pointer or the keyboard is on a place (null: on none). */
	hover(slug: string | null): void {
		this.highlight = slug;
	}

	/** The pointer or the keyboard is on an event, on the timeline or the map (null: on none). */
	hoverEvent(id: string | null): void {
		this.litEvent = id;
	}

	/** Says something in the polite live region (Play's steps, a reset). */
	announce(message: string): void {
		this.message = message;
	}

	/** The reader chose a place on the map: go to its page (a new history entry). */
	select(slug: string): void {
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- placeHref() resolves
		void goto(this.placeHref(slug));
	}

	/**
	 * The map stopped moving: write its view into the hash, throttled, replacing the history
	 * entry (Back should not walk through every pan).
	 */
	moved(view: MapView): void {
		this.#pendingView = view;
		this.#hashTimer ??= setTimeout(() => {
			this.#hashTimer = undefined;
			const hash = writeHash(location.hash, this.#pendingView!);
			if (hash !== location.hash) this.#replaceUrl(location.search, hash);
		}, HASH_THROTTLE_MS);
	}

	/**
	 * Shows a chapter of the story (issue 15): its camera (a flight unless `animate` is false; the
	 * map jumps anyway under reduced motion), its layers, its years, its places and its events, in
	 * one step, and announces it ("Chapter 3 of 9: …"). The URL follows the chapter, `/story/<id>` with the
	 * chapter's query, replacing the history entry: scrolling through nine chapters is one entry,
	 * not nine.
	 */
	showChapter(chapter: StoryChapter, animate = true): void {
		this.chapter = chapter;
		this.layers = DEFAULT_LAYERS.filter((l) => chapter.layers.includes(l));
		this.range = { from: chapter.range.from, to: chapter.range.to };
		this.featured = chapter.places;
		this.featuredEvents = chapter.events;
		this.camera = { camera: chapter.camera, animate, exact: false };
		this.message = `Chapter ${chapter.n} of ${chapter.total}: ${chapter.title}`;
		// The hash is left out: the view it held was the previous chapter's.
		const search = writeRange(writeLayers('', this.layers), this.range);
		const path = resolve('/story/[chapter]', { chapter: chapter.id });
		if (location.pathname + location.search !== path + search) {
			replaceState(path + search, page.state);
		}
	}

	/** The reader left the story: chapters no longer apply. */
	leftStory(): void {
		this.chapter = null;
		this.featured = [];
		this.featuredEvents = [];
	}

	/** Stops pending writes (the layout is going away). */
	dispose(): void {
		clearTimeout(this.#hashTimer);
	}

	#replaceUrl(search: string, hash: string): void {
		replaceState(`${location.pathname}${search}${hash}`, page.state);
	}
}

/** The camera for a view from the URL. */
function viewCamera(view: MapView): Camera {
	return { center: [view.lng, view.lat], zoom: view.zoom };
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
