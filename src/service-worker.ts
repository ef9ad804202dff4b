/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after one visit: the app's code, its fonts, the geo data and every prerendered page
 * (with its data for client-side navigation) are cached when the worker installs. Afterwards
 * hashed build files come from the cache (they never change), everything else from the network
 * first, refreshing the cache, and from the cache when the network fails.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;

/** Every page's data file, for client-side navigation between prerendered pages. */
const pageData = prerendered
	.filter((path) => !/\.[a-z0-9]+$/i.test(path))
	.map((path) => `${path === '/' ? '' : path}/__data.json`);

/** What one visit leaves on the reader's device: about 3 MB, most of it MapLibre and the pages. */
const ASSETS = [...new Set([...build, ...files, ...prerendered, ...pageData, '/404.html'])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// One by one, so that a single missing file does not lose the rest of the cache.
			await Promise.all(ASSETS.map((url) => cache.add(url).catch(() => undefined)));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Hashed build files never change: the cache is the truth for them.
			if (build.includes(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') {
					cache.put(request, response.clone());
				}
				return response;
			} catch (error) {
				// Offline: the cached copy, matched without the query (?layers=) or the
				// invalidation marker SvelteKit adds to data requests.
				const hit =
					(await cache.match(request)) ?? (await cache.match(url.pathname, { ignoreSearch: true }));
				if (hit) return hit;
				const notFound = await cache.match('/404.html');
				if (notFound && request.mode === 'navigate') {
					return new Response(notFound.body, { status: 404, headers: notFound.headers });
				}
				throw error;
			}
		})()
	);
});
