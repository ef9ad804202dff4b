/**
 * `npm run bench`: builds the site, serves it on loopback with the tests' static
 * server, and measures the atlas against its floor in the tests' Chromium. Prints Markdown
 * tables and writes bench/results.json. See bench/README.md for what each figure means.
 *
 *   npm run bench                  the whole thing (about 6–8 minutes on 2 cores)
 *   npm run bench -- --runs 3      fewer runs per figure (the issue asks for at least 5)
 *   npm run bench -- --no-build    reuse build-test/ as it is
 *   npm run bench -- --lighthouse-runs 5   Lighthouse rounds (mobile profile; 3 by default)
 *   npm run bench -- --only lighthouse     only the Lighthouse figures (about 4 minutes)
 *   npm run bench -- --only range --runs 3 only range change → map idle (a minute or two)
 *   npm run bench -- --only interactions   only click → place, Back and a layer toggle
 *   npm run bench -- --only load   only the static server under a burst of 1,000 connections
 *   npm run bench -- --only firstvisit     only the bytes of a first visit, service worker included
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Point } from 'geojson';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/chromium.js';
import { placeCamera } from '../src/lib/geo/camera';
import type { PlaceSummary } from '../src/lib/geo/summary';
import type { PlaceProperties } from '../src/lib/geo/schema';
import { CLIENT_MANIFEST, MAP_MOUNT_MARK } from '../src/lib/map/code';
import { jsBeyondMaplibre, maplibreFiles } from './lib/jsweight';
import {
	coldLoad,
	interactions,
	mapBox,
	PANS,
	PROFILE,
	scaleRun,
	VIEWPORT,
	type InteractionResult,
	type LoadResult,
	type ScaleResult
} from './lib/measure';
import { buildBenchPages } from './lib/pages';
import { formatLighthouse, lighthouseFigures } from './lib/lighthouse';
import { cell, formatReport, judge, table, type LoadFigures, type Results } from './lib/report';
import { rangeOnAtlas, rangeOnScale, type RangeTiming } from './lib/range';
import { formatServerLoad, serverLoad, type ServerLoad } from './lib/load';
import { startServer } from './lib/server';
import { summarize } from './lib/stats';
import { syntheticClashes } from './lib/synthetic';
import { eventsArchive } from './lib/tiles';
import { firstVisit } from './lib/firstvisit';

const ROOT = resolve(import.meta.dirname, '..');
/** A private copy of the build: others may rebuild build/ while the bench runs. */
const SITE = join(ROOT, 'bench/.work/site');
const SEED = 6;
const SCALE_COUNTS = [10_000, 100_000];
/** A first visit's budget, everything the server sends for it, gzipped (tests/e2e/offline.spec.ts). */
const FIRST_VISIT_BUDGET = 300_000;

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
		'no-build': { type: 'boolean', default: false },
		'lighthouse-runs': { type: 'string', default: '3' },
		only: { type: 'string' }
	}
});
const RUNS = Math.max(1, Number(args.runs) || 5);
const LIGHTHOUSE_RUNS = Math.max(1, Number(args['lighthouse-runs']) || 3);
const started = performance.now();
const log = (msg: string) =>
	console.error(
		`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`
	);

function sh(command: string, argv: string[]): void {
	const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
	if (r.status !== 0) {
		console.error(r.stdout, r.stderr);
		throw new Error(`${command} ${argv.join(' ')} failed (${r.status})`);
	}
}

/** The site, the bench pages and the synthetic data, ready to serve from SITE. */
async function prepare(): Promise<void> {
	if (!args['no-build']) {
		// The test build: the atlas as `npm start` serves it, plus the map's probe the bench reads.
		log('npm run validate && npm run build:test');
		sh('npm', ['run', 'validate']);
		sh('npm', ['run', 'build:test']);
	}
	rmSync(SITE, { recursive: true, force: true });
	cpSync(join(ROOT, 'build-test'), SITE, { recursive: true });
	// The server's load needs the site alone.
	if (args.only === 'load') return;
	cpSync(join(ROOT, CLIENT_MANIFEST), join(SITE, '__bench/manifest.json'));
	log('bench pages (Vite)');
	await buildBenchPages(join(SITE, '__bench'));
	const data = join(SITE, '__bench/data');
	mkdirSync(data, { recursive: true });
	for (const n of SCALE_COUNTS) {
		const events = syntheticClashes(n, SEED);
		writeFileSync(join(data, `clashes-${n}.geojson`), JSON.stringify(events));
		const { archive, tiles } = eventsArchive(events, 'clashes');
		writeFileSync(join(data, `clashes-${n}.pmtiles`), archive);
		log(
			`${n} synthetic events: GeoJSON and PMTiles (${tiles} tiles, ${(archive.length / 1e6).toFixed(1)} MB)`
		);
	}
}

