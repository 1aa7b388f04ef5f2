import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every page is prerendered, the engine runs in the browser's worker.
		adapter: adapter({ fallback: '404.html' }),
		alias: {
			$models: 'models'
		},
		typescript: {
			// Type-check the benchmarks too (svelte-check and tsc read this generated config).
			config: (config) => ({ ...config, include: [...config.include, '../tests/bench/**/*.ts'] })
		}
	}
};

export default config;
