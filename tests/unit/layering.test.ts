/**
 * The layering rules of eslint.config.js fail an import that breaks them. Lints
 * small sources as if they were files of the project, through ESLint's own API.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages
		.filter((m) => m.ruleId === 'boundaries/dependencies')
		.map((m) => m.message);
}

describe('layering', () => {
	it.each([
		['src/lib/geo/x.ts', "import { showLayers } from '$lib/map/visibility';", 'map'],
		['src/lib/geo/x.ts', "import { useExplorer } from '$lib/state/explorer.svelte';", 'state'],
		['src/lib/geo/x.ts', "import EventCard from '$lib/components/EventCard.svelte';", 'components'],
		['src/lib/state/x.ts', "import { showLayers } from '$lib/map/visibility';", 'map'],
		['src/lib/map/x.ts', "import { parseHash } from '$lib/state/hash';", 'state'],
		['src/lib/map/x.ts', "import EventCard from '$lib/components/EventCard.svelte';", 'components'],
		['src/routes/x.ts', "import { showLayers } from '$lib/map/visibility';", 'map'],
		['scripts/x.ts', "import { showLayers } from '../src/lib/map/visibility';", 'map'],
		['src/lib/map/x.ts', "import { floorStyle } from '../../../bench/pages/floor-style';", 'bench']
	])(
		'%s may not import %s',
		async (file, code, layer) => {
			const errors = await layeringErrors(file, `${code}\nexport const x = 1;\n`);
			expect(errors).toHaveLength(1);
			expect(errors[0]).toContain(`type "${layer}"`);
		},
		30_000
	);

	it.each([
		['src/lib/map/x.ts', "import { layerInfo } from '$lib/geo/layers';"],
		['src/lib/state/x.ts', "import { parseHash } from './hash';"],
		['src/lib/components/x.ts', "import { useExplorer } from '$lib/state/explorer.svelte';"],
		['src/routes/x.svelte', "<script>import AtlasMap from '$lib/map/AtlasMap.svelte';</script>"]
	])(
		'%s may import %s',
		async (file, code) => {
			expect(await layeringErrors(file, `${code}\n`)).toEqual([]);
		},
		30_000
	);
});