function place(slug: string): { lng: number; lat: number; props: PlaceProperties } {
	const fc = JSON.parse(readFileSync(join(ROOT, 'static/geo/places.geojson'), 'utf8')) as {
		features: { properties: PlaceProperties; geometry: Point }[];
	};
	const f = fc.features.find((x) => x.properties.slug === slug);
	if (!f) throw new Error(`no place ${slug}`);
	const [lng, lat] = f.geometry.coordinates;
	return { lng, lat, props: f.properties };
}

function loadFigures(runs: LoadResult[]): LoadFigures {
	return {
		idle: summarize(runs.map((r) => r.idle)),
		lcp: summarize(runs.map((r) => r.lcp)),
		tbt: summarize(runs.map((r) => r.tbt)),
		js: summarize(runs.map((r) => r.bytes.js)),
		font: summarize(runs.map((r) => r.bytes.font)),
		data: summarize(runs.map((r) => r.bytes.data)),
		all: summarize(runs.map((r) => r.bytes.all)),
		mapMount: summarize(runs.map((r) => r.mapMount)),
		mapTbt: summarize(runs.map((r) => r.mapTbt)),
		mapReady: summarize(runs.map((r) => r.idle - (r.mapMount ?? 0)))
	};
}

/** The burst on the static server, printed. */
async function loadOnServer(): Promise<ServerLoad> {
	log('static server: 1,000 connections at once (autocannon)');
	const figures = await serverLoad(SITE);
	console.log('## The static server under load (`scripts/serve.js`, autocannon)\n');
	console.log(formatServerLoad(figures));
	return figures;
}

