/**
 * `npm run bench`: speed figures for the engine, printed, never asserted (see tests/bench/README.md).
 */
import { readFileSync } from 'node:fs';
import {
	formatIssues,
	loadModel,
	project,
	resolveInputs,
	runScenario,
	type CompiledModel,
	type Model
} from '../../src/lib/engine';
import { prepareReference } from './reference-projection';
import { time, us } from './timing';

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
	`target-scenarios benchmarks — Node ${process.version}, ${compiled.indicators.length} indicators × ${compiled.years.length} years, ${compiled.targets.length} targets\n`
);

const load = time(mustLoad);
const full = time(run);
const inputs = resolveInputs(compiled, {});
if (!inputs.ok) throw new Error(formatIssues(inputs.issues));
const projectOnly = time(() => project(compiled, inputs.value));
const reference = time(referenceProjection);
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
		`engine projection ÷ reference = ${(projectOnly.median / reference.median).toFixed(2)}×`
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
