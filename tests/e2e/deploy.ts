/**
 * A new deploy, made cheaply from the test build: a copy whose version differs, whose chunk that
 * carries the version has a new hashed name (every reference to it rewritten), and whose list of
 * places is headed "Places (new)". That is what a reader's open tab meets after a deploy: a new
 * version file, chunks of other names, a service worker that differs, changed words; building
 * the site a second time would take minutes for the same.
 */
import {
	cpSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The new deploy's heading of the list of places, in English. */
export const NEW_PLACES_HEADING = 'Places (new)';

/** The `'sha256-…'` source of a Content-Security-Policy that allows this inline script. */
function cspHash(script: string): string {
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** The contents of a page's inline scripts, in order. */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/**
 * Writes the next deploy of the build at `from` into `to`; returns its version and the new
 * name of the renamed chunk.
 */
export function nextDeploy(from: string, to: string): { version: string; chunk: string } {
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	const old = (
		JSON.parse(readFileSync(join(to, '_app/version.json'), 'utf8')) as { version: string }
	).version;
	const version = `${old}2`;
	// The build's precompressed copies would still hold the old text, and a server prefers them:
	// this deploy goes without (a host compresses on the fly).
	for (const file of walk(to)) if (/\.(br|gz)$/.test(file)) rmSync(file);
	const files = walk(to);
	const carrier = files.find(
		(f) => /_app\/immutable\/chunks\/[^/]+\.js$/.test(f) && readFileSync(f, 'utf8').includes(old)
	);
	if (!carrier) throw new Error(`no chunk of ${from} carries its version ${old}`);
	const oldName = basename(carrier);
	const chunk = `N3wD3pl0y.js`;
	renameSync(carrier, join(dirname(carrier), chunk));
	for (const file of walk(to)) {
		if (!/\.(html|js|json)$/.test(file)) continue;
		const text = readFileSync(file, 'utf8');
		let next = text.replaceAll(old, version).replaceAll(oldName, chunk);
		// The words: the language's messages file, and its copy inlined in each page for hydration.
		next = next
			.replace('"places_heading":"Places"', `"places_heading":"${NEW_PLACES_HEADING}"`)
			.replace(
				'\\"places_heading\\":\\"Places\\"',
				`\\"places_heading\\":\\"${NEW_PLACES_HEADING}\\"`
			);
		if (file.endsWith('.html')) {
			next = next.replace(/(<h2 id="places-heading"[^>]*>)Places</, `$1${NEW_PLACES_HEADING}<`);
			// The page's Content-Security-Policy names its inline script by hash, as Kit wrote it.
			const before = inlineScripts(text);
			inlineScripts(next).forEach((script, i) => {
				if (script !== before[i]) next = next.replace(cspHash(before[i]), cspHash(script));
			});
		}
		if (next !== text) writeFileSync(file, next);
	}
	return { version, chunk };
}

/** Points the link `site` at `target`, as a deploy that switches folders does. */
export function pointAt(site: string, target: string): void {
	rmSync(site, { force: true });
	symlinkSync(target, site);
}
