/** The search's words: a group of results' heading in the page's language. */
import type { HitKind } from '../search/options';
import { m } from './messages.svelte';

const GROUPS: Record<HitKind, () => string> = {
	place: m.search_group_place,
	event: m.search_group_event,
	person: m.search_group_person,
	passage: m.search_group_passage
};

/** "Places", "Events", "People" or "Source passages". */
export function groupLabel(kind: HitKind): string {
	return GROUPS[kind]();
}
