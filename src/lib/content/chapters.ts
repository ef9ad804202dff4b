/**
 * The story's chapters: `chapters.json` says, in reading order, what each chapter
 * shows on the map (where the camera goes, which layers, which years, what is highlighted), and
 * `chapters/<id>.md` tells it in the narratives' syntax (see `narrative.ts`). The map's driver
 * applies a chapter as data, the way mapbox/storytelling applies a chapter's `location` and
 * `onChapterEnter`, so a chapter that names something the atlas lacks would fail silently in the
 * browser; `checkChapters` fails the build instead, naming the file, the chapter and the reason.
 * Pure: the caller reads the files.
 */
import * as v from 'valibot';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/camera';
import { EVENT_LAYERS, LAYER_IDS } from '../geo/layers';
import {
	between,
	expected,
	parseProblems,
	record,
	show,
	slug,
	SLUG,
	text
} from '../geo/schema-rules';
import { overlaps, STORY_YEARS } from '../geo/time';
import type { LayerFile } from './checks-common';
import { narrativeTextProblems, parseNarrative } from './narrative';
import { problemLine } from './schema';
import type { SourceDocument } from './types';

/** Where the chapters live, as the messages name them. */
export const CHAPTERS_FILE = 'src/lib/content/chapters.json';

/** Where a chapter's text lives. */
export function chapterFile(id: string): string {
	return `src/lib/content/chapters/${id}.md`;
}

/** The years a chapter's range may span: the atlas's (geo/time.ts). */
export const CHAPTER_YEARS = STORY_YEARS;

/** A summary is one line for link previews (`og:description`), which cut at about 200. */
const SUMMARY_MAX = 200;

/** A path item for an issue that a check raises on a property of the object it checks. */
function at(input: Record<string, unknown>, key: string): [v.ObjectPathItem] {
	return [{ type: 'object', origin: 'value', input, key, value: input[key] }];
}

const FRAME_FORMS = '{ places } or { center, zoom }';

/**
 * Where the camera goes: the places to fit in view (preferred: the driver computes the extent
 * from the gazetteer, so the frame follows the data), or a centre and zoom as in `Camera`.
 * Exactly one form.
 */
const FrameSchema = v.pipe(
	record(
		{
			/** Slugs of places to fit in view, at least one. */
			places: v.optional(
				v.pipe(
					v.array(slug(), expected('a non-empty array of place slugs')),
					v.nonEmpty(expected('a non-empty array of place slugs'))
				)
			),
			/** [longitude, latitude] in WGS84 degrees; latitudes beyond ±85 Mercator cannot show. */
			center: v.optional(
				v.strictTuple(
					[between('a longitude', -180, 180), between('a latitude', -85, 85)],
					expected('[longitude, latitude]')
				)
			),
			zoom: v.optional(between('a zoom', MIN_ZOOM, MAX_ZOOM))
		},
		`an object ${FRAME_FORMS}`
	),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const frame = dataset.value;
		const byView = frame.center !== undefined || frame.zoom !== undefined;
		if (frame.places !== undefined && byView) {
			addIssue({ message: `expected ${FRAME_FORMS}, not both` });
		} else if (frame.places === undefined && !byView) {
			addIssue({ message: `expected ${FRAME_FORMS}, got ${show(frame)}` });
		} else if (byView && frame.center === undefined) {
			addIssue({ message: 'missing (expected [longitude, latitude])', path: at(frame, 'center') });
		} else if (byView && frame.zoom === undefined) {
			addIssue({
				message: `missing (expected a zoom from ${MIN_ZOOM} to ${MAX_ZOOM})`,
				path: at(frame, 'zoom')
			});
		}
	}),
	v.transform((frame): { places: string[] } | { center: [number, number]; zoom: number } =>
		frame.places !== undefined
			? { places: frame.places }
			: { center: frame.center!, zoom: frame.zoom! }
	)
);

const year = () => between('a year', CHAPTER_YEARS.min, CHAPTER_YEARS.max, true);

/** The years the map shows while the chapter is read, whole years, both included. */
const RangeSchema = v.pipe(
	record({ from: year(), to: year() }, 'an object { from, to }'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (dataset.typed && dataset.value.from > dataset.value.to) {
			const range = dataset.value;
			addIssue({ message: `${range.to} is before "from" ${range.from}`, path: at(range, 'to') });
		}
	})
);

