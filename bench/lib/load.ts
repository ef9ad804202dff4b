/**
 * Load on the local static server (`scripts/serve.js`, what `npm start` runs): a burst of many
 * concurrent connections over a mix of pages, data and static maps, measured with autocannon.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { table } from './report';

/** What one burst measured. */
export interface ServerLoad {
	date: string;
	/** The machine's 1-minute load average before the burst: the server shares its cores. */
	loadBefore: number;
	connections: number;
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	latencyMs: { p50: number; p99: number; max: number };
	/** Connection errors and timeouts: a request that got no answer. */
	errors: number;
	timeouts: number;
	/** Answers other than 2xx (a 404 of a path in the mix would be one). */
	non2xx: number;
	/** Requests sent that got no answer at all (a connection the server dropped). */
	unanswered: number;
	megabytes: number;
	/** How many paths of each kind the mix cycles through. */
	mix: Record<string, number>;
}

/**
 * The mix: every page in English (places, events, chapters, the rest), a few in the other
 * languages, every static map, the map's data and the downloads, and the app's scripts.
 * @param dir the build
 */
export function loadMix(dir: string): Record<string, string[]> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => f.split('\\').join('/'))
		.filter((f) => !/\.(gz|br)$/.test(f) && !f.startsWith('__bench/') && f.includes('.'));
	const page = (f: string) => `/${f.replace(/(index)?\.html$/, '')}`.replace(/(.)\/$/, '$1');
	return {
		pages: files
			.filter((f) => f.endsWith('.html') && !/^(ru|tg)\//.test(f) && f !== '404.html')
			.map(page),
		'pages in ru and tg': files.filter((f) => /^(ru|tg)\/place\/k.*\.html$/.test(f)).map(page),
		'static maps': files.filter((f) => /^maps\/.*\.svg$/.test(f)).map((f) => `/${f}`),
		data: files
			.filter((f) => /^(geo|data)\/.*\.(geojson|json|csv|jsonld)$/.test(f))
			.map((f) => `/${f}`),
		scripts: files.filter((f) => /^_app\/immutable\/.*\.js$/.test(f)).map((f) => `/${f}`)
	};
}

/** A free loopback port. */
function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const probe = createServer().listen(0, 'localhost', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail()));
		});
	});
}

/**
 * Serves `dir` with `node scripts/serve.js`, as `npm start` does, in a process of its own: in
 * the bench's process the load tool's own work would be counted as the server's. Resolves once
 * it listens, with a way to stop it.
 */
async function startServeProcess(dir: string): Promise<{ port: number; stop: () => void }> {
	const port = await freePort();
	const script = resolve(import.meta.dirname, '../../scripts/serve.js');
	const child = spawn(process.execPath, [script, '--port', String(port), '--dir', dir], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((ok, fail) => {
		child.once('exit', (code) => fail(new Error(`scripts/serve.js exited (${code})`)));
		child.stdout.once('data', () => ok());
	});
	return { port, stop: () => child.kill() };
}

/**
 * Serves `dir` on a free port and sends `perConnection` requests down each of `connections`
 * connections at once, the paths of the mix in turn, as a browser asks (brotli or gzip).
 */
export async function serverLoad(
	dir: string,
	{ connections = 1000, perConnection = 10 } = {}
): Promise<ServerLoad> {
	const mix = loadMix(dir);
	// As a browser sends them: a redirect page's Cyrillic name percent-encoded.
	const paths = Object.values(mix).flat().map(encodeURI);
	if (paths.length < 100)
		throw new Error(`${dir}: only ${paths.length} paths to load; is it built?`);
	const { port, stop } = await startServeProcess(dir);
	const loadBefore = loadavg()[0];
	let next = 0;
	try {
		const result = await autocannon({
			url: `http://localhost:${port}`,
			connections,
			amount: connections * perConnection,
			timeout: 30,
			headers: { 'accept-encoding': 'br, gzip' },
			// One shared turn through the mix, so that the connections ask for different files.
			requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }]
		});
		return {
			date: new Date().toISOString(),
			loadBefore,
			connections,
			requests: result.requests.total,
			seconds: result.duration,
			requestsPerSecond: Math.round(result.requests.average),
			latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
			errors: result.errors,
			timeouts: result.timeouts,
			non2xx: result.non2xx,
			unanswered: result.requests.sent - result.requests.total,
			megabytes: Math.round(result.throughput.total / 1e5) / 10,
			mix: Object.fromEntries(Object.entries(mix).map(([k, v]) => [k, v.length]))
		};
	} finally {
		stop();
	}
}

/** The burst as a Markdown table. */
export function formatServerLoad(l: ServerLoad): string {
	const rows = [
		['connections at once', String(l.connections)],
		['load average before', l.loadBefore.toFixed(1)],
		['requests', `${l.requests} in ${l.seconds.toFixed(1)} s`],
		['requests per second (mean)', String(l.requestsPerSecond)],
		['latency p50 / p99 / max', `${l.latencyMs.p50} / ${l.latencyMs.p99} / ${l.latencyMs.max} ms`],
		[
			'errors, timeouts, non-2xx, unanswered',
			`${l.errors}, ${l.timeouts}, ${l.non2xx}, ${l.unanswered}`
		],
		['sent', `${l.megabytes} MB`],
		[
			'mix',
			Object.entries(l.mix)
				.map(([k, n]) => `${n} ${k}`)
				.join(', ')
		]
	];
	return table(['', ''], rows);
}
