/**
 * The views the atlas's pages open at, each with its static map: the page's camera,
 * worked out at build time, and the key of its SVG under `/maps/` (`/ru/maps/`, `/tg/maps/` in
 * the other languages). A page's `view` data and its static map come from here, so the live map
 * and the static map agree.
 */
import { HOME_CAMERA, placeCamera, type Camera } from '$lib/geo/camera';
import { regionCircle } from '$lib/geo/location';
import { outlineGeometry } from '$lib/geo/outline';
import { COUNTRY_KM, STATIC_CANVAS, staticMapSvg, type AreaProperties } from '$lib/geo/staticmap';
import {
	eventSummaries,
	placeSummaries,
	type EventSummary,
	type PlaceSummary
} from '$lib/geo/summary';
import { eventYears } from '$lib/geo/time';
import { layerInfo } from '$lib/geo/layers';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { PageView } from '$lib/geo/camera';
import { framePlaces } from '$lib/geo/camera';
import type { Chapter } from '$lib/content/chapters';
import type { YearRange } from '$lib/geo/time';
import { getAtlas } from './atlas';
import { atlasIn } from '$lib/content/translations';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/i18n/messages.svelte';
import type { Lang } from '$lib/geo/lang';
import { shownName } from '$lib/geo/labels';

/**
 * The language of the page being rendered, which paraglide keeps per request: the default of
 * every view, so that a page's data and the map it names are in its language.
 */
const requestLang = (): Lang => getLocale() as Lang;

/** The words of a map's title in `lang`: a place's name, an event's title, a chapter's title. */
function wordsIn(lang: Lang): {
	place: (slug: string) => string;
	event: (id: string) => string;
	chapter: (id: string) => string;
} {
	const atlas = atlasIn(getAtlas(), lang);
	return {
		place: (slug) => atlas.places.find((p) => p.properties.slug === slug)?.properties.name ?? slug,
		event: (id) =>
			Object.values(atlas.layers)
				.flat()
				.find((e) => e.properties.id === id)?.properties.title ?? id,
		chapter: (id) => atlas.chapters.find((c) => c.id === id)?.title ?? id
	};
}

/** A view of the map: where the camera is, what is selected, and its static map's key. */
export interface MapViewSpec {
	key: string;
	camera: Camera;
	selected: string | null;
	/** The language of its title and of the names its static map draws. */
	lang: Lang;
	/** What the static map shows, in words (its `<title>` and the image's alternative text). */
	title: string;
	/** The places a story chapter highlights, marked on its static map. */
	featured?: readonly string[];
}

let summaries: PlaceSummary[] | undefined;
function places(): PlaceSummary[] {
	summaries ??= placeSummaries(getAtlas());
	return summaries;
}

/** Every view that has a page, in `lang`: the overview, each place and each event. */
export function allViews(lang = requestLang()): MapViewSpec[] {
	return [homeView(lang), ...places().map((p) => placeView(p.slug, lang)!), ...eventViews(lang)];
}

/** The overview's view, titled in `lang`. */
export function homeView(lang = requestLang()): MapViewSpec {
	return {
		key: 'home',
		camera: HOME_CAMERA,
		selected: null,
		lang,
		title: m.map_label({}, { locale: lang })
	};
}

/** A place's view, titled in `lang`; undefined for an unknown slug. */
export function placeView(slug: string, lang = requestLang()): MapViewSpec | undefined {
	const place = places().find((p) => p.slug === slug);
	if (!place) return undefined;
	return {
		key: `place-${slug}`,
		camera: placeCamera(place),
		selected: slug,
		lang,
		title: m.static_map_place({ place: wordsIn(lang).place(slug) }, { locale: lang })
	};
}

let briefs: EventSummary[] | undefined;
function events(): EventSummary[] {
	briefs ??= eventSummaries(getAtlas());
	return briefs;
}

/** Every event's view, for the static maps. */
function eventViews(lang: Lang): MapViewSpec[] {
	return events().map((e) => eventView(e.id, lang)!);
}

/**
 * The view of an event's page: the camera frames the event's place as that place's
 * page does, and the place is selected; the static map is the event's own (`event-<id>`), titled
 * with the event.
 */
export function eventView(id: string, lang = requestLang()): MapViewSpec | undefined {
	const event = events().find((e) => e.id === id);
	const place = event && places().find((p) => p.slug === event.place);
	if (!event || !place) return undefined;
	return {
		key: `event-${id}`,
		camera: placeCamera(place),
		selected: place.slug,
		lang,
		title: m.static_map_event(
			{ place: wordsIn(lang).place(place.slug), event: wordsIn(lang).event(id) },
			{ locale: lang }
		)
	};
}