async function main(): Promise<void> {
	await prepare();
	if (args.only === 'load') {
		// The other figures of the last full run stay; this one is replaced.
		const file = join(ROOT, 'bench/results.json');
		const last = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
		const figures = await loadOnServer();
		writeFileSync(file, `${JSON.stringify({ ...last, serverLoad: figures }, null, '\t')}\n`);
		console.log('Written: bench/results.json (serverLoad)');
		return;
	}
	const executablePath = findChromium();
	if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
	// Other work on the machine skews every figure: the load average goes into the report.
	const loadBefore = loadavg()[0];
	const { server, origin, traffic } = await startServer(SITE);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const { box, renderer, userAgent } = await mapBox(browser, origin);
		const boxParam = [box.x, box.y, box.width, box.height].map(Math.round).join(',');
		const kulyab = place('kulyab');
		const camera = placeCamera({ lng: kulyab.lng, lat: kulyab.lat } as PlaceSummary);
		const kulyabView =
			'center' in camera ? `&center=${camera.center.join(',')}&zoom=${camera.zoom}` : '';
		const pages = {
			'/': { atlas: `${origin}/`, floor: `${origin}/__bench/floor/?box=${boxParam}` },
			'/place/kulyab': {
				atlas: `${origin}/place/kulyab`,
				floor: `${origin}/__bench/floor/?box=${boxParam}${kulyabView}`
			}
		};

		// A first visit on a phone, its service worker's fetches included: what one shared link
		// costs a reader, with and without Save-Data.
		let firstVisitFigures: Record<string, { bytes: number; afterLoad: number }> | undefined;
		if (!args.only || args.only === 'firstvisit') {
			firstVisitFigures = {};
			for (const saveData of [false, true]) {
				const v = await firstVisit(browser, traffic, pages['/place/kulyab'].atlas, { saveData });
				const name = `phone /place/kulyab${saveData ? ', Save-Data' : ''}`;
				firstVisitFigures[name] = { bytes: v.bytes, afterLoad: v.afterLoadBytes };
				log(`first visit ${name}: ${v.bytes} bytes, ${v.transfers.length} responses`);
			}
			console.log(
				`## First visit, service worker included (budget ${FIRST_VISIT_BUDGET / 1000} KB)\n`
			);
			console.log(
				table(
					['', 'sent, gzipped', 'of it after the load event (the worker)', 'within budget'],
					Object.entries(firstVisitFigures).map(([k, v]) => [
						k,
						`${(v.bytes / 1000).toFixed(1)} KB`,
						`${(v.afterLoad / 1000).toFixed(1)} KB`,
						v.bytes < FIRST_VISIT_BUDGET ? 'yes' : 'NO'
					])
				)
			);
			if (args.only === 'firstvisit') {
				writeFileSync(
					join(ROOT, 'bench/firstvisit.json'),
					`${JSON.stringify({ date: new Date().toISOString(), budget: FIRST_VISIT_BUDGET, firstVisit: firstVisitFigures }, null, '\t')}\n`
				);
				console.log('Written: bench/firstvisit.json');
				return;
			}
		}

		// A range change → the map idle, on the atlas's data and on 100,000 events.
		let rangeFigures: Record<string, ReturnType<typeof summarize>> | undefined;
		if (!args.only || args.only === 'range') {
			const onAtlas: RangeTiming[] = [];
			const on100k: number[] = [];
			for (let run = 1; run <= RUNS; run++) {
				const a = await rangeOnAtlas(browser, origin);
				const b = await rangeOnScale(browser, origin, boxParam, 'clashes-100000.geojson');
				onAtlas.push(...a);
				on100k.push(...b);
				log(
					`range ${run}/${RUNS}: atlas ${a.map((t) => `${Math.round(t.switched)}→${Math.round(t.idle)}`).join('/')} ms, 100k ${b.map(Math.round).join('/')} ms`
				);
			}
			rangeFigures = {
				'atlas (33 events), slider key → markers switched': summarize(
					onAtlas.map((t) => t.switched)
				),
				'atlas (33 events), slider key → map idle': summarize(onAtlas.map((t) => t.idle)),
				'100,000 synthetic events (GeoJSON, zoom 10 markers), filter → idle': summarize(on100k)
			};
			console.log(`## Range change → map idle (${RUNS} runs × 5 changes)\n`);
			console.log(
				table(
					['', 'median (min–max)'],
					Object.entries(rangeFigures).map(([k, v]) => [k, cell(v, 'ms')])
				)
			);
			if (args.only === 'range') {
				writeFileSync(
					join(ROOT, 'bench/range.json'),
					`${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, loadBefore, range: rangeFigures }, null, '\t')}\n`
				);
				console.log('Written: bench/range.json');
				return;
			}
		}

		// Click → place, Back, a layer toggle: the interactions, on a loaded atlas page.
		const clickBackToggle = async (): Promise<InteractionResult[]> => {
			const inter: InteractionResult[] = [];
			for (let run = 1; run <= RUNS; run++) {
				// Ten navigations take a while; the instance count is the same in every run.
				const r = await interactions(browser, origin, [kulyab.lng, kulyab.lat], run === 1);
				inter.push(r);
				log(
					`interactions ${run}/${RUNS}: click ${Math.round(r.clickToNarrative.frame)} ms, back ${Math.round(r.back.frame)} ms, toggle ${r.toggle.map((t) => `${Math.round(t.switched)}→${Math.round(t.idle)}`).join('/')} ms, repaint ${r.repaint.map(Math.round).join('/')} ms`
				);
			}
			return inter;
		};
		if (args.only === 'interactions') {
			const inter = await clickBackToggle();
			const figures = {
				'click on Kulyab → narrative, next frame': summarize(
					inter.map((r) => r.clickToNarrative.frame)
				),
				'Back → narrative, next frame': summarize(inter.map((r) => r.back.frame)),
				'layer toggle → layer switched': summarize(
					inter.flatMap((r) => r.toggle.map((t) => t.switched))
				),
				'layer toggle → map idle': summarize(inter.flatMap((r) => r.toggle.map((t) => t.idle))),
				'one frame, nothing changed → map idle (floor)': summarize(inter.flatMap((r) => r.repaint))
			};
			console.log(`## Interactions (${RUNS} runs)\n`);
			console.log(
				table(
					['', 'median (min–max)'],
					Object.entries(figures).map(([k, v]) => [k, cell(v, 'ms')])
				)
			);
			console.log(`maps created after ten navigations: ${inter[0].instances}`);
			return;
		}

		// The phone: Lighthouse's mobile profile, each load in a fresh browser. On a phone-sized
		// screen the atlas starts MapLibre at the reader's first touch; on the desktop profile it
		// starts when the browser is idle, so the desktop rows show MapLibre's start against the
		// floor's for the same view.
		log(`lighthouse: ${LIGHTHOUSE_RUNS} rounds, mobile and desktop profiles`);
		const kulyabFloor = pages['/place/kulyab'].floor;
		const phone = await lighthouseFigures(
			{
				'mobile /': { url: pages['/'].atlas, formFactor: 'mobile' },
				'mobile /place/kulyab': { url: pages['/place/kulyab'].atlas, formFactor: 'mobile' },
				// The same page in the two other languages: its words, names and dates, no more code.
				'mobile /ru/place/kulyab': {
					url: pages['/place/kulyab'].atlas.replace('/place/', '/ru/place/'),
					formFactor: 'mobile'
				},
				'mobile /tg/place/kulyab': {
					url: pages['/place/kulyab'].atlas.replace('/place/', '/tg/place/'),
					formFactor: 'mobile'
				},
				'mobile floor (Kulyab)': { url: kulyabFloor, formFactor: 'mobile' },
				// The start policies the atlas could have on a phone: at once, when idle (the
				// atlas's choice is at the first touch: the row above).
				'mobile /place/kulyab, map at once': {
					url: `${pages['/place/kulyab'].atlas}?map-start=now`,
					formFactor: 'mobile'
				},
				'mobile /place/kulyab, map when idle': {
					url: `${pages['/place/kulyab'].atlas}?map-start=idle`,
					formFactor: 'mobile'
				},
				'desktop /place/kulyab': { url: pages['/place/kulyab'].atlas, formFactor: 'desktop' },
				'desktop floor (Kulyab)': { url: kulyabFloor, formFactor: 'desktop' },
				'desktop floor without geography': {
					url: `${kulyabFloor}&geography=0`,
					formFactor: 'desktop'
				}
			},
			LIGHTHOUSE_RUNS,
			executablePath,
			log,
			maplibreFiles(join(SITE, '__bench/manifest.json'))
		);
		console.log(`## Lighthouse (mobile and desktop profiles, ${LIGHTHOUSE_RUNS} runs)\n`);
		console.log(formatLighthouse(phone));
		if (args.only === 'lighthouse') {
			writeFileSync(
				join(ROOT, 'bench/lighthouse.json'),
				`${JSON.stringify({ date: new Date().toISOString(), runs: LIGHTHOUSE_RUNS, loadBefore, pages: phone }, null, '\t')}\n`
			);
			console.log('Written: bench/lighthouse.json');
			return;
		}

		// Load figures: atlas and floor alternate within each run, so drift hits both alike.
		// A third load of the atlas draws a blank static map: what the static map costs.
		const loads: Record<string, { atlas: LoadResult[]; floor: LoadResult[]; blank: LoadResult[] }> =
			{};
		for (let run = 1; run <= RUNS; run++) {
			for (const [route, urls] of Object.entries(pages)) {
				loads[route] ??= { atlas: [], floor: [], blank: [] };
				for (const which of ['atlas', 'floor', 'blank'] as const) {
					const r = await coldLoad(browser, traffic, which === 'floor' ? urls.floor : urls.atlas, {
						blankStaticMap: which === 'blank'
					});
					// Without the mark, the map's own start would silently count the page's work too.
					if (which !== 'floor' && r.mapMount === null)
						throw new Error(
							`${route}: the atlas set no "${MAP_MOUNT_MARK}" mark (AtlasMap's onMount)`
						);
					loads[route][which].push(r);
					log(
						`load ${run}/${RUNS} ${route} ${which}: idle ${Math.round(r.idle)} ms, blocking ${Math.round(r.tbt)} ms (${Math.round(r.mapTbt)} after the map mounts)`
					);
				}
			}
		}

		const inter = await clickBackToggle();

		// The zoom-10 pan (every marker drawn) only where the targets look: none and 100,000.
		const conditions = [
			{ name: 'no events', query: '', pans: PANS },
			...SCALE_COUNTS.flatMap((n) => {
				const pans = n >= 100_000 ? PANS : PANS.slice(0, 1);
				const name = n.toLocaleString('en');
				return [
					{ name: `GeoJSON ${name}`, query: `&events=clashes-${n}.geojson&mode=geojson`, pans },
					{ name: `PMTiles ${name}`, query: `&events=clashes-${n}.pmtiles&mode=pmtiles`, pans }
				];
			})
		];
		const scale = new Map<string, ScaleResult[]>(conditions.map((c) => [c.name, []]));
		for (let run = 1; run <= RUNS; run++) {
			for (const c of conditions) {
				const r = await scaleRun(
					browser,
					traffic,
					`${origin}/__bench/scale/?box=${boxParam}${c.query}`,
					c.pans
				);
				scale.get(c.name)!.push(r);
				log(
					`scale ${run}/${RUNS} ${c.name}: idle ${Math.round(r.idle)} ms, ${r.pans.map((p) => `${p.fps.toFixed(1)} fps`).join(', ')}`
				);
			}
		}

		const maplibre = maplibreFiles(join(SITE, '__bench/manifest.json'));
		const partial: Omit<Results, 'targets'> = {
			date: new Date().toISOString(),
			elapsedSeconds: 0,
			runs: RUNS,
			lighthouse: phone,
			machine: {
				cores: availableParallelism(),
				node: process.versions.node,
				userAgent,
				renderer,
				loadBefore,
				loadAfter: loadavg()[0]
			},
			profile: { viewport: VIEWPORT, ...PROFILE },
			mapBox: { x: box.x, y: box.y, width: box.width, height: box.height },
			load: Object.fromEntries(
				Object.entries(loads).map(([route, l]) => [
					route,
					{
						atlas: loadFigures(l.atlas),
						floor: loadFigures(l.floor),
						blankStaticMap: loadFigures(l.blank),
						lcpElements: [
							`atlas ${[...new Set(l.atlas.map((r) => r.lcpElement ?? 'none'))].join(', ')}`,
							`floor ${[...new Set(l.floor.map((r) => r.lcpElement ?? 'none'))].join(', ')}`
						]
					}
				])
			),
			js: Object.fromEntries(
				Object.entries(loads).map(([route, l]) => [
					route,
					jsBeyondMaplibre(l.atlas[0].transfers, SITE, maplibre)
				])
			),
			longTasks: Object.fromEntries(
				Object.entries(loads).map(([route, l]) => [
					route,
					{ atlas: l.atlas[0].longtasks, floor: l.floor[0].longtasks }
				])
			),
			interactions: {
				clickToNarrative: {
					dom: summarize(inter.map((r) => r.clickToNarrative.dom)),
					frame: summarize(inter.map((r) => r.clickToNarrative.frame))
				},
				back: {
					dom: summarize(inter.map((r) => r.back.dom)),
					frame: summarize(inter.map((r) => r.back.frame))
				},
				toggle: summarize(inter.flatMap((r) => r.toggle.map((t) => t.idle))),
				toggleSwitched: summarize(inter.flatMap((r) => r.toggle.map((t) => t.switched))),
				repaint: summarize(inter.flatMap((r) => r.repaint)),
				instances: Math.max(...inter.map((r) => r.instances ?? 0)),
				navigations: Math.max(...inter.map((r) => r.navigations))
			},
			scale: {
				conditions: conditions.map((c) => {
					const rs = scale.get(c.name)!;
					return {
						name: c.name,
						idle: summarize(rs.map((r) => r.idle)),
						rendered: Math.max(...rs.map((r) => r.rendered)),
						bytes: Math.max(...rs.map((r) => r.bytes)),
						pans: Object.fromEntries(
							c.pans.map((p, i) => [p.name, summarize(rs.map((r) => r.pans[i].fps))])
						)
					};
				})
			}
		};
		// After the browser's figures, so that the burst does not skew them.
		const load = await loadOnServer();
		partial.elapsedSeconds = (performance.now() - started) / 1000;
		const results: Results = { ...partial, targets: judge(partial) };
		writeFileSync(
			join(ROOT, 'bench/results.json'),
			`${JSON.stringify({ ...results, range: rangeFigures, serverLoad: load, firstVisit: firstVisitFigures }, null, '\t')}\n`
		);
		console.log(formatReport(results));
		console.log('Written: bench/results.json');
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});

// Keep the private copy out of the way of tools that scan the tree only while it is in use.
process.on('exit', () => {
	if (existsSync(SITE) && process.env.BENCH_KEEP_SITE !== '1')
		rmSync(SITE, { recursive: true, force: true });
});
