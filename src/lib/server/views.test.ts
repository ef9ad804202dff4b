import { describe, expect, it } from 'vitest';
import { eventSummaries } from '$lib/geo/summary';
import { getAtlas } from './atlas';
import { allViews, eventPageView, eventView, placeView, staticMap } from './views';

const events = eventSummaries(getAtlas());

describe('event views (issue 13)', () => {
	it('frame each event’s place as its place’s page does, with the place selected', () => {
		for (const e of events) {
			const view = eventView(e.id)!;
			expect(view.key).toBe(`event-${e.id}`);
			expect(view.selected).toBe(e.place);
			expect(view.camera).toEqual(placeView(e.place)!.camera);
			expect(view.title).toMatch(/^Map of .+, the place of “.+”$/);
		}
	});

	it.each([
		['ceasefire-1994', 'tehran', { from: 1994, to: 1994 }],
		['unmot-1994-2000', 'tajikistan', { from: 1994, to: 2000 }],
		['osce-field-office-garm', 'garm', { from: 2008, to: 2017 }]
	])('%s: the page opens at its place with its years as the range', (id, place, range) => {
		const view = eventPageView(id)!;
		expect(view).toMatchObject({ map: `event-${id}`, place, range });
		expect(view.mapTitle).toContain('the place of');
	});

	it('knows no view for an unknown event', () => {
		expect(eventView('no-such-event')).toBeUndefined();
		expect(eventPageView('no-such-event')).toBeUndefined();
	});

	it('gives every event a static map of its own, among all the views', () => {
		const keys = allViews().map((v) => v.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const e of events) expect(keys).toContain(`event-${e.id}`);
		const svg = staticMap(eventView('ceasefire-1994')!, 'phone');
		expect(svg).toContain('Map of Tehran, the place of “Tehran ceasefire agreement signed');
	});
});
