// After `vite build`: what a static host needs beside the files. Writes a gzip and a brotli copy
// of every text file (a host with precompressed files serves them without compressing on each
// request, and at the highest levels, which no host spends on the fly), and `_headers`, the
// caching and Content-Security-Policy rules for Netlify and Cloudflare Pages, which the local
// server (scripts/serve.js) reads too, and `.nojekyll` for GitHub Pages.
//
//   node scripts/postbuild.js [folder]   (default: the one svelte.config.js builds into)
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { formatHeaders, headerRules, isCompressible } from './hosting.js';
import config, { OUT } from '../svelte.config.js';

const gzipped = promisify(gzip);
const brotlied = promisify(brotliCompress);

/**
 * Writes `file.gz` and `file.br` beside each text file of `dir` where they are smaller. Brotli
 * at quality 6: on the atlas's pages a twentieth of quality 9's time, for files under 1 % larger.
 * @param {string} dir
 * @returns {Promise<{ files: number, bytes: number, gzip: number, brotli: number }>}
 */
async function precompress(dir) {
	const sum = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
	const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => isCompressible(path) && statSync(path).isFile());
	/** @param {string} path */
	const one = async (path) => {
		const body = await readFile(path);
		const [gz, br] = await Promise.all([
			gzipped(body, { level: 9 }),
			brotlied(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: 6,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		]);
		sum.files += 1;
		sum.bytes += body.length;
		// A copy no smaller than the file is left out: the host sends the file itself.
		if (gz.length < body.length) await writeFile(`${path}.gz`, gz);
		if (br.length < body.length) await writeFile(`${path}.br`, br);
		sum.gzip += Math.min(gz.length, body.length);
		sum.brotli += Math.min(br.length, body.length);
	};
	// zlib works on libuv's thread pool: a few files at a time keep every core busy.
	for (let i = 0; i < paths.length; i += 16) await Promise.all(paths.slice(i, i + 16).map(one));
	return sum;
}

const dir = process.argv[2] ?? OUT;
if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
	console.error(`No build in ${dir}/: run vite build first, or name the folder to finish`);
	process.exit(1);
}
const base = config.kit?.paths?.base ?? '';
const directives = /** @type {Record<string, string[]>} */ (config.kit?.csp?.directives ?? {});
const sum = await precompress(dir);
const rules = headerRules(dir, { base, directives });
writeFileSync(join(dir, '_headers'), `${formatHeaders(rules)}\n`);
// GitHub Pages runs Jekyll on an upload without it, and Jekyll leaves out `_app/`.
writeFileSync(join(dir, '.nojekyll'), '');
const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(1);
console.log(
	`${dir}/: ${sum.files} text files, ${mb(sum.bytes)} MB; gzip ${mb(sum.gzip)} MB, ` +
		`brotli ${mb(sum.brotli)} MB; _headers: ${rules.length} rules`
);
