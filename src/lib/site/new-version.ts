/**
 * A tab open across a deploy: the new version's pages, data and chunks would meet this version's
 * code. Each navigation to another page asks for SvelteKit's version file while its data loads;
 * if the site has changed, the navigation becomes a full load of the new version (and its
 * service worker) before anything of it is shown. Offline there is nothing to ask: the navigation
 * goes on from the cache. A failed chunk import SvelteKit handles itself, the same way.
 */
import { beforeNavigate, onNavigate } from '$app/navigation';
import { updated } from '$app/state';

/** Registers the check; call during the root layout's initialisation, as SvelteKit's hooks ask. */
export function loadNewVersions(): void {
	let versionCheck: Promise<boolean> | null = null;
	beforeNavigate(({ to, from, willUnload }) => {
		if (updated.current && to && !willUnload) {
			location.href = to.url.href;
			return;
		}
		const another = to && !willUnload && to.url.pathname !== from?.url.pathname;
		versionCheck = another && navigator.onLine ? updated.check() : null;
	});
	onNavigate(async ({ to }) => {
		const check = versionCheck;
		versionCheck = null;
		if (to && check && (await check)) {
			location.href = to.url.href;
			// Never resolves: the page unloads before SvelteKit shows the new version's data.
			return new Promise<void>(() => {});
		}
	});
}
