import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layer map: imports flow one way, each layer importing only the layers to its left.
 *   engine ← scenarios ← worker ← state ← charts ← view ← components ← routes
 * view uses the charts' number formats and line types to say what a target means; charts only draw and never
 * know the view. `src/lib/components/ui/` is part of components. Each entry lists a layer's files and the layers it may not import.
 */
const LAYERS = [
	{ name: 'engine', files: ['src/lib/engine/**'] },
	{ name: 'scenarios', files: ['src/lib/scenarios/**'] },
	{ name: 'worker', files: ['src/lib/worker/**'] },
	{ name: 'state', files: ['src/lib/state/**'] },
	{ name: 'charts', files: ['src/lib/charts/**'] },
	{ name: 'view', files: ['src/lib/view/**'] },
	{ name: 'components', files: ['src/lib/components/**'] },
	{ name: 'routes', files: ['src/routes/**'] }
];
const ORDER = LAYERS.map((l) => l.name);

/** A regex source for import paths that reach one of `names`: `$lib/state…`, `../state…`, `…/lib/state…`. */
function pathsTo(names) {
	const lib = names.filter((n) => n !== 'routes');
	const alternatives = [];
	if (lib.length > 0) alternatives.push(`(\\$lib/|(\\.\\./)+|.*/lib/)(${lib.join('|')})`);
	if (names.includes('routes')) alternatives.push('((\\.\\./)+|.*/)routes');
	return `^(${alternatives.join('|')})(/.*)?$`;
}

/** The layers `layer` may not import: every layer after its place. */
function above(layer) {
	return ORDER.slice(ORDER.indexOf(layer.name) + 1);
}

/** The pattern that keeps `layer` from importing upward. */
function upward(layer) {
	const names = above(layer);
	return {
		regex: pathsTo(names),
		message: `Imports flow one way: engine ← scenarios ← worker ← state ← charts ← view ← components ← routes. ${layer.name} cannot import ${names.join(', ')}.`
	};
}

/** The engine is pure: no Svelte, SvelteKit, d3, comlink or DOM; and (outside its tests) no Node built-ins. */
const ENGINE_PURE = [
	{
		group: ['svelte', 'svelte/*', '@sveltejs/*', '$app/*'],
		message: 'The engine must not import Svelte or SvelteKit.'
	},
	{ group: ['comlink'], message: 'The engine knows nothing of workers.' },
	{ group: ['d3', 'd3-*'], message: 'Chart maths lives in src/lib/charts, not in the engine.' }
];
const NODE_ONLY = {
	group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'process'],
	message: 'The engine runs in the browser too: no Node-only modules.'
};

/**
 * Worker and CLI code use the engine's entries, never its internals: index (full), core (no packages), and
 * the worker's two halves, runtime (loaded with the page) and analyses (loaded on first use).
 */
const ENGINE_ENTRIES = {
	regex: '^(\\$lib|.*/lib|(\\.\\./)*\\.\\.)/engine/(?!(index|core|runtime|analyses|validation)$).+',
	message:
		'Import the engine from its entries ($lib/engine, $lib/engine/core, $lib/engine/runtime, $lib/engine/analyses, $lib/engine/validation), not its internals.'
};

/** One `no-restricted-imports` per layer (a later config would replace, not add to, an earlier one). */
const layerRules = LAYERS.filter((layer) => above(layer).length > 0).map((layer) => {
	const patterns = [upward(layer)];
	if (layer.name === 'engine') patterns.push(...ENGINE_PURE, NODE_ONLY);
	if (layer.name === 'worker') patterns.push(ENGINE_ENTRIES);
	return { files: layer.files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
});

/** Engine tests run in Node only: they may read files. */
const engineTests = {
	files: ['src/lib/engine/**/*.test.ts'],
	rules: {
		'no-restricted-imports': ['error', { patterns: [upward(LAYERS[0]), ...ENGINE_PURE] }]
	}
};

const engineGlobals = {
	files: ['src/lib/engine/**/*.ts'],
	rules: {
		'no-restricted-globals': [
			'error',
			{ name: 'window', message: 'The engine has no DOM.' },
			{ name: 'document', message: 'The engine has no DOM.' },
			{ name: 'self', message: 'The engine knows nothing of workers.' },
			{ name: 'process', message: 'The engine runs in the browser too: no process.' }
		]
	}
};

/** The CLI runs the engine in Node through its entries. */
const cliRules = {
	files: ['src/cli/**'],
	rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_ENTRIES] }] }
};

/**
 * The main thread never loads mathjs: from the engine it imports types from anywhere, values only from
 * `$lib/engine/core` (whose import graph src/lib/engine/core.test.ts keeps free of packages), and it never
 * runs the engine in-process (the worker layer's in-process runner, pool and shared runner import all of
 * it). Tests run in Node and may run the engine; so may server-only route files (`+server.ts`,
 * `*.server.ts`), which run at build time to prerender results and never reach the browser.
 */
const mainThreadCoreOnly = {
	files: [
		'src/lib/scenarios/**',
		'src/lib/state/**',
		'src/lib/view/**',
		'src/lib/charts/**',
		'src/lib/components/**',
		'src/routes/**'
	],
	ignores: ['**/*.test.ts', 'src/routes/**/+server.ts', 'src/routes/**/*.server.ts'],
	rules: {
		'@typescript-eslint/no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						// Any path into the engine (`$lib/engine`, `$lib/engine/spec/types`, `../engine/…`) but its core.
						regex: '^(\\$lib|.*/lib|(\\.\\./)*\\.\\.)/engine(/(?!core$).*)?$',
						allowTypeImports: true,
						message:
							'Main-thread code imports engine values from $lib/engine/core only (the rest pulls mathjs into the page); `import type` from anywhere in the engine is fine.'
					},
					{
						regex:
							'^(\\$lib|.*/lib|(\\.\\./)*\\.\\.)/worker/(in-process-runner|in-process-pool|create-runner)$',
						allowTypeImports: true,
						message:
							'The in-process engine runs in Node (tests, +server.ts at build time), never on the main thread: use createWorkerRunner.'
					}
				]
			}
		]
	}
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...layerRules,
	engineTests,
	engineGlobals,
	cliRules,
	mainThreadCoreOnly,
	{
		// Tests build deliberately malformed models, which have no type.
		files: ['**/*.test.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		ignores: [
			'src/lib/paraglide/',
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
