/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline for what the reader has seen, and for the whole atlas when they ask. Installing, the
 * worker stores a small shell (the 404 page it answers with for a page never visited, the app's
 * code without the live map's, the fonts); the page that brought it names what it loaded before
 * the worker ran, and every later request is stored as it passes. The whole atlas in one
 * language is stored only when the reader asks (the data page's "Save for offline",
 * src/routes/data/offline-copy.svelte.ts): a reader who opens one shared link on a metered
 * phone pays for that page alone.
 *
 * Hashed build files come from the cache (they never change); everything else from the network
 * first, stored, and from the cache when the network fails. Caches carry the build's version:
 * a new version's worker removes the old ones as it activates, so a page is never answered from
 * one version's cache with another's code.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { CACHE_PREFIX, SAVING_HEADER, savedCache, shellOf, visitedCache } from '$lib/site/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const VISITED = visitedCache(version);
const SAVED = savedCache(version);
const BUILD = new Set(build);
const NOT_FOUND = `${base}/404.html`;
/** SvelteKit's version file: always the network's, or the check for a new version is blind. */
const VERSION_FILE = `${base}/_app/version.json`;

/**
 * Stores `paths` in the visited cache, one by one: a missing file does not lose the rest. With
 * `mode` 'force-cache', what the browser's HTTP cache holds is taken as it is, not revalidated:
 * for the files a page has just loaded, which are current, and would otherwise cross the
 * network again from a host that sends no validators.
 */
async function keep(paths: readonly string[], mode: RequestCache = 'default'): Promise<void> {
	const cache = await caches.open(VISITED);
	await Promise.all(
		paths.map(async (path) => {
			if (await cached(path)) return;
			await cache.add(new Request(path, { cache: mode })).catch(() => undefined);
		})
	);
}

/**
 * The stored copy of `path` in this version's caches, if any. Matched by cache name, not opened:
 * opening would make an empty saved cache for a reader who never saved.
 */
async function cached(path: string): Promise<Response | undefined> {
	return (
		(await caches.match(path, { cacheName: VISITED })) ??
		(await caches.match(path, { cacheName: SAVED }))
	);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const notFound = await fetch(NOT_FOUND).catch(() => null);
			if (notFound?.ok) {
				const html = await notFound.clone().text();
				await (await caches.open(VISITED)).put(NOT_FOUND, notFound);
				await keep(shellOf(html, build, base));
			}
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== VISITED && key !== SAVED)
					await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

/**
 * What the live map loads: MapLibre's code and worker (the build's files the shell leaves out)
 * and the map's data under /geo/. MapLibre's worker fetches the data itself, and a worker started
 * before this one took the page over never passes through it, nor shows in the page's list of
 * what it loaded: so the page says when its map is up, and these are stored by name.
 */
const MAP_FILES = [
	...build,
	...[...files, ...prerendered].filter((path) => path.startsWith(`${base}/geo/`))
];

// The page that installed the worker loaded its files before the worker ran: it names them
// (keepFirstPage in src/lib/site/offline-page.ts), and they are stored, most from the browser's
// HTTP cache; once its live map is up, it asks for the map's files too. The replies tell the
// page (and the tests) that its files are kept.
sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; paths?: unknown } | null;
	if (data?.type === 'keep-map') {
		// `keep` skips what is stored: of the build, only the map's code is left.
		event.waitUntil(
			keep(MAP_FILES, 'force-cache').then(() => event.source?.postMessage({ type: 'map-kept' }))
		);
		return;
	}
	if (data?.type !== 'keep' || !Array.isArray(data.paths)) return;
	const paths = data.paths.filter(
		(p): p is string => typeof p === 'string' && p.startsWith(`${base}/`) && p !== VERSION_FILE
	);
	event.waitUntil(
		keep(paths, 'force-cache').then(() => event.source?.postMessage({ type: 'kept' }))
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	if (request.headers.has(SAVING_HEADER)) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname === VERSION_FILE) return;
	// A static host answers a path whatever its query (`?layers=`, or the invalidation marker
	// SvelteKit adds to data requests): one stored copy per path.
	const path = url.pathname;

	event.respondWith(
		(async () => {
			// Hashed build files never change: a stored copy is the truth for them.
			if (BUILD.has(path)) {
				const hit = await cached(path);
				if (hit) return hit;
			}
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic' && !response.redirected) {
					const copy = response.clone();
					event.waitUntil(caches.open(VISITED).then((cache) => cache.put(path, copy)));
				}
				return response;
			} catch (error) {
				const hit = await cached(path);
				if (hit) return hit;
				const notFound = request.mode === 'navigate' ? await cached(NOT_FOUND) : undefined;
				if (notFound) {
					// The 404 page is also SvelteKit's fallback: it renders a page in the browser from
					// its data, which a page reached by a link (not loaded whole) has left stored.
					const data = await cached(`${path.replace(/\/$/, '')}/__data.json`);
					return new Response(notFound.body, {
						status: data ? 200 : 404,
						headers: notFound.headers
					});
				}
				throw error;
			}
		})()
	);
});
