/**
 * The static server the tests use (`scripts/serve.js`), with a record of what it sends. It
 * answers HTTP range requests, as the PMTiles reader needs, and sends the build's precompressed
 * copies, as a host does.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { serve } from '../../scripts/serve.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** One response as it went on the wire. */
export interface Transfer {
	/** Path and query. */
	url: string;
	/** Bytes written to the socket for this response: status line, headers and body. */
	bytes: number;
	kind: 'js' | 'font' | 'data' | 'other';
}

/** JavaScript, fonts, data (.geojson, .json, .pmtiles), or anything else (HTML, CSS, images). */
export function kindOf(path: string): Transfer['kind'] {
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (/\.(geo)?json$|\.pmtiles$/.test(path)) return 'data';
	return 'other';
}

/**
 * Counts what the server sends, by response. The bench loads one page at a time, so everything
 * between `start()` and `take()` is that page's, its workers' included, and what the browser
 * took from its own cache is rightly absent.
 */
export class TrafficRecorder {
	#log: Transfer[] | null = null;

	/** Starts a new record. */
	start(): void {
		this.#log = [];
	}

	/** What has been sent since `start()`, responses finished so far. */
	take(): Transfer[] {
		return [...(this.#log ?? [])];
	}

	/** Wraps one request: the socket's byte count before and after its response. */
	track(req: IncomingMessage, res: ServerResponse): void {
		const socket = req.socket;
		const before = socket.bytesWritten;
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		res.once('finish', () => {
			// HTTP/1.1 without pipelining: one response at a time on a socket.
			this.#log?.push({
				url: req.url ?? '/',
				bytes: socket.bytesWritten - before,
				kind: kindOf(path)
			});
		});
	}
}

/** Serves `dir` on a free loopback port; resolves with the server, its origin and its record. */
export async function startServer(
	dir: string
): Promise<{ server: Server; origin: string; traffic: TrafficRecorder }> {
	const traffic = new TrafficRecorder();
	const server = await serve({ port: 0, dir });
	const [staticHandler] = server.listeners('request') as Handler[];
	server.removeAllListeners('request');
	server.on('request', (req: IncomingMessage, res: ServerResponse) => {
		traffic.track(req, res);
		staticHandler(req, res);
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { server, origin: `http://localhost:${port}`, traffic };
}
