/**
 * The copy of the atlas a reader saves for offline use, in the page's language: what it holds
 * and costs (the build's `offline.json`, scripts/offline-manifest.js), how much of it this
 * device has, and the saving itself, which can be stopped and resumed (what is stored stays
 * stored) and removed. The files go into the version's saved cache, where the service worker
 * looks when the network fails (src/service-worker.ts).
 */
import { version } from '$app/environment';
import { resolve } from '$app/paths';
import {
	filesOf,
	OFFLINE_MANIFEST,
	SAVING_HEADER,
	savedCache,
	type OfflineFile,
	type OfflineManifest
} from '$lib/site/offline';

/** Files fetched at once: enough to keep a slow line busy, few enough to stop at once. */
const PARALLEL = 4;

export type CopyStatus =
	| 'loading'
	| 'unavailable'
	| 'outdated'
	| 'absent'
	| 'saving'
	| 'paused'
	| 'failed'
	| 'saved'
	| 'removed';

/** The saved copy in one language; one instance for the page's life, so saving goes on across pages. */
export class OfflineCopy {
	status = $state<CopyStatus>('loading');
	/** Bytes on the wire of the whole copy, and of the part this device has. */
	total = $state(0);
	done = $state(0);
	files = $state(0);
	#lang: string;
	#todo: OfflineFile[] = [];
	#stop: AbortController | null = null;

	constructor(lang: string) {
		this.#lang = lang;
	}

	/** Reads the manifest and what the saved cache holds already. */
	async load(): Promise<void> {
		if (!('caches' in window) || !('serviceWorker' in navigator)) {
			this.status = 'unavailable';
			return;
		}
		try {
			const res = await fetch(this.#url({ path: `/${OFFLINE_MANIFEST}` }));
			const manifest = (await res.json()) as OfflineManifest;
			if (manifest.version !== version) {
				this.status = 'outdated';
				return;
			}
			const files = filesOf(manifest, this.#lang);
			const have = await this.#stored();
			this.#todo = files.filter((f) => !have.includes(this.#url(f)));
			this.total = files.reduce((sum, f) => sum + f.transfer, 0);
			this.files = files.length;
			this.done = this.total - this.#todo.reduce((sum, f) => sum + f.transfer, 0);
			if (this.status === 'saving') return;
			this.status = this.#todo.length === 0 ? 'saved' : this.done > 0 ? 'paused' : 'absent';
		} catch {
			// Offline, or the build has no manifest: nothing can be saved from here.
			this.status = 'unavailable';
		}
	}

	/** Saves what the device lacks, PARALLEL files at a time, until done, stopped or failed. */
	async save(): Promise<void> {
		if (this.status === 'saving') return;
		this.status = 'saving';
		const stop = new AbortController();
		this.#stop = stop;
		// Ask that the copy outlive the browser's clean-up of storage under pressure; refused is fine.
		void navigator.storage?.persist?.().catch(() => false);
		const cache = await caches.open(savedCache(version));
		const queue = [...this.#todo];
		const worker = async () => {
			for (let file = queue.shift(); file; file = queue.shift()) {
				const url = this.#url(file);
				const res = await fetch(url, { signal: stop.signal, headers: { [SAVING_HEADER]: '1' } });
				if (!res.ok) throw new Error(`${url}: ${res.status}`);
				await cache.put(url, res);
				this.#todo = this.#todo.filter((f) => f !== file);
				this.done += file.transfer;
			}
		};
		try {
			await Promise.all(Array.from({ length: PARALLEL }, worker));
			this.status = 'saved';
		} catch {
			stop.abort();
			this.status = this.#stop === stop && stop.signal.reason === 'stopped' ? 'paused' : 'failed';
		} finally {
			if (this.#stop === stop) this.#stop = null;
		}
	}

	/** Stops saving; what is stored stays, and `save()` resumes from there. */
	cancel(): void {
		this.#stop?.abort('stopped');
	}

	/** Removes the saved copy (pages the reader visited stay in the worker's other cache). */
	async remove(): Promise<void> {
		this.cancel();
		await caches.delete(savedCache(version));
		this.status = 'removed';
		await this.load();
		this.status = 'removed';
	}

	/** The URL paths the saved cache holds (stored by path: their URLs carry no query). */
	async #stored(): Promise<string[]> {
		// Looked at, not opened: opening would make the cache that `remove()` has just deleted.
		if (!(await caches.has(savedCache(version)))) return [];
		const cache = await caches.open(savedCache(version));
		return (await cache.keys()).map((r) => r.url.slice(location.origin.length));
	}

	/** A file's URL path under the site's base path. */
	#url(file: Pick<OfflineFile, 'path'>): string {
		return `${resolve('/').replace(/\/$/, '')}${file.path}`;
	}
}
