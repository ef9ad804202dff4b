import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// The map's probe (`window.__atlas`) for tests and the benchmark: `ATLAS_PROBE=1 vite build`
		// builds into build-test/ with it; `npm run build` (what `npm start` serves) without it, and
		// the minifier drops the probe's code as dead.
		__ATLAS_PROBE__: JSON.stringify(process.env.ATLAS_PROBE === '1')
	},
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	build: {
		rolldownOptions: {
			output: {
				// MapLibre in a chunk of its own: it changes rarely (long-lived cache), and the
				// build report and the benchmark can tell it apart from the atlas's own code.
				codeSplitting: {
					groups: [{ name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ }]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		// Two cores on CI machines: the data tests read megabytes of JSON.
		maxWorkers: 2
	}
});
