import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The engine is pure: it must run unchanged in Node (CLI, tests), in a Web Worker and in any future host.
 * So nothing in src/lib/engine may import Svelte, SvelteKit, the DOM-bound layers above it, or Node built-ins.
 */
const engineBoundary = {
	files: ['src/lib/engine/**/*.ts'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						group: ['svelte', 'svelte/*', '@sveltejs/*', '$app/*'],
						message: 'The engine must not import Svelte or SvelteKit.'
					},
					{
						group: [
							'comlink',
							'$lib/worker*',
							'$lib/state*',
							'$lib/charts*',
							'$lib/components*',
							'**/worker/**',
							'**/state/**',
							'**/charts/**',
							'**/components/**'
						],
						message:
							'Imports flow one way: engine ← worker ← state ← components. The engine cannot import upward.'
					},
					{ group: ['d3', 'd3-*'], message: 'Chart maths lives in src/lib/charts, not in the engine.' },
					{
						group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'process'],
						message: 'The engine runs in the browser too: no Node-only modules.'
					}
				]
			}
		],
		'no-restricted-globals': [
			'error',
			{ name: 'window', message: 'The engine has no DOM.' },
			{ name: 'document', message: 'The engine has no DOM.' },
			{ name: 'self', message: 'The engine knows nothing of workers.' },
			{ name: 'process', message: 'The engine runs in the browser too: no process.' }
		]
	}
};

/** Pages and components reach the engine only through its public entry point. */
const engineEntryOnly = {
	files: [
		'src/lib/worker/**',
		'src/lib/state/**',
		'src/lib/charts/**',
		'src/lib/components/**',
		'src/routes/**',
		'src/cli/**'
	],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						group: ['$lib/engine/*', '**/engine/*/**'],
						message: 'Import the engine from $lib/engine (its index), not its internals.'
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
	engineBoundary,
	{
		// Tests build deliberately malformed models, which have no type.
		files: ['**/*.test.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	engineEntryOnly,
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
