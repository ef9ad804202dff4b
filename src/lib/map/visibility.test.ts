import { describe, expect, it } from 'vitest';
import { LAYERS } from '$lib/geo/layers';
import { fakeMap } from '../../../tests/fixtures/fake-map';
import { showLayers } from './visibility';

const BORDER = LAYERS.find((l) => l.styleLayers.length > 0)!;

describe('showLayers: the border’s own style layers', () => {
	it('are hidden when the border is not shown, and shown again when it is', () => {
		const m = fakeMap({ layers: [...BORDER.styleLayers] });
		showLayers(m.map, ['osce']);
		for (const id of BORDER.styleLayers) {
			expect(m.map.getLayoutProperty(id, 'visibility')).toBe('none');
		}
		showLayers(m.map, ['osce', BORDER.id]);
		for (const id of BORDER.styleLayers) {
			expect(m.map.getLayoutProperty(id, 'visibility')).toBe('visible');
		}
	});

	it('are written only when their visibility changes: a layout property remakes the tiles', () => {
		const m = fakeMap({ layers: [...BORDER.styleLayers] });
		showLayers(m.map, [BORDER.id]);
		const first = m.writes.length;
		expect(first).toBe(BORDER.styleLayers.length);
		showLayers(m.map, [BORDER.id, 'bases']);
		expect(m.writes.length).toBe(first);
	});

	it('leaves a style layer the map does not have alone', () => {
		const m = fakeMap({ layers: [] });
		showLayers(m.map, []);
		expect(m.writes).toEqual([]);
	});
});
