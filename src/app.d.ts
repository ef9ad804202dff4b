// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Suggestion } from '$lib/geo/gazetteer';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** For an unknown place: the places whose names come closest. */
			suggestions?: Suggestion[];
		}
	}
}

export {};
