import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layering, enforced: routes → components → map / state / search → content → geo.
 * Each element may import only the elements listed for it; geo imports nothing of content;
 * geo and content import nothing of map, components, routes or state; state nothing of map;
 * the map no state and no component;
 * routes reach the map only through its one component, AtlasMap.svelte; scripts nothing of map
 * or components. Packages, SvelteKit's `$app/*` and Node's own modules are open to all.
 */
const LAYERS = {
	routes: ['routes', 'components', 'state', 'search', 'geo', 'content', 'server', 'site', 'i18n'],
	components: ['components', 'state', 'search', 'geo', 'content', 'site', 'i18n'],
	map: ['map', 'geo', 'site'],
	state: ['state', 'geo', 'content', 'i18n'],
	server: ['server', 'search', 'geo', 'content', 'state', 'i18n'],
	search: ['search', 'geo', 'content'],
	// The data model: the content and its checks sit on it, so it imports nothing of theirs.
	geo: ['geo'],
	content: ['content', 'geo'],
	app: ['app', 'geo', 'state', 'site', 'i18n'],
	// The messages: paraglide's compiled functions, their browser twin and their checks.
	i18n: ['i18n', 'state', 'geo', 'search'],
	site: ['site'],
	scripts: ['scripts', 'search', 'geo', 'content', 'state', 'i18n'],
	bench: ['bench', 'map', 'search', 'geo', 'state', 'content', 'site', 'scripts'],
	tests: [
		'tests',
		'routes',
		'app',
		'i18n',
		'components',
		'map',
		'map-entry',
		'state',
		'geo',
		'content',
		'server',
		'site',
		'scripts',
		'bench'
	]
};

export default ts.config(
	{
		ignores: [
			'bench/.work/',
			'build/',
			'build-test/',
			'build-base/',
			'build-test-base/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'reports/',
			// Stryker's sandboxes while `npm run mutation` runs.
			'.stryker-tmp/',
			// The messages as paraglide compiles them (`npm run i18n`).
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				__ATLAS_PROBE__: 'readonly',
				__ATLAS_VERSION__: 'readonly',
				__SITE_ORIGIN__: 'readonly'
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// The map writes back the URL it was opened at (location.pathname, already resolved),
			// changing only the hash; resolve() is for building app paths, not for that.
			// Links are `localized(resolve(…))`: resolved, then put into the page's language, which the
			// rule cannot see through; the prerender fails on any link that leads nowhere.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreReplaceState: true, ignoreLinks: true }
			]
		}
	},
	{
		files: ['**/*.{js,ts,svelte}'],
		plugins: { boundaries },
		settings: {
			// `$lib` comes from SvelteKit's generated tsconfig paths.
			'import/resolver': { typescript: { project: './tsconfig.json' } },
			'import/extensions': ['.js', '.ts', '.svelte'],
			'boundaries/include': ['{src,scripts,bench,tests}/**/*.{js,ts,svelte}'],
			// Unit tests sit beside their modules and may use any fixture or helper.
			'boundaries/ignore': ['src/**/*.test.ts'],
			// The map's one public file: routes may mount it, and nothing else of the map.
			'boundaries/files': [{ category: 'map-entry', pattern: 'src/lib/map/AtlasMap.svelte' }],
			'boundaries/elements': [
				{ type: 'map', pattern: 'src/lib/map/**', partialMatch: false },
				{ type: 'components', pattern: 'src/lib/components/**', partialMatch: false },
				{ type: 'state', pattern: 'src/lib/state/**', partialMatch: false },
				{ type: 'geo', pattern: 'src/lib/geo/**', partialMatch: false },
				{ type: 'content', pattern: 'src/lib/content/**', partialMatch: false },
				{ type: 'server', pattern: 'src/lib/server/**', partialMatch: false },
				{ type: 'search', pattern: 'src/lib/search/**', partialMatch: false },
				{ type: 'site', pattern: 'src/lib/site', partialMatch: false },
				{ type: 'i18n', pattern: 'src/lib/{paraglide,i18n}/**', partialMatch: false },
				{ type: 'routes', pattern: 'src/routes/**', partialMatch: false },
				{ type: 'app', pattern: 'src/*', partialMatch: false },
				{ type: 'scripts', pattern: 'scripts/**', partialMatch: false },
				{ type: 'bench', pattern: 'bench/**', partialMatch: false },
				{ type: 'tests', pattern: 'tests/**', partialMatch: false }
			]
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'allow',
					policies: [
						...Object.entries(LAYERS).map(([from, allowed]) => ({
							from: { element: { type: from } },
							disallow: {
								to: { element: { types: Object.keys(LAYERS).filter((t) => !allowed.includes(t)) } }
							}
						})),
						// Later policies win: routes mount the map's component, and only that.
						{
							from: { element: { type: 'routes' } },
							allow: { to: { element: { type: 'map' }, file: { categories: 'map-entry' } } }
						}
					]
				}
			]
		}
	},
	// Prettier last: it turns off the rules that formatting owns.
	prettier,
	...svelte.configs.prettier
);
