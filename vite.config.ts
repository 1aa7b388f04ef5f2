import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ChunkingContext } from 'rolldown';
import { defineConfig, type Plugin } from 'vitest/config';
import { canonicalJson, modelHash } from './src/lib/scenarios/hash';
import { sourcesOf, withoutDocs } from './src/lib/view/model-docs';
import type { Model } from './src/lib/engine';

const BUILTIN_MODEL = 'virtual:builtin-model';

/** False (no import-time effects) for the app's own TypeScript modules: see `treeshake` below. */
const ownModulesPure = (id: string) => !(id.includes('/src/lib/') && /\.(ts|js)$/.test(id));

/** SHA-256 of `text` (UTF-8), hex: the digest src/lib/worker/shipped-model.ts computes in the worker. */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The modules every visit to the overview `/` runs first: SvelteKit's client entry and its table of pages
 * (`app.js`, with the hooks and the root component), the root layout, the root error page (SvelteKit loads it
 * up front) and the overview page. Named by file, not by SvelteKit's node numbers, which move when a route
 * is added.
 */
const OVERVIEW_ROOTS = [
	/[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/,
	/[\\/]generated[\\/]client-optimized[\\/]app\.js$/,
	/[\\/]src[\\/]routes[\\/]\+(page|layout)\.(svelte|ts)$/,
	/[\\/]src[\\/]routes[\\/]\+error\.svelte$/
];

/**
 * Whether `code` only passes other modules' exports on (`export * from`, `export { a } from`): a barrel such
 * as `$lib/view/index.ts` or Paraglide's `messages.js`. A static import of a barrel says nothing about which of
 * its modules the importer uses (the tree-shaker drops the rest), so the walk below does not go through them.
 */
function isBarrel(code: string | null | undefined): boolean {
	if (!code) return false;
	const rest = code
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\/\/[^\n]*/g, '')
		.replace(/export\s+(type\s+)?(\*(\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])[^'"]*\4\s*;?/g, '')
		.replace(/import\s+(type\s+)?[^'";]*from\s*(['"])[^'"]*\2\s*;?/g, '');
	return rest.trim() === '';
}

/**
 * Output chunk name `overview` for a module the overview imports statically (an unbroken chain of static
 * imports from one of `OVERVIEW_ROOTS`), else null (left to the automatic chunking).
 *
 * Why: left alone, the bundler cuts what `/` loads into ~50 files, many under 1 KB, and gzip compresses each
 * on its own (issue 11: 118.9 KB separately against 107.1 KB as one stream). One chunk for all of them
 * compresses as a whole and is one request. Modules imported only through `import()` (Monte Carlo, the
 * editor, the scenario layer, other pages) are not on a static chain from the roots, so they stay lazy.
 * Other pages load this chunk too (they need the layout's part of it anyway).
 */
function overviewChunkName(): (id: string, ctx: ChunkingContext) => string | null {
	const memo = new Map<string, boolean>();
	const reaches = (id: string, ctx: ChunkingContext, seen: Set<string>): boolean => {
		const known = memo.get(id);
		if (known !== undefined) return known;
		if (OVERVIEW_ROOTS.some((root) => root.test(id))) return true;
		if (seen.has(id)) return false;
		seen.add(id);
		const importers = (ctx.getModuleInfo(id)?.importers ?? []).filter(
			(importer) => !isBarrel(ctx.getModuleInfo(importer)?.code)
		);
		const result = importers.some((importer) => reaches(importer, ctx, seen));
		// A `false` found inside a cycle may only mean the walk came back to where it started: memoise only truths
		// and answers from the top of a walk.
		if (result) memo.set(id, true);
		return result;
	};
	return (id, ctx) => {
		const result = reaches(id, ctx, new Set());
		memo.set(id, result);
		return result ? 'overview' : null;
	};
}

/** The `overview` chunk (see `overviewChunkName`), in the browser's build only (the server's has no use for it). */
function overviewChunk(): Plugin {
	let ssr = false;
	return {
		name: 'overview-chunk',
		apply: 'build',
		configResolved: (config) => {
			ssr = Boolean(config.build.ssr);
		},
		outputOptions: (options) =>
			ssr ? null : { ...options, codeSplitting: { groups: [{ name: overviewChunkName() }] } }
	};
}

/**
 * The built-in plan's modules, made at build time from models/shinan-2022-2026.json:
 * - `virtual:builtin-model`: the plan without its reading texts (notes, sources' texts: see
 *   src/lib/view/model-docs.ts), with the hash of the file it came from (links and exported files name the
 *   file), its own hash (how the app recognises it) and its SHA-256 (how the worker knows it may skip
 *   validating it);
 * - `virtual:builtin-sources`: every indicator's source with its texts, imported when a source is opened;
 * - `virtual:builtin-canonical`: the canonical JSON of the trimmed plan, for a worker that cannot compute the
 *   SHA-256 (src/lib/worker/shipped-model.ts).
 */
function builtinModel(): Plugin {
	const file = new URL('./models/shinan-2022-2026.json', import.meta.url);
	const modules: Record<string, (full: Model, model: Model) => string[]> = {
		[BUILTIN_MODEL]: (full, model) => [
			`export default ${JSON.stringify(model)};`,
			`export const fileHash = ${JSON.stringify(modelHash(full))};`,
			`export const ownHash = ${JSON.stringify(modelHash(model))};`,
			`export const shippedDigest = ${JSON.stringify(sha256(canonicalJson(model)))};`
		],
		'virtual:builtin-sources': (full) => [`export default ${JSON.stringify(sourcesOf(full))};`],
		'virtual:builtin-canonical': (_full, model) => [`export default ${JSON.stringify(canonicalJson(model))};`]
	};
	return {
		name: 'builtin-model',
		resolveId: (id) => (id in modules ? `\0${id}` : undefined),
		load(id) {
			const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
			if (!make) return undefined;
			this.addWatchFile(file.pathname);
			const full = JSON.parse(readFileSync(file, 'utf8')) as Model;
			return make(full, withoutDocs(full)).join('\n');
		}
	};
}

export default defineConfig({
	plugins: [
		builtinModel(),
		overviewChunk(),
		sveltekit(),
		// Under vitest the messages are compiled beforehand (`npm run i18n`): the plugin's file watcher would keep
		// the test process alive after the run.
		process.env.VITEST
			? []
			: paraglideVitePlugin({
					project: './src/lib/i18n/project.inlang',
					outdir: './src/lib/paraglide',
					strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
				})
	],
	// The engine worker imports the shipped plan's digest from `virtual:builtin-model` (worker/shipped-model.ts).
	worker: {
		format: 'es',
		plugins: () => [builtinModel()],
		// As for the page (below): a module of the app's own whose exports go unused is left out. Without it the
		// worker kept the validation code, which it now fetches only for a model that is not the shipped plan.
		rolldownOptions: { treeshake: { moduleSideEffects: ownModulesPure } }
	},
	build: {
		rolldownOptions: {
			treeshake: {
				// The app's own TypeScript modules have no import-time effects anyone relies on (no module is
				// imported for its effects: only CSS is), so one whose exports go unused is left out even when a
				// barrel (`$lib/scenarios`, `$lib/engine/core`) imports it. Without this, a module-level
				// `new Set(...)` or regular expression kept, say, the drafting rules in the overview's bundle.
				moduleSideEffects: ownModulesPure
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'tests/e2e/**'],
					environment: 'node'
				}
			},
			{
				// Rune classes (*.svelte.test.ts) need Svelte's client build, where $effect runs (the node
				// project compiles for the server, where effects never run). See the environment file.
				extends: true,
				test: {
					name: 'client',
					include: ['src/**/*.svelte.test.ts'],
					environment: './tests/fixtures/client-environment.ts'
				}
			}
		]
	}
});
