import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the built static site, in the machine's Chromium (Playwright cannot download its own
 * browser here; tests/e2e/ensure-chromium.mjs installs Debian's). The flags keep Chromium from calling home,
 * so any request outside the site's own origin is the app's doing, and the tests catch it.
 */
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '../../test-results',
	timeout: 30_000,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	webServer: {
		command: `npm run -s build && node tests/e2e/serve-build.mjs ${port}`,
		cwd: '../..',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// A trace of every action doubles the suite's time on the 7,000-node overview; keep one only for retries.
		trace: 'on-first-retry'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	]
});