const LAYER_LIST = LAYER_IDS.join(', ');

/** One chapter of the story, as `chapters.json` holds it. */
export const ChapterSchema = record(
	{
		/** Slug: the chapter's URL (`/story/<id>`) and its text's file name. */
		id: slug(),
		/** The chapter's heading. */
		title: text(),
		/** One line for link previews. */
		summary: v.pipe(
			text(),
			v.check(
				(s) => !/[\r\n]/.test(s) && s.length <= SUMMARY_MAX,
				(issue) =>
					`expected one line of at most ${SUMMARY_MAX} characters, got ${(issue.input as string).length} characters${/[\r\n]/.test(issue.input as string) ? ' with a line break' : ''}`
			)
		),
		/** Where the camera goes. */
		frame: FrameSchema,
		/** The layers shown (every other one is hidden), by id of `src/lib/geo/layers.ts`. */
		layers: v.array(
			v.picklist(LAYER_IDS, expected(`one of ${LAYER_LIST}`)),
			expected('an array of layer ids')
		),
		/** The years shown. */
		range: RangeSchema,
		/** Places highlighted, by slug. */
		places: v.array(slug(), expected('an array of place slugs')),
		/** Events highlighted, by id; each in a layer shown and dated within the range. */
		events: v.array(slug(), expected('an array of event ids'))
	},
	'an object { id, title, summary, frame, layers, range, places, events }'
);

/** A chapter, checked. */
export type Chapter = v.InferOutput<typeof ChapterSchema>;

/** What `checkChapters` needs to know of an event: its id, its layer and its dates. */
export interface ChapterEvent {
	id: string;
	/** The id of its layer ("peace"). */
	layer: string;
	/** Partial dates, "1997-06-27", "1997-06" or "1997". */
	start: string;
	end?: string;
}

/** What the chapters are checked against. */
export interface ChapterContext {
	source: SourceDocument;
	/** The gazetteer's slugs. */
	placeSlugs: string[];
	/** Every event of every layer; see `chapterEvents`. */
	events: ChapterEvent[];
	/** The ids of `src/lib/content/references.json`. */
	referenceIds: string[];
}

/**
 * The events of the thematic layers, as `checkChapters` reads them. A file counts as a layer when
 * its path ends in a layer's `file` of the registry (so both `geo/layers/peace.geojson` and
 * `static/geo/layers/peace.geojson` do); features without a string id or start are left out,
 * since the GeoJSON check reports them already.
 */
export function chapterEvents(layerFiles: LayerFile[]): ChapterEvent[] {
	return layerFiles.flatMap(({ path, data }) => {
		const layer = EVENT_LAYERS.find((l) => path.endsWith(l.file));
		const features = objectOf(data)?.features;
		if (!layer || !Array.isArray(features)) return [];
		return features.flatMap((f: unknown) => {
			const p = objectOf(objectOf(f)?.properties);
			if (typeof p?.id !== 'string' || typeof p.start !== 'string') return [];
			const event: ChapterEvent = { id: p.id, layer: layer.id, start: p.start };
			if (typeof p.end === 'string') event.end = p.end;
			return [event];
		});
	});
}

/** The value as an object whose properties can be read, or null when it is not one. */
function objectOf(value: unknown): Record<string, unknown> | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? Object.fromEntries(Object.entries(value))
		: null;
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

/** The problems of one chapter's definition beyond its schema: what it names must exist. */
function crossProblems(
	chapter: Record<string, unknown>,
	ctx: { places: Set<string>; events: Map<string, ChapterEvent> }
): [string, string][] {
	const problems: [string, string][] = [];
	const listed = (property: string, ids: string[], known: (id: string) => string | null) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) problems.push([property, `"${id}" is listed twice`]);
			seen.add(id);
			const reason = known(id);
			if (reason) problems.push([property, reason]);
		}
	};
	const place = (id: string) =>
		ctx.places.has(id) ? null : `"${id}" is not the slug of any place`;

	const frame = objectOf(chapter.frame);
	listed('frame.places', strings(frame?.places), place);
	listed('layers', strings(chapter.layers), () => null);
	listed('places', strings(chapter.places), place);

	// The layer and range checks are skipped when those properties are themselves invalid: the
	// schema has reported them, and every event would otherwise be reported again.
	const layers = v.safeParse(ChapterSchema.entries.layers, chapter.layers);
	const range = v.safeParse(ChapterSchema.entries.range, chapter.range);
	listed('events', strings(chapter.events), (id) => {
		const event = ctx.events.get(id);
		if (!event) return `"${id}" is not the id of any event`;
		if (layers.success && !(layers.output as string[]).includes(event.layer)) {
			return `"${id}" is in the layer "${event.layer}", which the chapter does not show (layers: ${layers.output.join(', ') || 'none'})`;
		}
		if (range.success && overlaps(event, range.output) === false) {
			const when = event.end ? `${event.start} to ${event.end}` : event.start;
			return `"${id}" (${when}) is outside the chapter's range ${range.output.from}–${range.output.to}`;
		}
		return null;
	});
	return problems;
}

