/**
 * The map's popup content: the clicked markers' events as EventCards, mounted with Svelte's
 * `mount` into the element the map gives (the map knows no components; the layout hands it
 * this function).
 */
import { mount, unmount } from 'svelte';
import type { EventLayerId } from '$lib/geo/layers';
import type { EventProperties } from '$lib/geo/schema';
import type { Explorer } from '$lib/state/explorer.svelte';
import { m } from '$lib/i18n/messages.svelte';
import EventCard from './EventCard.svelte';

/** More than this many events at one click are counted, not listed. */
const MAX_CARDS = 6;

/** Mounts the cards into `target`; returns the function that unmounts them. */
export function mountEventPopup(
	target: HTMLElement,
	events: (EventProperties & { layer: EventLayerId })[],
	explorer: Explorer
): () => void {
	const cards = events.slice(0, MAX_CARDS).map((event) =>
		mount(EventCard, {
			target,
			props: {
				event,
				layer: event.layer,
				placeName: explorer.placeOf(event.place)?.name ?? event.place,
				placeHref: explorer.placeHref(event.place)
			}
		})
	);
	if (events.length > MAX_CARDS) {
		const more = document.createElement('p');
		more.textContent = m.popup_more({ n: events.length - MAX_CARDS });
		target.append(more);
	}
	return () => {
		for (const card of cards) void unmount(card);
	};
}
