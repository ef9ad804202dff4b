/**
 * Lighthouse's mobile profile (simulated 4× CPU slowdown and slow 4G, a Moto G-sized screen):
 * how a reader on a cheap phone meets the atlas. Each run launches a fresh Chromium
 * with an empty profile, so every load is cold; the pages alternate within a run so that drift
 * on the machine hits them alike.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { summarize, type Summary } from './stats';
import { table } from './report';

/** What Lighthouse says of one load. */
export interface LighthouseRun {
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
	/** Main-thread work, all of it (ms, simulated). */
	mainThread: number;
	/** Script evaluation and parsing in the MapLibre chunk (ms): the map's share. */
	maplibreBootup: number;
	lcpElement: string | null;
}

export interface LighthouseFigures {
	score: Summary | null;
	fcp: Summary | null;
	lcp: Summary | null;
	tbt: Summary | null;
	cls: Summary | null;
	speedIndex: Summary | null;
	mainThread: Summary | null;
	maplibreBootup: Summary | null;
	lcpElements: string[];
}

/** The flags Chromium needs here: no sandbox in a container, WebGL in software. */
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

interface Audit {
	numericValue?: number;
	details?: { items?: { url?: string; scripting?: number; scriptParseCompile?: number }[] };
}

/** Lighthouse's two profiles: a mid-range phone on slow 4G, and a desktop on cable. */
export type FormFactor = 'mobile' | 'desktop';

/**
 * One cold Lighthouse load of `url` in the mobile (default) or desktop profile. MapLibre's
 * script time is that of the scripts whose URL names MapLibre (the floor's) or ends with one
 * of `maplibreFiles` (the atlas's chunk, whose name is a hash).
 */
export async function lighthouseRun(
	url: string,
	chromePath: string,
	formFactor: FormFactor = 'mobile',
	maplibreFiles: ReadonlySet<string> = new Set()
): Promise<LighthouseRun> {
	const chrome = await launch({ chromePath, chromeFlags: FLAGS });
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' },
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
		const audit = (id: string) => lhr.audits[id] as Audit | undefined;
		const value = (id: string) => audit(id)?.numericValue ?? NaN;
		const bootup = audit('bootup-time')?.details?.items ?? [];
		const maplibre = bootup
			.filter(
				(i) =>
					/maplibre/i.test(i.url ?? '') ||
					[...maplibreFiles].some((file) => (i.url ?? '').endsWith(`/${file}`))
			)
			.reduce((sum, i) => sum + (i.scripting ?? 0) + (i.scriptParseCompile ?? 0), 0);
		const lcpItems = (
			lhr.audits['largest-contentful-paint-element']?.details as
				{ items?: { items?: { node?: { selector?: string } }[] }[] } | undefined
		)?.items;
		return {
			score: lhr.categories.performance.score ?? NaN,
			fcp: value('first-contentful-paint'),
			lcp: value('largest-contentful-paint'),
			tbt: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			speedIndex: value('speed-index'),
			mainThread: value('mainthread-work-breakdown'),
			maplibreBootup: maplibre,
			lcpElement: lcpItems?.[0]?.items?.[0]?.node?.selector ?? null
		};
	} finally {
		chrome.kill();
	}
}

/** `runs` interleaved rounds over `pages` (name → URL and profile), each page once per round. */
export async function lighthouseFigures(
	pages: Record<string, { url: string; formFactor: FormFactor }>,
	runs: number,
	chromePath: string,
	log: (msg: string) => void,
	maplibreFiles: ReadonlySet<string> = new Set()
): Promise<Record<string, LighthouseFigures>> {
	const all: Record<string, LighthouseRun[]> = {};
	for (let run = 1; run <= runs; run++) {
		for (const [name, { url, formFactor }] of Object.entries(pages)) {
			const r = await lighthouseRun(url, chromePath, formFactor, maplibreFiles);
			(all[name] ??= []).push(r);
			log(
				`lighthouse ${run}/${runs} ${name}: score ${r.score}, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms`
			);
		}
	}
	return Object.fromEntries(
		Object.entries(all).map(([name, rs]) => {
			const pick = (key: keyof Omit<LighthouseRun, 'lcpElement'>) =>
				summarize(rs.map((r) => r[key]));
			return [
				name,
				{
					score: pick('score'),
					fcp: pick('fcp'),
					lcp: pick('lcp'),
					tbt: pick('tbt'),
					cls: pick('cls'),
					speedIndex: pick('speedIndex'),
					mainThread: pick('mainThread'),
					maplibreBootup: pick('maplibreBootup'),
					lcpElements: [...new Set(rs.map((r) => r.lcpElement ?? 'none'))]
				}
			];
		})
	);
}

/** The figures as a Markdown table: median (min–max) per page. */
export function formatLighthouse(figures: Record<string, LighthouseFigures>): string {
	const ms = (s: Summary | null) =>
		s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : 'n/a';
	const dec = (s: Summary | null, digits: number) =>
		s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : 'n/a';
	const rows = Object.entries(figures).map(([name, f]) => [
		name,
		dec(f.score, 2),
		ms(f.fcp),
		ms(f.lcp),
		ms(f.tbt),
		dec(f.cls, 3),
		ms(f.speedIndex),
		ms(f.mainThread),
		ms(f.maplibreBootup),
		f.lcpElements.join(', ')
	]);
	return table(
		[
			'page',
			'score',
			'FCP ms',
			'LCP ms',
			'TBT ms',
			'CLS',
			'Speed Index ms',
			'main thread ms',
			'MapLibre script ms',
			'LCP element'
		],
		rows
	);
}