/**
 * Checks the chapters and their texts. Returns one line per problem, an empty list when all is
 * well: first `src/lib/content/chapters.json: chapter N (id): property "x": reason` in the
 * chapters' order (N counts from 1, as a reader numbers chapters), then
 * `src/lib/content/chapters/<id>.md: …` sorted by id.
 *
 * Caught: a chapter that breaks `ChapterSchema` (missing or unknown properties, a frame with
 * both forms or neither, coordinates or zoom out of bounds, an unknown layer, a range outside
 * 1994–2017 or reversed, a summary longer than a line); a duplicate id; an unknown place in
 * `places` or `frame.places`; an unknown event, or one in a layer the chapter hides, or dated
 * outside its range; an entry listed twice; a chapter without a text or a text without a chapter;
 * anything `narrativeTextProblems` reports of a text (citations, quotations, markup, the date
 * rule); a text that cites no block of the source.
 * @param chapters `chapters.json`, parsed but not yet checked
 * @param texts chapter id → the text of `chapters/<id>.md`
 */
export function checkChapters(
	chapters: unknown,
	texts: Record<string, string>,
	ctx: ChapterContext
): string[] {
	return parseChapters(chapters, texts, ctx).errors;
}

/** The chapters' problems (see `checkChapters`), and the chapters when there are none. */
export function parseChapters(
	chapters: unknown,
	texts: Record<string, string>,
	ctx: ChapterContext
): { errors: string[]; output: Chapter[] } {
	if (!Array.isArray(chapters)) {
		return {
			errors: [`${CHAPTERS_FILE}: expected an array of chapters, got ${show(chapters)}`],
			output: []
		};
	}
	const output: Chapter[] = [];
	const known = {
		places: new Set(ctx.placeSlugs),
		events: new Map(ctx.events.map((e) => [e.id, e]))
	};
	const errors: string[] = [];
	const ids = new Map<string, number>();
	chapters.forEach((chapter: unknown, i) => {
		const n = i + 1;
		const object = objectOf(chapter);
		const id = typeof object?.id === 'string' && SLUG.test(object.id) ? object.id : undefined;
		const where = `${CHAPTERS_FILE}: chapter ${n}${id ? ` (${id})` : ''}`;
		const report = (property: string | undefined, reason: string): void =>
			void errors.push(problemLine(where, { property, reason }));

		const result = parseProblems(ChapterSchema, chapter);
		if (result.success) output.push(result.output);
		else for (const problem of result.problems) report(problem.property, problem.reason);
		if (!object) return;
		if (id !== undefined) {
			if (ids.has(id)) report('id', `duplicate id "${id}", also chapter ${ids.get(id)}`);
			else ids.set(id, n);
		}
		for (const [property, reason] of crossProblems(object, known)) report(property, reason);
	});

	for (const id of [...new Set([...ids.keys(), ...Object.keys(texts)])].sort()) {
		const file = chapterFile(id);
		if (!Object.hasOwn(texts, id)) {
			errors.push(`${file}: missing: the chapter "${id}" has no text`);
			continue;
		}
		if (!ids.has(id)) errors.push(`${file}: "${id}" is not the id of any chapter`);
		errors.push(...narrativeTextProblems(file, texts[id], ctx.source, ctx.referenceIds));
		// Statements must cite a block already; a text of notes alone could cite only references.
		const paragraphs = parseNarrative(texts[id]);
		const cites = paragraphs.some((p) => p.inlines.some((i) => i.kind === 'cite' && i.ids.length));
		if (paragraphs.length > 0 && !cites) {
			errors.push(`${file}: cites no source block; a chapter must cite at least one, e.g. [p14]`);
		}
	}
	return { errors, output: errors.length === 0 ? output : [] };
}
