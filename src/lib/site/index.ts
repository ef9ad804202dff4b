/** Where the site lives, for the few places that need absolute URLs. */
import { resolve } from '$app/paths';

/**
 * The site's root as an absolute URL ending in `/`, in the browser. Data and fonts are resolved
 * against it, not against the page's own URL (`/place/kulyab` is one level down).
 */
export function siteRoot(): string {
	const root = new URL(resolve('/'), location.href).href;
	return root.endsWith('/') ? root : `${root}/`;
}
