/**
 * The JavaScript `/` fetches, gzip (issue 11, goal 1: at most 100 KB, main thread and workers together),
 * printed, never asserted. Counted as the browser fetches it: every `.js` response of the page and every
 * script its workers load, until the first results are on screen and the network is idle. Also used by `browser-latency.ts`.
 *
 * Needs a build (`npm run build`); serves it with tests/e2e/serve-build.mjs and drives the machine's Chromium
 * with the same flags as the browser tests.
 *
 *     npx tsx tests/bench/js-size.ts            # PORT=4329 by default; FILES=20 lists the 20 largest files
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { launch, NAME_SHIM, root, serve } from './browser-setup';

/** The site `npm run build` writes. */
export const buildDir = join(root, 'build');

/** A page with the shim in place before any script runs. */
export async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	await context.addInitScript({ content: NAME_SHIM });
	return context.newPage();
}

/** The page is showing results (the baseline counts: the layout numbers every applied result). */
export async function ready(page: Page): Promise<void> {
	await page.waitForSelector('main[data-result-version]:not([data-result-version="0"])', { timeout: 30_000 });
}

/** Every file under `dir` ending in `.js`. */
function jsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.js'))
		.map((e) => join(e.parentPath, e.name));
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JS files the page's main thread and its workers load when `origin`/ opens (build paths). */
export async function shipped(
	browser: Browser,
	origin: string
): Promise<{ main: string[]; worker: string[] }> {
	const page = await newPage(browser);
	const loaded: string[] = [];
	const workers: string[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) loaded.push(response.url());
	});
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto(origin + '/');
	await ready(page);
	// Settled: what the first results bring in (e.g. the findings' code, when a field with findings is within
	// 300 px of the 1400 × 900 viewport) counts, whatever the timing.
	await page.waitForLoadState('networkidle');
	const workerSet = new Set(workers);
	// Chunks a worker imports are listed in the worker's own resource timing.
	for (const worker of page.workers()) {
		const imported = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
		for (const url of imported) workerSet.add(url);
	}
	await page.context().close();
	const toFile = (url: string) => join(buildDir, decodeURIComponent(new URL(url).pathname));
	return {
		main: [...new Set(loaded.filter((url) => !workerSet.has(url)))].map(toFile),
		worker: [...workerSet].filter((url) => url.endsWith('.js')).map(toFile)
	};
}

/** Measures and prints the JS `/` loads (gzip), with its `largest` biggest files. */
export async function printShipped(browser: Browser, origin: string, largest = 5): Promise<void> {
	const { main: mainFiles, worker: workerFiles } = await shipped(browser, origin);
	const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);
	const all = jsFiles(join(buildDir, '_app/immutable'));
	const mainBytes = sum(mainFiles);
	const workerBytes = sum(workerFiles);
	console.log('JavaScript shipped (gzip, zlib default level)');
	console.log(`  main thread, initial load of /: ${kb(mainBytes)} in ${mainFiles.length} files`);
	console.log(`  engine worker:                  ${kb(workerBytes)} in ${workerFiles.length} file(s)`);
	console.log(`  total for /:                    ${kb(mainBytes + workerBytes)}`);
	console.log(`  all JS in the build:            ${kb(sum(all))} in ${all.length} files`);
	const files = [
		...mainFiles.map((file) => ({ file, where: 'main' })),
		...workerFiles.map((file) => ({ file, where: 'worker' }))
	]
		.map(({ file, where }) => ({ file: relative(buildDir, file), where, bytes: gzipBytes(file) }))
		.sort((a, b) => b.bytes - a.bytes)
		.slice(0, largest);
	console.log('  largest loaded for /:');
	for (const { file, where, bytes } of files)
		console.log(`    ${kb(bytes).padStart(9)}  ${where.padEnd(6)} ${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const port = Number(process.env.PORT ?? 4329);
	const server = await serve(port);
	const browser = await launch();
	try {
		await printShipped(browser, `http://127.0.0.1:${port}`, Number(process.env.FILES ?? 10));
	} finally {
		await browser.close();
		server.kill();
	}
}
