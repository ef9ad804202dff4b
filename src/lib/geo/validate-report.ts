/**
 * How the validator reports a problem: one record per problem, naming the file, the feature and
 * the property, and one line per record as the build prints it.
 * Kept apart from the checks so that the content's checks (src/lib/content/checks.ts) print in
 * the same format without depending on the GeoJSON validator.
 */

/** One problem found in one file, as precise as the check allows. */
export interface ValidationError {
	/** The file's path as given in the input, e.g. "static/geo/layers/osce.geojson". */
	file: string;
	/** Index of the feature in the file's `features` array (0-based). */
	index?: number;
	/** The feature's slug (places), id (layers) or name (basemap), where it has one. */
	id?: string;
	/** The property at fault, e.g. "start". */
	property?: string;
	/** What is wrong, in a sentence fragment that names the offending value. */
	reason: string;
}

/** Reports a problem of the feature being checked, at a property or at the whole feature. */
export type Report = (property: string | undefined, reason: string) => void;

/**
 * One error as one line: `file: feature 3 (osce-kulyab): property "start": reason`.
 * Parts the error lacks (feature, property) are left out.
 */
export function formatError(e: ValidationError): string {
	let where = e.file;
	if (e.index !== undefined) where += `: feature ${e.index}${e.id ? ` (${e.id})` : ''}`;
	else if (e.id) where += `: ${e.id}`;
	if (e.property !== undefined) where += `: property "${e.property}"`;
	return `${where}: ${e.reason}`;
}
