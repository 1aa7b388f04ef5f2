/**
 * The whole-model Monte Carlo figures of run.ts (100,000 samples, every parameter drawn, bands: none; and
 * nothing drawn), timed in a process of their own on the engine bundled into one file, as the app's worker
 * runs it (bundled.ts builds and starts this file). Prints one line of JSON: microseconds per run, wall
 * median and least CPU time of 7 interleaved rounds, and the indicator-years per run. With `detached`,
 * the same after a transfer (bundled.ts runs it both ways).
 */
import { readFileSync } from 'node:fs';
import { listParameters, loadModel, runMonteCarlo, type Model, type Uncertainty } from '../../src/lib/engine';
import { timeInterleaved } from './timing';

const modelPath = process.argv[2];
if (!modelPath) throw new Error('usage: bundled-mc <model.json> [detached]');
// `detached`: detach one ArrayBuffer first (a transfer, as an app worker's first transferred chunk does), which
// V8 answers by checking the buffer on every typed-array access from then on (src/lib/engine/README.md).
if (process.argv[3] === 'detached') {
	const buffer = new ArrayBuffer(8);
	structuredClone(buffer, { transfer: [buffer] });
}
const loaded = loadModel(JSON.parse(readFileSync(modelPath, 'utf8')) as Model);
if (!loaded.ok) throw new Error('the model does not load');
const compiled = loaded.value;
const SAMPLES = 100_000;
// The same uncertainty as run.ts: each growth rate ± 2 points (sd), each yearly amount ± 10 % (sd).
const uncertainty: Uncertainty = {
	sd: Object.fromEntries(
		listParameters(compiled)
			.filter((p) => p.year === undefined && p.param !== 'base')
			.map((p) => [p.key, p.param === 'rate' ? 0.02 : Math.abs(p.value) * 0.1])
	)
};
const run = (u: Uncertainty) => () => {
	const result = runMonteCarlo({ model: compiled, uncertainty: u, samples: SAMPLES, bands: 'none' });
	if (!result.ok) throw new Error('the Monte Carlo run failed');
	return result.value;
};
const [drawn, nothing] = timeInterleaved([run(uncertainty), run({})], 7);
console.log(
	JSON.stringify({
		cells: SAMPLES * compiled.indicators.length * compiled.years.length,
		drawn: { median: drawn!.median, cpuMin: drawn!.cpuMin },
		nothing: { median: nothing!.median, cpuMin: nothing!.cpuMin }
	})
);
