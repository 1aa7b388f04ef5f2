/**
 * What the Monte Carlo browser benchmarks share: the static server for `build/`, Chromium with the browser
 * tests' flags, the `__name` shim tsx needs in the page, and the machine's load average.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import config from '../e2e/playwright.config';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** tsx wraps named functions with `__name`, which exists only in Node; the page needs it too. */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

/** Starts tests/e2e/serve-build.mjs on `port` (after checking there is a build) and resolves once it listens. */
export function serve(port: number, dir = join(root, 'build')): Promise<ChildProcess> {
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`no ${dir}/index.html: run \`npm run build\` first`);
	const server = spawn(process.execPath, [join(root, 'tests/e2e/serve-build.mjs'), String(port)], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, BUILD_DIR: dir }
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.once('exit', (code) => reject(new Error(`serve-build.mjs exited (${code})`)));
		server.stdout!.once('data', () => resolve(server));
	});
}

/** The machine's Chromium with the browser tests' flags. */
export function launch(): Promise<Browser> {
	const options = config.projects?.[0]?.use?.launchOptions ?? {};
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? options.executablePath ?? '/usr/bin/chromium',
		args: options.args
	});
}

/** The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them. */
export function loadavg(): string {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	} catch {
		return 'n/a';
	}
}

/** A page whose `navigator.hardwareConcurrency` is `cores`, so the app's pool starts that many workers. */
export async function pageWithCores(browser: Browser, cores: number): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	await context.addInitScript({ content: NAME_SHIM });
	await context.addInitScript({
		content: `Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${cores} });`
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`  (page error, ${cores} cores: ${error.message})`));
	page.on('console', (m) => {
		if (m.type() === 'error') console.error(`  (console error, ${cores} cores: ${m.text()})`);
	});
	return page;
}

/**
 * The page shows results: the headline's count and a status on every target row, the page not hidden
 * (app.html's marks). On the prerendered overview these are the build's results for the plan, before the
 * engine worker has started (it waits for the reader's first intent).
 */
export async function resultsShown(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const root = document.documentElement;
			if (root.hasAttribute('data-await-locale') || root.hasAttribute('data-await-link')) return false;
			const rows = document.querySelectorAll('[data-target]').length;
			const statuses = document.querySelectorAll(
				'[data-target][data-status]:not([data-status="pending"])'
			).length;
			return !!document.querySelector('[data-testid="headline"] strong') && rows > 0 && statuses === rows;
		},
		undefined,
		{ timeout: 30_000 }
	);
}

/**
 * The engine has answered (`main[data-result-version]` left 0). On a prerendered page the worker starts on
 * the reader's first intent, so the mouse moves over the page first, as a reader's would, and again until
 * it counts: `goto` returns at the load event, and a move before the page has hydrated finds no listener.
 */
export async function engineReady(page: Page): Promise<void> {
	const answered = 'main[data-result-version]:not([data-result-version="0"])';
	const deadline = Date.now() + 30_000;
	for (let x = 700; ; x = x === 700 ? 710 : 700) {
		await page.mouse.move(x, 450);
		try {
			await page.waitForSelector(answered, { timeout: 1_000 });
			return;
		} catch (error) {
			if (Date.now() > deadline) throw error;
		}
	}
}
