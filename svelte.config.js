import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every page is prerendered, the engine runs in the browser's worker. The overview and the
		// indicator pages are rendered with the plan's default results (computed at build time); the others
		// are shells the browser renders. The overview and indicator pages have English copies under /en
		// (build/en.html, build/en/indicator/<id>.html): src/hooks.ts reroutes them to the same routes, and the
		// crawler reaches them through each page's <link rel="alternate" hreflang="en"> (routes/LanguageCopies).
		adapter: adapter({ fallback: '404.html' }),
		prerender: {
			// The crawler starts from the home page; no prerendered page links to the shell that draws the
			// indicators of a model kept in the browser (`/indicator?id=…`, routes/indicator/+page.svelte).
			entries: ['*', '/indicator'],
			// The rendered pages link to quotes on /source (`#quote-<target>`), a shell whose ids exist only once
			// the browser has rendered it: the crawler cannot see them there. Any other missing id is an error.
			handleMissingId: ({ path, message }) => {
				if (path !== '/source') throw new Error(message);
			}
		},
		paths: {
			// Absolute asset paths (/_app/...): a host that answers an unknown deep path such as
			// /indicator/xyz with index.html (or 404.html) serves a page whose relative ./_app paths would
			// resolve under /indicator/ and fail, leaving a blank page instead of the app's not-found page.
			// The price: the site must sit at the host's root (set `paths.base` to serve it elsewhere).
			relative: false
		},
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
