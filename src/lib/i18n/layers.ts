/**
 * A layer's words in the page's language: its name, what its markers look like, what it holds.
 * The registry (src/lib/geo/layers.ts) keeps the English, which the tests and the code name
 * layers by; the messages `layer_<id>_name`, `layer_<id>_legend` and `layer_<id>_description`
 * hold every language's.
 */
import type { LayerId } from '../geo/layers';
import { m } from './messages.svelte';

type Words = Record<string, (() => string) | undefined>;

/** The name, legend and description of layer `id`. */
export function layerWords(id: LayerId): { name: string; legend: string; description: string } {
	const words = m as unknown as Words;
	const say = (what: string) => words[`layer_${id}_${what}`]?.() ?? '';
	return { name: say('name'), legend: say('legend'), description: say('description') };
}
