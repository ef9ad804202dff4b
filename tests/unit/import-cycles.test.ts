/**
 * No import cycle in `src/lib`, and the data model (`geo`) imports nothing of the content.
 * A cycle makes the order modules initialise in depend on which one is imported first, and
 * ties layers together that are meant to change apart: the content and its checks sit on the
 * geo data model, never the other way. The graph is read from the import statements
 * (type-only imports included: they tie the modules' designs together just the same).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIB = join(ROOT, 'src/lib');

/** Module → the modules it imports, as paths relative to the repository with `/`. */
type Graph = Map<string, string[]>;

/** The specifiers of every `import … from`, `export … from`, `import '…'` and `import('…')`. */
function specifiers(code: string): string[] {
	const found = [
		...code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
		...code.matchAll(/\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]/g)
	];
	return found.map((m) => m[1]);
}

const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.svelte.ts', '/index.ts', '/index.js'];

/** The file a specifier names, or null for a package or a file outside the list. */
function resolveSpecifier(from: string, specifier: string, files: Set<string>): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = join('src/lib', specifier.slice('$lib/'.length));
	else if (specifier.startsWith('.')) base = join(dirname(from), specifier);
	else return null;
	base = base.split(sep).join('/');
	for (const ext of EXTENSIONS) if (files.has(base + ext)) return base + ext;
	return null;
}

/** The import graph of the modules under `dir` (tests left out: nothing imports them). */
function importGraph(dir: string): Graph {
	const files = new Set(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.map((name) => relative(ROOT, resolve(dir, name)).split(sep).join('/'))
			.filter((name) => /\.(ts|js|svelte)$/.test(name) && !/\.(test|spec)\.ts$/.test(name))
	);
	const graph: Graph = new Map();
	for (const file of [...files].sort()) {
		const code = readFileSync(join(ROOT, file), 'utf8');
		const targets = specifiers(code).flatMap((s) => resolveSpecifier(file, s, files) ?? []);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/**
 * Every cycle's modules (the strongly connected components of more than one module, or one
 * that imports itself), each sorted, found with Tarjan's algorithm.
 */
function cycles(graph: Graph): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string): void => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || (graph.get(node) ?? []).includes(node))
			found.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

/** `from → to` for every import of a module under `fromDir` of one under `toDir`. */
function crossings(graph: Graph, fromDir: string, toDir: string): string[] {
	return [...graph].flatMap(([from, targets]) =>
		from.startsWith(fromDir)
			? targets.filter((t) => t.startsWith(toDir)).map((t) => `${from} → ${t}`)
			: []
	);
}

describe('the import graph of src/lib', () => {
	const graph = importGraph(LIB);

	it('reads the imports it is meant to', () => {
		// A reader that found no edge would find no cycle either.
		expect(graph.get('src/lib/content/atlas.ts')).toContain('src/lib/geo/validate.ts');
		expect(graph.size).toBeGreaterThan(50);
	});

	it('has no cycle', () => {
		expect(cycles(graph)).toEqual([]);
	});

	it('has geo import nothing of content: the content sits on the data model', () => {
		expect(crossings(graph, 'src/lib/geo/', 'src/lib/content/')).toEqual([]);
	});
});

describe('the cycle finder', () => {
	const graph = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

	it('finds a cycle through several modules, and only its members', () => {
		expect(
			cycles(
				graph({
					atlas: ['chapters'],
					chapters: ['camera'],
					camera: ['summary'],
					summary: ['atlas', 'x'],
					x: []
				})
			)
		).toEqual([['atlas', 'camera', 'chapters', 'summary']]);
	});

	it('finds a module importing itself, and none in a graph without cycles', () => {
		expect(cycles(graph({ a: ['a'] }))).toEqual([['a']]);
		expect(cycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
	});

	it('reads every form of import', () => {
		const code = [
			"import { a } from './a';",
			"import type {\n\tB\n} from '$lib/b';",
			"export { c } from '../c';",
			"import './d.css';",
			"const e = await import('./e');"
		].join('\n');
		expect(specifiers(code).sort()).toEqual(['$lib/b', '../c', './a', './d.css', './e']);
	});
});
