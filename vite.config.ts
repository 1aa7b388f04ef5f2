import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Compiles src/lib/i18n/messages/*.json into typed message functions (src/lib/paraglide, generated).
		// The language is chosen by the user and remembered in localStorage; first visit follows the browser.
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
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node'
	}
});
