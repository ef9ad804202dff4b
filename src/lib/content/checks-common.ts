/**
 * What the content's checks share: where each registry lives, as messages name it, the line a
 * problem of a JSON registry is printed as, and how a check reads the source's blocks and a
 * layer's features from data that may not have passed its schema.
 */
import type { SourceBlock, SourceDocument } from './types';

/** Where each registry lives, as the messages name it. */
export const FILES = {
	references: 'src/lib/content/references.json',
	people: 'src/lib/content/people.json',
	coverage: 'src/lib/content/coverage.json',
	places: 'static/geo/places.geojson'
} as const;

/** A thematic layer as parsed: its path (for messages) and its GeoJSON. */
export interface LayerFile {
	path: string;
	data: unknown;
}

export type Props = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Props {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `file: entry 3 (id): property "x": reason`, parts left out when unknown. */
export function entryError(
	file: string,
	index: number | undefined,
	id: unknown,
	property: string | undefined,
	reason: string
): string {
	let where = file;
	if (index !== undefined)
		where += `: entry ${index}${typeof id === 'string' && id ? ` (${id})` : ''}`;
	if (property !== undefined) where += `: property "${property}"`;
	return `${where}: ${reason}`;
}

/** Every block of the source by id. */
export function blocksOf(source: SourceDocument): Map<string, SourceBlock> {
	return new Map(source.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
}

/** The texts of a block: paragraph or caption text, or the items of a list. */
export function textsOf(block: SourceBlock): string[] {
	return block.kind === 'list' ? block.items : [block.text];
}

/** The features of a layer file, or none when it is not a FeatureCollection. */
export function featuresOf(layer: LayerFile): Props[] {
	const data = layer.data;
	if (!isObject(data) || !Array.isArray(data.features)) return [];
	return data.features.map((f) => (isObject(f) ? f : {}));
}

/** A feature's properties, or none when they are not an object. */
export function propsOf(feature: Props): Props {
	return isObject(feature.properties) ? feature.properties : {};
}
