/**
 * The bench's results as data (bench/results.json) and as the printed tables, with the issue's
 * targets judged met or not. Tables are Markdown, so the README can take them as printed.
 */
import type { Summary } from './stats';
import type { JsWeight } from './jsweight';
import { formatLighthouse, type LighthouseFigures } from './lighthouse';
import { MAP_MOUNT_MARK } from '../../src/lib/map/code';

export interface LoadFigures {
	idle: Summary | null;
	lcp: Summary | null;
	tbt: Summary | null;
	js: Summary | null;
	font: Summary | null;
	data: Summary | null;
	all: Summary | null;
	/** ms from navigation start to the map's mount (the atlas's hydration done; null on the floor). */
	mapMount: Summary | null;
	/** Blocking time of the long tasks after the map mounts (the floor: all of its blocking time). */
	mapTbt: Summary | null;
	/** ms from the map's mount to its first full render (the floor: from navigation start). */
	mapReady: Summary | null;
}

export interface Results {
	date: string;
	elapsedSeconds: number;
	runs: number;
	/** Lighthouse's mobile profile, per page. */
	lighthouse: Record<string, LighthouseFigures>;
	machine: {
		cores: number;
		node: string;
		userAgent: string;
		renderer: string;
		/** 1-minute load average when measuring started and when it ended. */
		loadBefore: number;
		loadAfter: number;
	};
	profile: {
		viewport: { width: number; height: number };
		cpuSlowdown: number;
		latencyMs: number;
		downloadMbps: number;
		uploadMbps: number;
	};
	mapBox: { x: number; y: number; width: number; height: number };
	load: Record<
		string,
		{
			atlas: LoadFigures;
			floor: LoadFigures;
			/** The atlas with a blank static map (a diagnosis: what drawing the static map costs). */
			blankStaticMap: LoadFigures;
			lcpElements: string[];
		}
	>;
	js: Record<string, JsWeight>;
	longTasks: Record<string, { atlas: [number, number][]; floor: [number, number][] }>;
	interactions: {
		clickToNarrative: { dom: Summary | null; frame: Summary | null };
		back: { dom: Summary | null; frame: Summary | null };
		toggle: Summary | null;
		toggleSwitched: Summary | null;
		repaint: Summary | null;
		instances: number;
		navigations: number;
	};
	scale: {
		conditions: {
			name: string;
			idle: Summary | null;
			rendered: number;
			bytes: number;
			pans: Record<string, Summary | null>;
		}[];
	};
	targets: Target[];
}

export interface Target {
	target: string;
	met: boolean | null;
	detail: string;
}

export const LOAD_FIGURES: { key: keyof LoadFigures; label: string; unit: 'ms' | 'kB' }[] = [
	{ key: 'idle', label: 'first full render (idle)', unit: 'ms' },
	{ key: 'lcp', label: 'Largest Contentful Paint', unit: 'ms' },
	{ key: 'tbt', label: 'total blocking time', unit: 'ms' },
	{ key: 'js', label: 'bytes: JavaScript', unit: 'kB' },
	{ key: 'font', label: 'bytes: fonts', unit: 'kB' },
	{ key: 'data', label: 'bytes: data (.geojson/.json)', unit: 'kB' },
	{ key: 'all', label: 'bytes: all', unit: 'kB' }
];

/**
 * The map's own start: what the main thread does from the atlas's map mount on, against the whole
 * floor ("MapLibre's start at the floor"). Judged apart from the load figures, which
 * also count the page's own work before the mount.
 */
export const MAP_START_FIGURES: { key: keyof LoadFigures; label: string; unit: 'ms' }[] = [
	{ key: 'mapTbt', label: 'blocking time after the map mounts', unit: 'ms' },
	{ key: 'mapReady', label: 'map mount → first full render', unit: 'ms' }
];

const fmt = (v: number, unit: 'ms' | 'kB' | 'fps') =>
	unit === 'kB' ? (v / 1000).toFixed(1) : unit === 'fps' ? v.toFixed(1) : Math.round(v).toString();

