/**
 * The engine as the app ships it: Vite bundles the worker's code into one file (with Rolldown, Vite 8's
 * bundler, the one `vite build` uses), while `npm run bench` runs under tsx, which loads each source file as its own module. The same
 * Monte Carlo run measured 20–30 % slower under tsx than bundled (tests/bench/README.md, sessions 8 and 9),
 * so run.ts prints both: this builds bundled-mc.ts with Vite into a temporary directory and runs it with
 * plain node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export interface BundledFigures {
	cells: number;
	drawn: { median: number; cpuMin: number };
	nothing: { median: number; cpuMin: number };
	/**
	 * The run with draws in a process that detached an ArrayBuffer first, as an app worker has after its first
	 * transferred chunk (V8 then checks every typed-array access's buffer: src/lib/engine/README.md).
	 */
	detached: { median: number; cpuMin: number };
}

/** Bundles bundled-mc.ts, runs it on the model file, and returns its timings (microseconds per run). */
export async function bundledMonteCarlo(modelPath: string): Promise<BundledFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-bundled-'));
	try {
		const file = join(dir, 'bundled-mc.mjs');
		// Vite's server-side build: one file for node, every package bundled in (noExternal), as the worker's is.
		await build({
			configFile: false,
			logLevel: 'silent',
			ssr: { noExternal: true },
			build: {
				ssr: new URL('./bundled-mc.ts', import.meta.url).pathname,
				outDir: dir,
				minify: false,
				rollupOptions: { output: { format: 'es', entryFileNames: 'bundled-mc.mjs' } }
			}
		});
		const run = (...args: string[]) => {
			const child = spawnSync(process.execPath, [file, modelPath, ...args], { encoding: 'utf8' });
			if (child.status !== 0) throw new Error(`the bundled Monte Carlo run failed: ${child.stderr}`);
			return JSON.parse(child.stdout) as Omit<BundledFigures, 'detached'>;
		};
		const figures = run();
		return { ...figures, detached: run('detached').drawn };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
