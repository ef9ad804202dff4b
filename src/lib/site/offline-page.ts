/**
 * The page's side of the service worker's first visit (src/service-worker.ts): the page that
 * installs the worker loads its files before the worker runs, so the worker cannot see them
 * pass. Once the worker is active, the page names them (its own path and every file of the site
 * it loaded, its data for a client-side return to it, its language's words for the 404 page) and
 * the worker stores them, most from the browser's HTTP cache: the page read once opens again
 * offline.
 */
import { resolve } from '$app/paths';

/** This page was loaded before the worker ran (keepFirstPage found it so). */
let firstPage = false;

/**
 * On a page the worker does not control yet, hands the worker what the page loaded; sets
 * `data-offline-kept` on the root element once the worker has stored it (tests and the bench
 * wait on it). Does nothing where there is no service worker or the page came through it.
 */
export function keepFirstPage(): void {
	firstPage = false;
	if (!('serviceWorker' in navigator)) return;
	// Not `controller`: the worker may have installed and claimed the page before it hydrated.
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	if (!entry || entry.workerStart > 0) return;
	const container = navigator.serviceWorker;
	const onMessage = (event: MessageEvent) => {
		if ((event.data as { type?: string } | null)?.type !== 'kept') return;
		container.removeEventListener('message', onMessage);
		document.documentElement.dataset.offlineKept = 'true';
	};
	firstPage = true;
	container.addEventListener('message', onMessage);
	container.startMessages();
	void container.ready.then((registration) => {
		// The page's data too, which SvelteKit asks for when the reader comes Back to it, and its
		// language's words, which the 404 page (the worker's answer offline for a page it lacks)
		// fetches, having no data of its own.
		const data = `${location.pathname.replace(/\/$/, '')}/__data.json`;
		const words = resolve('/messages/[lang].json', { lang: document.documentElement.lang });
		const loaded = performance.getEntriesByType('resource').map((e) => e.name);
		const paths = [location.href, data, words, ...loaded]
			.map((href) => new URL(href, location.href))
			.filter((url) => url.origin === location.origin)
			.map((url) => url.pathname);
		registration.active?.postMessage({ type: 'keep', paths: [...new Set(paths)] });
	});
}

/**
 * Once the live map of a page loaded before the worker ran is up, asks the worker to store the
 * map's code and data: MapLibre's worker may have fetched them past the service worker, unseen.
 * Sets `data-offline-map-kept` once stored. Does nothing on a page the worker served.
 */
export function keepMapFiles(): void {
	if (!firstPage) return;
	firstPage = false;
	const container = navigator.serviceWorker;
	const onMessage = (event: MessageEvent) => {
		if ((event.data as { type?: string } | null)?.type !== 'map-kept') return;
		container.removeEventListener('message', onMessage);
		document.documentElement.dataset.offlineMapKept = 'true';
	};
	container.addEventListener('message', onMessage);
	void container.ready.then((registration) =>
		registration.active?.postMessage({ type: 'keep-map' })
	);
}
