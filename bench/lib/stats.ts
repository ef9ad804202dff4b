/** Summaries of repeated measurements: the median, with the spread as min and max. */

export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
	values: number[];
}

/** Median (mean of the middle two for an even count), min and max; null when there are none. */
export function summarize(values: (number | null | undefined)[]): Summary | null {
	const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (!v.length) return null;
	const sorted = [...v].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], n: v.length, values: v };
}
