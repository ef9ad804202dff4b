// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Suggestion } from '$lib/geo/gazetteer';
import type { PageView } from '$lib/geo/camera';

declare global {
	/** True in test and bench builds (ATLAS_PROBE=1): they carry the map's probe, `window.__atlas`. */
	const __ATLAS_PROBE__: boolean;
	/** The build's date (YYYY-MM-DD) and git commit, which citations name as its version. */
	const __ATLAS_VERSION__: { date: string; commit: string };
	/** The origin of the atlas's canonical URLs (SITE_ORIGIN, svelte.config.js). */
	const __SITE_ORIGIN__: string;

	namespace App {
		interface PageData {
			/** What the page asks the map to show; read by the explorer's state on navigation. */
			view?: PageView;
		}
		interface Error {
			message: string;
			/** For an unknown place: the places whose names come closest. */
			suggestions?: Suggestion[];
		}
	}
}

export {};
