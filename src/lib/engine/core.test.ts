/**
 * The core entry must stay free of mathjs (and of every other package): the main thread imports it for
 * real, and mathjs would otherwise enter the page's bundle. This walks the import graph from the source
 * text, following relative imports. Type-only statements (`import type`, `export type`) are skipped, since
 * they vanish at build time; any other import, even one naming only types, is followed.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * `from '…'` of every import / re-export statement that is not type-only, and (unless `dynamic` is false)
 * every `import('…')`.
 */
function specifiers(source: string, dynamic = true): string[] {
	const out: string[] = [];
	const statement = /^\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s+'([^']+)'/gms;
	for (const m of source.matchAll(statement)) if (!m[2]) out.push(m[3]!);
	for (const m of source.matchAll(/^\s*import\s+'([^']+)'/gm)) out.push(m[1]!);
	if (dynamic) for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push(m[1]!);
	return out;
}

/**
 * Every module reached from `entry` (absolute paths) and every package any of them imports; with `dynamic`
 * false, only what loads with the entry (no `import()`). JSON modules are leaves.
 */
function graph(entry: string, dynamic = true): { modules: Set<string>; packages: Map<string, string> } {
	const modules = new Set<string>();
	const packages = new Map<string, string>();
	const visit = (file: string) => {
		if (modules.has(file)) return;
		modules.add(file);
		if (file.endsWith('.json')) return;
		for (const spec of specifiers(readFileSync(file, 'utf8'), dynamic)) {
			if (spec.startsWith('.')) {
				const target = resolve(dirname(file), spec);
				visit(/\.(ts|json)$/.test(target) ? target : `${target}.ts`);
			} else packages.set(spec, file);
		}
	};
	visit(entry);
	return { modules, packages };
}

describe('the engine core entry', () => {
	it('imports no package, so mathjs cannot reach the main thread through it', () => {
		const { modules, packages } = graph(resolve(here, 'core.ts'));
		expect(modules.size).toBeGreaterThan(5);
		expect([...packages].map(([name, file]) => `${name} (from ${file})`)).toEqual([]);
	});

	it('is checked by a walker that does find mathjs behind the full entry', () => {
		const { packages } = graph(resolve(here, 'index.ts'));
		expect([...packages.keys()].some((name) => name === 'mathjs' || name.startsWith('mathjs/'))).toBe(true);
	});

	it('has a sibling, the worker runtime entry, that reaches mathjs only through import()', () => {
		const isMathjs = (name: string) => name === 'mathjs' || name.startsWith('mathjs/');
		const loadedWithPage = graph(resolve(here, 'runtime.ts'), false);
		expect(loadedWithPage.modules.size).toBeGreaterThan(5);
		expect([...loadedWithPage.packages.keys()].filter(isMathjs)).toEqual([]);
		expect([...graph(resolve(here, 'runtime.ts')).packages.keys()].some(isMathjs)).toBe(true);
	});

	it('skips type-only statements and follows the rest', () => {
		const source = [
			"import type { A } from './a';",
			"export type { B } from './b';",
			"import { c, type C } from './c';",
			"export {\n\td,\n\ttype D\n} from './d';",
			"import './e';",
			"const f = import('./f');"
		].join('\n');
		expect(specifiers(source).sort()).toEqual(['./c', './d', './e', './f']);
		expect(specifiers(source, false).sort()).toEqual(['./c', './d', './e']);
	});
});
