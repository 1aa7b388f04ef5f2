import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { modelHash } from './src/lib/scenarios/hash';
import { withoutDocs } from './src/lib/view/model-docs';
import type { Model } from './src/lib/engine';

const BUILTIN_MODEL = 'virtual:builtin-model';

/**
 * `virtual:builtin-model`: the built-in plan without its reading notes (see src/lib/view/model-docs.ts),
 * with the hash of the file it came from (links and exported files name the file) and its own hash (how
 * the app recognises it).
 */
function builtinModel(): Plugin {
	const file = new URL('./models/shinan-2022-2026.json', import.meta.url);
	return {
		name: 'builtin-model',
		resolveId: (id) => (id === BUILTIN_MODEL ? `\0${BUILTIN_MODEL}` : undefined),
		load(id) {
			if (id !== `\0${BUILTIN_MODEL}`) return undefined;
			this.addWatchFile(file.pathname);
			const full = JSON.parse(readFileSync(file, 'utf8')) as Model;
			const model = withoutDocs(full);
			return [
				`export default ${JSON.stringify(model)};`,
				`export const fileHash = ${JSON.stringify(modelHash(full))};`,
				`export const ownHash = ${JSON.stringify(modelHash(model))};`
			].join('\n');
		}
	};
}

export default defineConfig({
	plugins: [
		builtinModel(),
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
	worker: { format: 'es' },
	build: {
		rolldownOptions: {
			treeshake: {
				// The app's own TypeScript modules have no import-time effects anyone relies on (no module is
				// imported for its effects: only CSS is), so one whose exports go unused is left out even when a
				// barrel (`$lib/scenarios`, `$lib/engine/core`) imports it. Without this, a module-level
				// `new Set(...)` or regular expression kept, say, the drafting rules in the overview's bundle.
				moduleSideEffects: (id) => !(id.includes('/src/lib/') && /\.(ts|js)$/.test(id))
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