/**
 * An event page's view as its data carries it: its map, and the event's years as the range
 * the map opens at (unless the URL's `?from=&to=` says otherwise).
 */
export function eventPageView(id: string): PageView | undefined {
	const view = eventView(id);
	const event = events().find((e) => e.id === id);
	const years = event && eventYears(event.start, event.end);
	if (!view || !years) return undefined;
	return { ...pageView(view), range: { from: years.y0, to: years.y1 } };
}

/** A view as a page's data carries it (`App.PageData['view']`). */
export function pageView(view: MapViewSpec): PageView {
	return {
		camera: view.camera,
		map: view.key,
		mapTitle: view.title,
		...(view.selected ? { place: view.selected } : {})
	};
}

/** A country-sized region: the basemap draws its border and names it. */
function isCountry(p: PlaceSummary): boolean {
	return p.outline === 'country' || (p.radiusKm ?? 0) > COUNTRY_KM;
}

/**
 * The regions' areas, as the live map's `/geo/areas.geojson` and the static maps draw them: a
 * region's outline from the basemap where its `outline` names one, else the circle of its radius,
 * marked `approximate` (the legend says so). `country`: the basemap draws its border already.
 */
export function areas(): FeatureCollection<Polygon | MultiPolygon, AreaProperties> {
	const atlas = getAtlas();
	return {
		type: 'FeatureCollection',
		features: atlas.places.flatMap(({ properties: p }) => {
			const summary = places().find((s) => s.slug === p.slug)!;
			const geometry = p.outline
				? outlineGeometry(p.outline, atlas.basemap)
				: p.precision === 'region' && p.radiusKm
					? regionCircle(summary.lng, summary.lat, p.radiusKm)
					: null;
			if (!geometry) return [];
			const properties: AreaProperties = {
				slug: p.slug,
				country: isCountry(summary),
				approximate: !p.outline
			};
			return [{ type: 'Feature' as const, id: p.slug, properties, geometry }];
		})
	};
}

/**
 * The SVG of a view, for wide screens or (one zoom level less, smaller) for phones, in the view's
 * language: its title, and each place named as the live map of that language names it.
 */
export function staticMap(view: MapViewSpec, size: keyof typeof STATIC_CANVAS): string {
	const atlas = getAtlas();
	const { width, height, zoomOffset } = STATIC_CANVAS[size];
	const camera = { ...view.camera, zoom: view.camera.zoom + zoomOffset };
	const points = new Set(
		atlas.places.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.slug)
	);
	// The geometry of line places (the border), for the band that marks one featured.
	const lines = new Map<string, Position[][]>();
	for (const f of atlas.places) {
		const g = f.geometry;
		if (g.type === 'LineString') lines.set(f.properties.slug, [g.coordinates]);
		if (g.type === 'MultiLineString') lines.set(f.properties.slug, g.coordinates);
	}
	const markers = events().map((e) => ({
		lng: e.lng,
		lat: e.lat,
		offset: layerInfo(e.layer).offset
	}));
	return staticMapSvg(
		atlas.basemap,
		places().map((p) => ({
			...p,
			name: shownName(p, view.lang).name,
			point: points.has(p.slug),
			country: isCountry(p),
			lines: lines.get(p.slug)
		})),
		areas(),
		{
			camera,
			width,
			height,
			selected: view.selected,
			featured: view.featured,
			title: view.title,
			lang: view.lang,
			markers
		}
	);
}

/** The story's chapters, in reading order, from the validated atlas. */
export function chapters(): Chapter[] {
	return getAtlas().chapters;
}

/**
 * A chapter's view (`story-<id>`): its camera (the frame's own, or fitted to its places), no
 * place selected (a chapter highlights several: they are featured), and its years.
 */
export function chapterView(
	id: string,
	lang = requestLang()
): (MapViewSpec & { range: YearRange }) | undefined {
	const chapter = chapters().find((c) => c.id === id);
	if (!chapter) return undefined;
	const frame = chapter.frame;
	const camera =
		'places' in frame
			? framePlaces(frame.places.map((slug) => places().find((p) => p.slug === slug)!))
			: { center: frame.center, zoom: frame.zoom };
	return {
		key: `story-${id}`,
		camera,
		selected: null,
		featured: chapter.places,
		lang,
		title: m.static_map_chapter({ chapter: wordsIn(lang).chapter(id) }, { locale: lang }),
		range: chapter.range
	};
}

/** Every chapter's view in `lang`, for the static maps. */
export function chapterViews(lang = requestLang()): MapViewSpec[] {
	return chapters().map((c) => chapterView(c.id, lang)!);
}
