import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files: the atlas runs on any static host.
		// 404.html: the page a static host serves for unknown paths; it suggests the nearest names.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Canonical and preview URLs are absolute: set SITE_ORIGIN to where the atlas is hosted.
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173'
		}
	}
};

export default config;
