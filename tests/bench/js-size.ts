/**
 * The JavaScript `/` fetches, gzip (issue 11, goal 1: at most 100 KB, main thread and workers together),
 * printed, never asserted. Counted as the browser fetches it: every `.js` response of the page and every
 * script its workers load, until the first results are on screen and the network is idle (the prerendered
 * plan results count: the engine worker then waits for the reader). Then what the first interaction adds:
 * the mouse moves over the page (the reader's first intent starts the worker) until the engine has
 * answered and the network is idle again. Also used by `browser-latency.ts`.
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
import { engineReady, launch, NAME_SHIM, resultsShown, root, serve } from './browser-setup';

/** The site `npm run build` writes. */
export const buildDir = join(root, 'build');

/** A page with the shim in place before any script runs. */
export async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	await context.addInitScript({ content: NAME_SHIM });
	return context.newPage();
}

/** Every file under `dir` ending in `.js`. */
function jsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.js'))
		.map((e) => join(e.parentPath, e.name));
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** JS files (build paths), by who loaded them. */
interface Loaded {
	main: string[];
	worker: string[];
}

/**
 * The JS files the page's main thread and its workers load when `origin`/ opens (build paths), until the
 * first results have settled, and then what the first interaction adds.
 */
export async function shipped(
	browser: Browser,
	origin: string
): Promise<{ first: Loaded; interaction: Loaded }> {
	const page = await newPage(browser);
	const loaded: string[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) loaded.push(response.url());
	});
	/** Every script the page's workers have loaded so far (a worker lists the chunks it imports itself). */
	const workerScripts = async () => {
		const urls = new Set<string>();
		for (const worker of page.workers()) {
			urls.add(worker.url());
			const imported = await worker.evaluate(() =>
				performance.getEntriesByType('resource').map((e) => e.name)
			);
			for (const url of imported) urls.add(url);
		}
		return urls;
	};
	const split = (urls: string[], inWorkers: Set<string>): Loaded => ({
		main: [...new Set(urls.filter((url) => !inWorkers.has(url)))].map(toFile),
		worker: [...inWorkers].filter((url) => url.endsWith('.js')).map(toFile)
	});
	await page.goto(origin + '/');
	await resultsShown(page);
	// Settled: what the first results bring in (e.g. the findings' code, when a field with findings is within
	// 300 px of the 1400 × 900 viewport) counts, whatever the timing.
	await page.waitForLoadState('networkidle');
	const firstWorkers = await workerScripts();
	const first = split(loaded.splice(0), firstWorkers);
	await engineReady(page);
	await page.waitForLoadState('networkidle');
	const allWorkers = await workerScripts();
	const added = new Set([...allWorkers].filter((url) => !firstWorkers.has(url)));
	await page.context().close();
	return { first, interaction: split(loaded, added) };
}

const toFile = (url: string) => join(buildDir, decodeURIComponent(new URL(url).pathname));

/** Measures and prints the JS `/` loads (gzip), with its `largest` biggest files. */
export async function printShipped(browser: Browser, origin: string, largest = 5): Promise<void> {
	const { first, interaction } = await shipped(browser, origin);
	const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);
	const all = jsFiles(join(buildDir, '_app/immutable'));
	const mainBytes = sum(first.main);
	const workerBytes = sum(first.worker);
	const more = { main: sum(interaction.main), worker: sum(interaction.worker) };
	const total = mainBytes + workerBytes;
	const added = more.main + more.worker;
	const plus = (a: number, b: number) => `${(a / 1024).toFixed(1)} + ${(b / 1024).toFixed(1)} = ${kb(a + b)}`;
	console.log('JavaScript shipped (gzip, zlib default level)');
	console.log(`  / until its first results settle, main + worker: ${plus(mainBytes, workerBytes)}`);
	console.log(
		`  its first interaction adds, main + worker:       ${plus(more.main, more.worker)} (${kb(total + added)} in all)`
	);
	console.log(`  main thread, initial load of /: ${kb(mainBytes)} in ${first.main.length} files`);
	console.log(`  engine worker:                  ${kb(workerBytes)} in ${first.worker.length} file(s)`);
	console.log(
		`  first interaction (mouse over the page, until the engine has answered): ${interaction.main.length} ` +
			`main-thread file(s), ${interaction.worker.length} worker file(s)`
	);
	console.log(`  all JS in the build:            ${kb(sum(all))} in ${all.length} files`);
	const files = [
		...first.main.map((file) => ({ file, where: 'main' })),
		...first.worker.map((file) => ({ file, where: 'worker' })),
		...interaction.main.map((file) => ({ file, where: 'main+' })),
		...interaction.worker.map((file) => ({ file, where: 'worker+' }))
	]
		.map(({ file, where }) => ({ file: relative(buildDir, file), where, bytes: gzipBytes(file) }))
		.sort((a, b) => b.bytes - a.bytes)
		.slice(0, largest);
	console.log('  largest loaded for / (+: by its first interaction):');
	for (const { file, where, bytes } of files)
		console.log(`    ${kb(bytes).padStart(9)}  ${where.padEnd(7)} ${file}`);
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