/** "median (min–max)", or "n/a". */
export function cell(s: Summary | null, unit: 'ms' | 'kB' | 'fps'): string {
	if (!s) return 'n/a';
	return `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

function ratio(a: Summary | null, b: Summary | null): number | null {
	if (!a || !b) return null;
	if (b.median === 0) return a.median === 0 ? 1 : Infinity;
	return a.median / b.median;
}

/** A Markdown table with padded columns. */
export function table(head: string[], rows: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => `| ${r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
	return [
		line(head),
		`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
		...rows.map(line)
	].join('\n');
}

/** Judges the issue's targets (#6 §5) on the results. */
export function judge(r: Omit<Results, 'targets'>): Target[] {
	const targets: Target[] = [];
	for (const [route, { atlas, floor }] of Object.entries(r.load)) {
		const over: string[] = [];
		const within: string[] = [];
		for (const { key, label } of LOAD_FIGURES) {
			const x = ratio(atlas[key], floor[key]);
			if (x === null) continue;
			(x <= 1.25 ? within : over).push(`${label} ×${x === Infinity ? '∞' : x.toFixed(2)}`);
		}
		targets.push({
			target: `${route}: atlas load figures ≤ 1.25× floor`,
			met: over.length === 0,
			detail: over.length ? `over: ${over.join(', ')}` : `all within (${within.length})`
		});
	}
	for (const [route, { atlas, floor }] of Object.entries(r.load)) {
		const figures = MAP_START_FIGURES.map(({ key, label }) => ({
			label,
			x: ratio(atlas[key], floor[key])
		}));
		if (figures.some(({ x }) => x === null)) continue;
		targets.push({
			target: `${route}: the map's own start (from its mount) ≤ 1.25× floor`,
			met: figures.every(({ x }) => x! <= 1.25),
			detail: figures.map(({ label, x }) => `${label} ×${x!.toFixed(2)}`).join(', ')
		});
	}
	const place = r.js['/place/kulyab'];
	if (place) {
		targets.push({
			target: 'JS beyond maplibre-gl ≤ 60 kB gzip (place page)',
			met: place.gzip <= 60_000,
			detail: `${(place.gzip / 1000).toFixed(1)} kB gzip in ${place.files.length} files`
		});
	}
	const click = r.interactions.clickToNarrative.frame;
	targets.push({
		target: 'click → narrative < 100 ms (median, next frame)',
		met: click ? click.median < 100 : null,
		detail: `${cell(click, 'ms')} ms; in the DOM ${cell(r.interactions.clickToNarrative.dom, 'ms')} ms`
	});
	const toggle = r.interactions.toggle;
	targets.push({
		target: 'layer toggle → map idle < 50 ms (median)',
		met: toggle ? toggle.median < 50 : null,
		detail: `${cell(toggle, 'ms')} ms; layer switched ${cell(r.interactions.toggleSwitched, 'ms')} ms; one frame with nothing changed ${cell(r.interactions.repaint, 'ms')} ms`
	});
	targets.push({
		target: 'one map instance over 10 navigations',
		met: r.interactions.instances === 1,
		detail: `${r.interactions.instances} instance(s) after ${r.interactions.navigations} navigations`
	});
	const base = r.scale.conditions.find((c) => c.name === 'no events');
	for (const mode of ['GeoJSON', 'PMTiles']) {
		const c = r.scale.conditions.find((x) => x.name === `${mode} 100,000`);
		if (!base || !c) continue;
		for (const [pan, s] of Object.entries(c.pans)) {
			const b = base.pans[pan];
			const x = ratio(s, b);
			targets.push({
				target: `${mode} 100k: pan fps ≥ 90% of no events (${pan})`,
				met: x === null ? null : x >= 0.9,
				detail: `${cell(s, 'fps')} vs ${cell(b, 'fps')} fps = ${x === null ? 'n/a' : `${Math.round(x * 100)}%`}`
			});
		}
		const d = c.idle && base.idle ? c.idle.median - base.idle.median : null;
		targets.push({
			target: `${mode} 100k: first render ≤ no events + 1 s`,
			met: d === null ? null : d <= 1000,
			detail: `${cell(c.idle, 'ms')} vs ${cell(base.idle, 'ms')} ms = +${d === null ? 'n/a' : Math.round(d)} ms`
		});
	}
	return targets;
}

