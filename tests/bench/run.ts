/**
 * `npm run bench`: speed figures for the engine, printed, never asserted (see tests/bench/README.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import {
	DrawCache,
	listParameters,
	loadModel,
	project,
	projectColumns,
	resolveInputs,
	runMonteCarlo,
	runScenario,
	type CompiledModel,
	type Model,
	type MonteCarloOptions,
	type Uncertainty
} from '../../src/lib/engine';
import { formatIssues } from '../../src/cli/issue-text';
import type { Issue } from '../../src/lib/engine';
import { bundledMonteCarlo } from './bundled';
import { prepareReference } from './reference-projection';
import { SUBSET, drawInputs, handWritten, prepareMathjs, subsetModel, type SubsetInputs } from './subset';
import { ms, time, timeInterleaved, us, type Timing } from './timing';
import { workerScaling } from './worker-scaling';

const modelPath = new URL('../../models/shinan-2022-2026.json', import.meta.url);
const raw = JSON.parse(readFileSync(modelPath, 'utf8')) as Model;

function mustLoad(): CompiledModel {
	const result = loadModel(raw);
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

const compiled = mustLoad();
const run = () => runScenario({ model: compiled, scenario: { 'finance_value_added.rate': 0.08 } });

// Both sides must compute the same numbers, or the comparison means nothing.
const defaults = runScenario({ model: compiled });
if (!defaults.ok) throw new Error(formatIssues(defaults.issues));
const engineSeries = defaults.value.series;
const referenceProjection = prepareReference(raw);
const referenceYears = referenceProjection();
for (const [i, { id }] of raw.indicators.entries()) {
	referenceYears.forEach((year, t) => {
		const v = year[i]!;
		if (Math.abs(v - engineSeries[id]![t]!) > 1e-9 * Math.max(1, Math.abs(v)))
			throw new Error(`reference differs at ${id}[${t}]`);
	});
}

const indicatorYears = compiled.indicators.length * compiled.years.length;
console.log(
	`target-scenarios benchmarks — Node ${process.version}, ${compiled.indicators.length} indicators × ${compiled.years.length} years, ${compiled.targets.length} targets; load average ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')} at the start\n`
);

const load = time(mustLoad);
const full = time(run);
const inputs = resolveInputs(compiled, {});
if (!inputs.ok) throw new Error(formatIssues(inputs.issues));
// The engine's projection and the hand-written one, interleaved in batches (≈ 1 ms each) after a shared
// warm-up, so that load from other jobs falls on both alike; the ratio is of medians from the same rounds.
// The warm-up is 1 s: on a loaded machine V8's background compiler took longer than 300 ms to optimise the
// generated projection (one large function), and the first rounds then timed unoptimised code.
const projectOnce = () => project(compiled, inputs.value);
const warmEnd = performance.now() + 1000;
while (performance.now() < warmEnd) {
	projectOnce();
	referenceProjection();
}
const [projectOnly, reference] = timeInterleaved([projectOnce, referenceProjection], 101, 60) as [
	Timing,
	Timing
];
const projectionRatio = projectOnly.median / reference.median;
const perIndicatorYear = (t: { median: number }) =>
	`${((t.median * 1000) / indicatorYears).toFixed(0)} ns per indicator-year`;

const rows: [string, string, string, string][] = [
	['validate + compile the Shinan model', us(load.median), us(load.p95), ''],
	['run a scenario (project + judge every target)', us(full.median), us(full.p95), perIndicatorYear(full)],
	['engine: projection only', us(projectOnly.median), us(projectOnly.p95), perIndicatorYear(projectOnly)],
	[
		'reference: hand-written projection',
		us(reference.median),
		us(reference.p95),
		`engine projection ÷ reference = ${projectionRatio.toFixed(2)}× (interleaved, 101 rounds of 60 calls)`
	]
];
const widths = [0, 1, 2].map((i) =>
	Math.max(...rows.map((r) => r[i]!.length), ['what', 'median', 'p95'][i]!.length)
);
console.log(
	['what'.padEnd(widths[0]!), 'median'.padStart(widths[1]!), 'p95'.padStart(widths[2]!), 'notes'].join('  ')
);
for (const r of rows)
	console.log(
		[r[0].padEnd(widths[0]!), r[1].padStart(widths[1]!), r[2].padStart(widths[2]!), r[3]].join('  ')
	);
console.log(
	`goal: one sample, engine ÷ hand-written = ${projectionRatio.toFixed(2)}× ≤ 1.3×: ratio ${(projectionRatio / 1.3).toFixed(2)} ${projectionRatio <= 1.3 ? '(met)' : '(not met)'}`
);
// BENCH_PART=projection stops here: the quick check while working on the kernels.
if (process.env.BENCH_PART === 'projection') process.exit(0);

// ——— Monte Carlo ———————————————————————————————————————————————————————————————————————————————————

/** Runs and checks: a failed run would time nothing. */
function must<T>(result: { ok: true; value: T } | { ok: false; issues: Issue[] }): T {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

const MC_SAMPLES = 100_000;
// Every parameter uncertain: each growth rate ± 2 points (sd), each stock's or flow's yearly amount ± 10 %
// (sd), normal around the model's value: 35 normal draws per sample.
const benchUncertainty: Uncertainty = {
	sd: Object.fromEntries(
		listParameters(compiled)
			.filter((p) => p.year === undefined && p.param !== 'base')
			.map((p) => [p.key, p.param === 'rate' ? 0.02 : Math.abs(p.value) * 0.1])
	)
};
const drawnParameters = Object.keys(benchUncertainty.sd!).length;
const mcCells = MC_SAMPLES * indicatorYears;
const perCell = (t: { median: number }, cells = mcCells) =>
	`${((t.median * 1000) / cells).toFixed(2)} ns per indicator-year`;

// Common random numbers: the draws of one seed kept (a DrawCache, as each app worker keeps one), the scenario
// alternating between two growth rates as if a slider moved: after the first call each run copies its draws.
const keptDraws = new DrawCache();
let flip = false;
const moved = (samples: number, bands: MonteCarloOptions['bands']) => () => {
	flip = !flip;
	return must(
		runMonteCarlo({
			model: compiled,
			scenario: { 'finance_value_added.rate': flip ? 0.09 : 0.11 },
			uncertainty: benchUncertainty,
			samples,
			bands,
			draws: keptDraws
		})
	);
};

const [mcAll, mcNone, mcPoint, mcKept] = timeInterleaved(
	[
		() => must(runMonteCarlo({ model: compiled, uncertainty: benchUncertainty, samples: MC_SAMPLES })),
		() =>
			must(
				runMonteCarlo({ model: compiled, uncertainty: benchUncertainty, samples: MC_SAMPLES, bands: 'none' })
			),
		() => must(runMonteCarlo({ model: compiled, uncertainty: {}, samples: MC_SAMPLES, bands: 'none' })),
		moved(MC_SAMPLES, 'none')
	],
	7
);
// The interactive sizes: a probe while a slider is dragged (10,000 samples, P(met) only) and the full run
// after its release on an indicator page (10,000 samples, that indicator's bands), draws kept, one thread.
const INTERACTIVE = 10_000;
const [probe, oneBand] = timeInterleaved(
	[moved(INTERACTIVE, 'none'), moved(INTERACTIVE, ['finance_value_added'])],
	31
);

// The subset: engine vs hand-written loop vs mathjs, on the same pre-drawn inputs.
const sub = must(loadModel(subsetModel(raw)));
const subYears = sub.years.length;
/** The subset's inputs as the engine takes them: each indicator's base, and its yearly rate or amount column. */
const subsetInputs = (inputs: SubsetInputs) => {
	const index = (id: string) => sub.indexOf.get(id)!;
	const columns = new Map<number, Float64Array>([
		[index('gdp'), inputs.rate.gdp],
		[index('digital_core_value_added'), inputs.rate.core],
		[index('import_export'), inputs.rate.trade],
		[index('qingdao_import_export'), inputs.rate.city],
		[index('financial_institutions'), inputs.annual]
	]);
	const base = sub.indicators.map((x) => (x.spec.kind === 'derived' ? 0 : x.spec.base));
	return { base, step: (i: number) => columns.get(i)! };
};
/** The engine on the subset: the fused per-year kernels, as Monte Carlo runs (or the column kernels, its fallback). */
const engineOn =
	(inputs: SubsetInputs, kernel: 'fused' | 'columns' = 'fused') =>
	() =>
		must(projectColumns(sub, subsetInputs(inputs), inputs.n, kernel));
/** Both sides must compute the same numbers, bit for bit, or the comparison means nothing. */
function same(engine: Float64Array[][], other: Float64Array[][], what: string): void {
	SUBSET.forEach((id, k) => {
		const i = sub.indexOf.get(id)!;
		for (let t = 0; t < subYears; t++) {
			const a = engine[i]![t]!;
			const b = other[k]![t]!;
			for (let s = 0; s < a.length; s++)
				if (a[s] !== b[s]) throw new Error(`${what} differs at ${id}[${t}][${s}]`);
		}
	});
}
const big = drawInputs(raw, MC_SAMPLES);
same(engineOn(big)(), handWritten(big, subYears), 'the hand-written loop');
same(engineOn(big, 'columns')(), handWritten(big, subYears), 'the column kernels');
const [subEngine, subHand, subColumns] = timeInterleaved(
	[engineOn(big), () => handWritten(big, subYears), engineOn(big, 'columns')],
	31
);

const MATHJS_SAMPLES = 10_000;
const small = drawInputs(raw, MATHJS_SAMPLES);
const mathjs = prepareMathjs();
same(engineOn(small)(), mathjs(small, subYears), 'mathjs');
const [smallEngine, subMathjs] = timeInterleaved([engineOn(small), () => mathjs(small, subYears)], 9);
const subCells = (n: number) => n * SUBSET.length * subYears;

console.log(
	`\nMonte Carlo, the whole model, ${MC_SAMPLES.toLocaleString('en-US')} samples (${drawnParameters} parameters drawn per sample; median of 7 interleaved runs):`
);
const mcRows: [string, string, string, string][] = [
	[
		'draws + projection + P(met) + exact percentiles (all 228 columns, passes in bounded memory)',
		ms(mcAll!.median),
		ms(mcAll!.p95),
		perCell(mcAll!)
	],
	['draws + projection + P(met) (bands: none)', ms(mcNone!.median), ms(mcNone!.p95), perCell(mcNone!)],
	['projection + P(met), nothing drawn', ms(mcPoint!.median), ms(mcPoint!.p95), perCell(mcPoint!)],
	[
		'kept draws (common random numbers, a slider moved) + projection + P(met) (bands: none)',
		ms(mcKept!.median),
		ms(mcKept!.p95),
		perCell(mcKept!)
	]
];
printRows(mcRows);
/** A goal line: the figure, the goal and their ratio (≤ 1 meets the goal). */
const goal = (what: string, value: number, limit: number, unit: string) =>
	console.log(
		`goal: ${what} ${value.toFixed(2)} ${unit} ≤ ${limit} ${unit}: ratio ${(value / limit).toFixed(2)} ${value <= limit ? '(met)' : '(not met)'}`
	);
const nsPerCell = (t: { median: number }) => (t.median * 1000) / mcCells;
goal('whole model with draws (bands: none)', nsPerCell(mcNone!), 5, 'ns per indicator-year');
goal('P(met) with nothing drawn', nsPerCell(mcPoint!), 2, 'ns per indicator-year');
const cpuPerCell = (t: { cpuMin?: number }) => (t.cpuMin! * 1000) / mcCells;
console.log(
	`on CPU time (least of the 7 rounds; load from other jobs distorts it less): with draws ${cpuPerCell(mcNone!).toFixed(2)} ns per indicator-year (ratio to 5 ns ${(cpuPerCell(mcNone!) / 5).toFixed(2)}), nothing drawn ${cpuPerCell(mcPoint!).toFixed(2)} ns per indicator-year (ratio to 2 ns ${(cpuPerCell(mcPoint!) / 2).toFixed(2)})`
);
console.log(
	`the same as the first goal with kept draws (a slider moved, same seed): ${nsPerCell(mcKept!).toFixed(2)} ns per indicator-year, ratio to 5 ns ${(nsPerCell(mcKept!) / 5).toFixed(2)}`
);
// The figures above run under tsx, one module per source file; the app's worker runs the engine bundled into
// one file, which measured 20–30 % faster (bundled.ts; why: below). The same two runs on the bundled engine:
const bundled = await bundledMonteCarlo(modelPath.pathname);
const bundledNs = (us: number) => (us * 1000) / bundled.cells;
console.log(
	`the engine as the app ships it (bundled into one file by Vite, run by node; 7 interleaved rounds): with draws ${bundledNs(bundled.drawn.median).toFixed(2)} ns per indicator-year (wall median), ${bundledNs(bundled.drawn.cpuMin).toFixed(2)} on CPU time (ratio to 5 ns ${(bundledNs(bundled.drawn.cpuMin) / 5).toFixed(2)} ${bundledNs(bundled.drawn.cpuMin) <= 5 ? '(met)' : '(not met)'}); nothing drawn ${bundledNs(bundled.nothing.median).toFixed(2)} wall, ${bundledNs(bundled.nothing.cpuMin).toFixed(2)} CPU`
);
// tsx's module loader detaches an ArrayBuffer at startup, and so does an app worker's first transferred chunk;
// from then on V8 checks every typed-array access's buffer, which is most of the gap between tsx and the
// bundle (session 10). The bundled engine in that state, as a worker runs after its first transfer:
console.log(
	`the same bundled engine after an ArrayBuffer was detached (as in an app worker after its first transferred chunk): with draws ${bundledNs(bundled.detached.median).toFixed(2)} ns per indicator-year (wall median), ${bundledNs(bundled.detached.cpuMin).toFixed(2)} on CPU time (ratio to 5 ns ${(bundledNs(bundled.detached.cpuMin) / 5).toFixed(2)})`
);
console.log(
	`\nInteractive, ${INTERACTIVE.toLocaleString('en-US')} samples, draws kept, one thread (median of 31 interleaved runs):`
);
printRows([
	[
		'probe while dragging: P(met) only',
		ms(probe!.median),
		ms(probe!.p95),
		perCell(probe!, INTERACTIVE * indicatorYears)
	],
	[
		"full run after the release: P(met) + one indicator's bands",
		ms(oneBand!.median),
		ms(oneBand!.p95),
		`goal < 50 ms in the app (npm run bench:browser measures it there); ratio ${(oneBand!.median / 1000 / 50).toFixed(2)} here`
	]
]);

console.log(
	`on CPU time (least of the 31 rounds): probe ${ms(probe!.cpuMin!)}, full run with one indicator's bands ${ms(oneBand!.cpuMin!)}`
);
console.log(
	`\nThe subset (${SUBSET.length} indicators × ${subYears} years), same pre-drawn inputs, values only (median of 31 and 9 interleaved runs; the engine (fused per-year kernels, as Monte Carlo), the loop and the column kernels interleaved):`
);
printRows([
	[
		`engine, ${MC_SAMPLES.toLocaleString('en-US')} samples`,
		ms(subEngine!.median),
		ms(subEngine!.p95),
		perCell(subEngine!, subCells(MC_SAMPLES))
	],
	[
		`hand-written loop, ${MC_SAMPLES.toLocaleString('en-US')} samples`,
		ms(subHand!.median),
		ms(subHand!.p95),
		`engine ÷ hand-written = ${(subEngine!.median / subHand!.median).toFixed(2)}× (goal ≤ 1.3×)`
	],
	[
		`engine, column kernels (the fallback without code generation), ${MC_SAMPLES.toLocaleString('en-US')} samples`,
		ms(subColumns!.median),
		ms(subColumns!.p95),
		`column kernels ÷ hand-written = ${(subColumns!.median / subHand!.median).toFixed(2)}×`
	],
	[
		`engine, ${MATHJS_SAMPLES.toLocaleString('en-US')} samples`,
		ms(smallEngine!.median),
		ms(smallEngine!.p95),
		perCell(smallEngine!, subCells(MATHJS_SAMPLES))
	],
	[
		`mathjs compile().evaluate() per sample, ${MATHJS_SAMPLES.toLocaleString('en-US')}`,
		ms(subMathjs!.median),
		ms(subMathjs!.p95),
		`${perCell(subMathjs!, subCells(MATHJS_SAMPLES))}; engine is ${(subMathjs!.median / smallEngine!.median).toFixed(0)}× faster (goal ≥ 50×)`
	]
]);
console.log(
	`on CPU time (least of the 31 rounds): engine ÷ hand-written = ${(subEngine!.cpuMin! / subHand!.cpuMin!).toFixed(2)}× (${ms(subEngine!.cpuMin!)} against ${ms(subHand!.cpuMin!)}); column kernels ÷ hand-written = ${(subColumns!.cpuMin! / subHand!.cpuMin!).toFixed(2)}×`
);
// BENCH_PART=mc stops here: the Monte Carlo and subset figures without worker scaling and memory peaks.
if (process.env.BENCH_PART === 'mc') process.exit(0);
const scaling = await workerScaling({
	raw,
	compiled,
	uncertainty: benchUncertainty,
	samples: MC_SAMPLES,
	rounds: 7
});
console.log(
	`\nWorker scaling: the app's Monte Carlo pool on Node worker threads, ${MC_SAMPLES.toLocaleString('en-US')} samples, P(met) only (bands: none), ${availableParallelism()} cores here; median of 7 interleaved runs after one that starts the workers:`
);
const oneWorker = scaling[0]!.median;
printRows(
	scaling.map((s) => [
		`${s.workers} worker${s.workers === 1 ? '' : 's'}`,
		`${s.median.toPrecision(3)} ms`,
		`${s.p95.toPrecision(3)} ms`,
		`${(oneWorker / s.median).toFixed(2)}× the speed of 1 worker; first run (starting the workers) ${s.first.toPrecision(3)} ms`
	])
);
console.log('(The same pool in Chromium: `npm run bench:browser`, figures in tests/bench/README.md.)');
// Peak memory of a 1,000,000-sample run, each in a fresh process (memory-peak.ts).
console.log('\nPeak memory at 1,000,000 samples (fresh process, maximum resident set size; goal ≤ 300 MB):');
for (const [job, what] of [
	['cli', 'CLI: simulate --sd finance_value_added.rate=0.02 --samples 1000000 --seed 7 (every band, exact)'],
	[
		'worker',
		"app worker: kept draws of a 100,000-sample run, then a 500,000-sample chunk with one indicator's values, the other chunk, their summary"
	]
] as const) {
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', new URL('./memory-peak.ts', import.meta.url).pathname, job],
		{ encoding: 'utf8' }
	);
	if (child.status !== 0) throw new Error(`memory-peak.ts ${job} failed: ${child.stderr}`);
	const { maxRssMB, ms: took } = JSON.parse(child.stdout) as { maxRssMB: number; ms: number };
	console.log(
		`${what}: peak ${maxRssMB} MB in ${(took / 1000).toFixed(1)} s; ratio to the goal ${(maxRssMB / 300).toFixed(2)}`
	);
}
console.log(
	`Load average at the end: ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')}`
);

function printRows(table: [string, string, string, string][]): void {
	const w = [0, 1, 2].map((i) =>
		Math.max(...table.map((r) => r[i]!.length), ['what', 'median', 'p95'][i]!.length)
	);
	console.log(['what'.padEnd(w[0]!), 'median'.padStart(w[1]!), 'p95'.padStart(w[2]!), 'notes'].join('  '));
	for (const r of table)
		console.log([r[0].padEnd(w[0]!), r[1].padStart(w[1]!), r[2].padStart(w[2]!), r[3]].join('  '));
}
