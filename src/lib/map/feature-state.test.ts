import { describe, expect, it } from 'vitest';
import { fakeMap } from '../../../tests/fixtures/fake-map';
import {
	flagChanges,
	hideEvents,
	isUndrawn,
	LAYER_OFF,
	hoverEvent,
	markFeatured,
	markPlace,
	OUT_OF_RANGE,
	switchEventLayers
} from './feature-state';
import { AREA_SOURCE, EVENT_SOURCE, PLACE_SOURCE } from './sources';

/** The feature-state writes of one flag (`key`), as [id, value], in order. */
function flags(writes: unknown[][], key: string): [string, unknown][] {
	return writes
		.filter((w) => w[0] === 'setFeatureState' && key in (w[3] as object))
		.map((w) => [w[2] as string, (w[3] as Record<string, unknown>)[key]]);
}

const ALL = [PLACE_SOURCE, AREA_SOURCE, EVENT_SOURCE];

describe('events outside the years shown', () => {
	it('switches only the events whose side of the range changed', () => {
		const m = fakeMap({ sources: ALL });
		hideEvents(m.map, new Set(['a', 'b']), new Set(['b', 'c']));
		expect(flags(m.writes, OUT_OF_RANGE)).toEqual([
			['a', false],
			['c', true]
		]);
		expect(isUndrawn(m.state(EVENT_SOURCE, 'c'))).toBe(true);
		expect(isUndrawn(m.state(EVENT_SOURCE, 'a'))).toBe(false);
	});
	it('writes nothing when the hidden events are the same', () => {
		const m = fakeMap({ sources: ALL });
		hideEvents(m.map, new Set(['a']), new Set(['a']));
		expect(m.writes).toEqual([]);
	});
	it('writes nothing to a map without the event source', () => {
		const m = fakeMap({ sources: [PLACE_SOURCE, AREA_SOURCE] });
		hideEvents(m.map, [], ['a']);
		expect(m.writes).toEqual([]);
	});
});

describe('event layers switched off and on', () => {
	const byLayer = new Map([
		['bases', ['b1', 'b2']],
		['osce', ['o1']],
		['clashes', []],
		['peace', ['p1']]
	] as const);
	it('flags the events of the layers switched off, and unflags those switched on', () => {
		const m = fakeMap({ sources: ALL });
		switchEventLayers(m.map, byLayer, ['bases', 'osce', 'clashes', 'peace'], ['osce', 'border']);
		expect(flags(m.writes, LAYER_OFF).sort()).toEqual([
			['b1', true],
			['b2', true],
			['p1', true]
		]);
		m.writes.length = 0;
		switchEventLayers(m.map, byLayer, ['osce', 'border'], ['bases', 'osce']);
		expect(flags(m.writes, LAYER_OFF).sort()).toEqual([
			['b1', false],
			['b2', false]
		]);
		expect(isUndrawn(m.state(EVENT_SOURCE, 'p1'))).toBe(true);
		expect(isUndrawn(m.state(EVENT_SOURCE, 'b1'))).toBe(false);
	});
	it('writes nothing when the event layers shown are the same', () => {
		const m = fakeMap({ sources: ALL });
		switchEventLayers(m.map, byLayer, ['osce', 'border'], ['osce']);
		expect(m.writes).toEqual([]);
	});
});

describe('isUndrawn: whether the pointer and the probe may see an event', () => {
	it.each([
		[{ [LAYER_OFF]: true }, true],
		[{ [OUT_OF_RANGE]: true }, true],
		[{ [LAYER_OFF]: false, [OUT_OF_RANGE]: false, hover: true }, false],
		[{}, false],
		[undefined, false]
	])('%j: %s', (state, undrawn) => {
		expect(isUndrawn(state)).toBe(undrawn);
	});
});

describe('flagChanges: the featured marks from one chapter to the next', () => {
	it.each([
		[[], ['a', 'b'], ['a', 'b'], []],
		[['a', 'b'], [], [], ['a', 'b']],
		[['a', 'b'], ['b', 'c'], ['c'], ['a']],
		[['a', 'b'], ['b', 'a'], [], []],
		[['a', 'a'], ['b', 'b'], ['b'], ['a']]
	])('from %j to %j switches on %j and off %j', (previous, next, on, off) => {
		expect(flagChanges(previous, next)).toEqual({ on, off });
	});
});

describe('the marks of a place, an event and a chapter', () => {
	it('move the chosen place from one place to another, on its dot and its area alike', () => {
		const m = fakeMap({ sources: ALL });
		markPlace(m.map, 'selected', null, 'kulyab');
		markPlace(m.map, 'selected', 'kulyab', 'garm');
		for (const source of [PLACE_SOURCE, AREA_SOURCE]) {
			expect(m.state(source, 'kulyab')).toEqual({ selected: false });
			expect(m.state(source, 'garm')).toEqual({ selected: true });
		}
		markPlace(m.map, 'selected', 'garm', null);
		expect(m.state(PLACE_SOURCE, 'garm')).toEqual({ selected: false });
		expect(m.state(EVENT_SOURCE, 'garm')).toEqual({});
	});
	it('keep the hover apart from the choice', () => {
		const m = fakeMap({ sources: ALL });
		markPlace(m.map, 'selected', null, 'kulyab');
		markPlace(m.map, 'hover', null, 'kulyab');
		markPlace(m.map, 'hover', 'kulyab', null);
		expect(m.state(PLACE_SOURCE, 'kulyab')).toEqual({ selected: true, hover: false });
	});
	it('ring one event at a time, and none on a map without events', () => {
		const m = fakeMap({ sources: ALL });
		hoverEvent(m.map, null, 'e1');
		hoverEvent(m.map, 'e1', 'e2');
		expect(m.state(EVENT_SOURCE, 'e1')).toEqual({ hover: false });
		expect(m.state(EVENT_SOURCE, 'e2')).toEqual({ hover: true });
		const bare = fakeMap({ sources: [PLACE_SOURCE] });
		hoverEvent(bare.map, null, 'e1');
		expect(bare.writes).toEqual([]);
	});
	it('feature a chapter’s places in every source given, and only what changed', () => {
		const m = fakeMap({ sources: ALL });
		markFeatured(m.map, [PLACE_SOURCE, AREA_SOURCE], [], ['kulyab', 'garm']);
		m.writes.length = 0;
		markFeatured(m.map, [PLACE_SOURCE, AREA_SOURCE], ['kulyab', 'garm'], ['garm', 'khorog']);
		expect(flags(m.writes, 'featured')).toEqual([
			['kulyab', false],
			['khorog', true],
			['kulyab', false],
			['khorog', true]
		]);
		expect(m.state(AREA_SOURCE, 'garm')).toEqual({ featured: true });
		expect(m.state(EVENT_SOURCE, 'garm')).toEqual({});
	});
});