/** The printed report. */
export function formatReport(r: Results): string {
	const out: string[] = [];
	const p = r.profile;
	out.push(
		`Tajikistan Peace Atlas benchmark, ${r.date}: median (min–max) of ${r.runs} runs.`,
		`Chromium ${/Chrome\/([\d.]+)/.exec(r.machine.userAgent)?.[1] ?? '?'}, ${r.machine.cores} cores, Node ${r.machine.node}; WebGL renderer: ${r.machine.renderer}`,
		`Load average (1 min) at start ${r.machine.loadBefore.toFixed(2)}, at end ${r.machine.loadAfter.toFixed(2)}${Math.max(r.machine.loadBefore, r.machine.loadAfter) > r.machine.cores * 0.75 ? ': the machine was busy with other work, figures are noisier than usual' : ''}.`,
		'',
		`Load, cold (fresh context, empty cache): viewport ${p.viewport.width}×${p.viewport.height}, CPU ${p.cpuSlowdown}× slower, network ${p.latencyMs} ms latency, ${p.downloadMbps} Mbit/s down, ${p.uploadMbps} Mbit/s up (DevTools emulation; compressed as scripts/serve.js sends: gzip for text, JSON and GeoJSON). Floor = MapLibre + the same style, basemap, fonts and places, nothing else.`,
		''
	);
	const rows: string[][] = [];
	const shown = (x: number | null) => (x === null ? 'n/a' : x === Infinity ? '∞' : x.toFixed(2));
	for (const [route, { atlas, floor, blankStaticMap: blank }] of Object.entries(r.load)) {
		for (const { key, label, unit } of LOAD_FIGURES) {
			rows.push([
				route,
				`${label} (${unit})`,
				cell(atlas[key], unit),
				cell(floor[key], unit),
				shown(ratio(atlas[key], floor[key])),
				cell(blank[key], unit),
				shown(ratio(blank[key], floor[key]))
			]);
		}
	}
	out.push(
		table(
			['page', 'figure', 'atlas', 'floor', 'atlas/floor', 'atlas, blank static map', 'blank/floor'],
			rows
		),
		'',
		'"Blank static map": the atlas with every static map answered by an empty SVG of the same size, to show what drawing it costs; not judged against the targets.',
		'',
		`The map's own start: the atlas's long tasks split at its map's mount (the User Timing mark "${MAP_MOUNT_MARK}", set as hydration ends): before it the page's own work, after it the map's. The floor is nothing but its map: all of its blocking time, and its first full render from navigation start.`,
		'',
		table(
			['page', 'figure', 'atlas', 'floor', 'atlas/floor'],
			Object.entries(r.load).flatMap(([route, { atlas, floor }]) => [
				[route, 'map mount (ms)', cell(atlas.mapMount, 'ms'), '–', '–'],
				...MAP_START_FIGURES.map(({ key, label, unit }) => [
					route,
					`${label} (${unit})`,
					cell(atlas[key], unit),
					cell(floor[key], unit),
					shown(ratio(atlas[key], floor[key]))
				])
			])
		),
		''
	);
	out.push(
		'Lighthouse 12: mobile profile (simulated 4× CPU, slow 4G) and desktop profile, each load in a fresh Chromium.',
		'',
		formatLighthouse(r.lighthouse),
		''
	);
	for (const [route, { lcpElements }] of Object.entries(r.load)) {
		out.push(`LCP element on ${route}: ${lcpElements.join('; ')}`);
	}
	out.push('');
	out.push(
		table(
			[
				'page',
				'JS beyond maplibre-gl (gzip -9)',
				'files',
				'largest',
				'maplibre-gl (gzip, for scale)'
			],
			Object.entries(r.js).map(([route, w]) => [
				route,
				`${(w.gzip / 1000).toFixed(1)} kB (${(w.raw / 1000).toFixed(1)} kB raw)`,
				String(w.files.length),
				w.files
					.slice(0, 2)
					.map((f) => `${f.path.split('/').pop()} ${(f.gzip / 1000).toFixed(1)} kB`)
					.join(', '),
				`${(w.maplibreGzip / 1000).toFixed(1)} kB`
			])
		),
		''
	);
	const i = r.interactions;
	out.push(
		'Interactions on a loaded atlas page (no throttling): click Kulyab on the map from /place/kurgan-tyube, Back, toggle "OSCE offices" twice, ten navigations through the place list.',
		'',
		table(
			['interaction', 'ms (in the DOM / idle)', 'ms (next frame starts)'],
			[
				[
					'click on a place → its narrative visible',
					cell(i.clickToNarrative.dom, 'ms'),
					cell(i.clickToNarrative.frame, 'ms')
				],
				['Back → previous place shown', cell(i.back.dom, 'ms'), cell(i.back.frame, 'ms')],
				['layer toggle → the style layer switched', cell(i.toggleSwitched, 'ms'), '–'],
				['layer toggle → map idle with the change', cell(i.toggle, 'ms'), '–'],
				['one frame, nothing changed → map idle (the floor)', cell(i.repaint, 'ms'), '–'],
				[`map instances after ${i.navigations} navigations`, String(i.instances), '–']
			]
		),
		''
	);
	const panNames = [...new Set(r.scale.conditions.flatMap((c) => Object.keys(c.pans)))];
	out.push(
		'Scale: synthetic clashes (seeded, inside Tajikistan) through addEventLayer (GeoJSON, clustered to z9) or addEventLayerFromPMTiles (the same points, clustered at bench time); no throttling. Pan = 3 s panBy, frames counted with requestAnimationFrame.',
		'',
		table(
			[
				'events',
				'first render (ms)',
				'drawn',
				'bytes (kB)',
				...panNames.map((n) => `pan fps: ${n}`)
			],
			r.scale.conditions.map((c) => [
				c.name,
				cell(c.idle, 'ms'),
				String(c.rendered),
				(c.bytes / 1000).toFixed(0),
				...panNames.map((n) => (n in c.pans ? cell(c.pans[n], 'fps') : '–'))
			])
		),
		''
	);
	out.push(
		'Targets (#6), reported, not asserted:',
		'',
		table(
			['target', 'met', 'figures'],
			r.targets.map((t) => [t.target, t.met === null ? 'n/a' : t.met ? 'met' : 'NOT met', t.detail])
		),
		'',
		`Elapsed: ${Math.round(r.elapsedSeconds)} s`
	);
	return out.join('\n');
}
