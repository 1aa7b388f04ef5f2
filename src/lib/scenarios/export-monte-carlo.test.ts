import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, runMonteCarlo, type CompiledModel, type Uncertainty } from '$lib/engine';
import { runCli } from '../../cli/run-cli';
import {
	BAND_COLUMNS,
	bandsCsv,
	buildMonteCarloExport,
	monteCarloJson,
	probabilitiesCsv
} from './export-monte-carlo';
import { shinanModel, shinanShape } from './test-fixtures';

function compiled(model: unknown): CompiledModel {
	const result = loadModel(model);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const shinan = compiled(shinanModel);
const scenario = { 'gdp.rate': 0.05, 'financial_institutions.annual[2023]': 60 };
const actuals = { domestic_capital_used: { '2023': 201 } };
// As the app draws it: the user's own distribution plus the preset's sds for the rest.
const uncertainty: Uncertainty = {
	params: { 'gdp.rate': { type: 'triangular', min: 0.03, mode: 0.05, max: 0.06 } },
	sd: { 'finance_value_added.rate': 0.02, 'digital_core_value_added.rate': 0.02, 'fintech_firms.annual': 1 },
	yearlyNoise: { digital_core_value_added: 0.01 }
};

function mc(samples = 4000, seed = 11) {
	const result = runMonteCarlo({ model: shinan, scenario, actuals, uncertainty, samples, seed });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

/** Splits a POSIX command line as cliCommand writes it (plain words and single-quoted words). */
function shellSplit(line: string): string[] {
	return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
		m[1] !== undefined ? m[1].replaceAll(`'\\''`, "'") : m[2]!
	);
}

describe('the Monte Carlo export', () => {
	it('records what was drawn, the result, and a command that names the file itself', () => {
		const result = mc();
		const file = buildMonteCarloExport({
			model: shinanShape,
			scenario,
			actuals,
			uncertainty,
			result,
			fileName: 'mc.json',
			createdAt: '2026-11-27T10:00:00Z',
			appVersion: '0.1.0'
		});
		expect(file).toMatchObject({
			format: 'target-scenarios/monte-carlo',
			model: { id: 'shinan-2022-2026', hash: shinanShape.hash },
			scenario,
			actuals,
			uncertainty,
			samples: 4000,
			seed: 11,
			result
		});
		expect(file.cli).toBe(
			"npm run -s simulate -- --set gdp.rate=0.05 --set 'financial_institutions.annual[2023]=60' --actual 'domestic_capital_used[2023]=201' --uncertainty mc.json --samples 4000 --seed 11 --format json"
		);
	});

	it('its command, run by the real CLI on the saved file, gives the same probabilities and bands exactly', () => {
		const result = mc();
		const dir = mkdtempSync(join(tmpdir(), 'mc-export-'));
		const path = join(dir, 'shinan monte carlo.json');
		const text = monteCarloJson({
			model: shinanShape,
			scenario,
			actuals,
			uncertainty,
			result,
			fileName: path,
			createdAt: new Date('2026-11-27T10:00:00Z'),
			appVersion: 'test'
		});
		writeFileSync(path, text);
		const file = JSON.parse(text);
		const argv = shellSplit(file.cli);
		expect(argv.slice(0, 5)).toEqual(['npm', 'run', '-s', 'simulate', '--']);
		const cli = runCli(argv.slice(5), (p) => readFileSync(p, 'utf8'));
		expect(cli.stderr).toBe('');
		const report = JSON.parse(cli.stdout);
		expect(report.targets.map((t: { id: string; probability: number }) => [t.id, t.probability])).toEqual(
			file.result.targets.map((t: { id: string; probability: number }) => [t.id, t.probability])
		);
		expect(report.monteCarlo.all).toBe(file.result.all);
		expect(report.monteCarlo.bands).toEqual(file.result.bands);
		expect(report.monteCarlo.uncertainty).toEqual(uncertainty);
	});

	it('an exported file without an uncertainty object is refused by the CLI with its path', () => {
		const dir = mkdtempSync(join(tmpdir(), 'mc-export-'));
		const path = join(dir, 'broken.json');
		writeFileSync(path, JSON.stringify({ format: 'target-scenarios/monte-carlo', uncertainty: 3 }));
		const cli = runCli(['--uncertainty', path], (p) => readFileSync(p, 'utf8'));
		expect(cli.code).toBe(2);
		expect(cli.stderr).toContain(
			`${path}: $.uncertainty: an exported target-scenarios/monte-carlo file needs`
		);
	});

	it('tables: probabilities per target, field and all; bands per indicator and year', () => {
		const result = mc(2000, 3);
		const names = new Map([['finance_value_added_growth', { zh: '金融业增加值', en: 'Finance' }]]);
		const p = probabilitiesCsv(result, { names, locale: 'en' }).trimEnd().split('\r\n');
		expect(p[0]).toBe('kind,id,probability,samples,seed,name');
		expect(p).toHaveLength(1 + result.targets.length + result.fields.length + 1);
		const finance = result.targets.find((t) => t.id === 'finance_value_added_growth')!;
		expect(p).toContain(`target,finance_value_added_growth,${finance.probability},2000,3,Finance`);
		expect(p.at(-1)).toBe(`all,,${result.all},2000,3,`);

		const b = bandsCsv(result, shinanShape).trimEnd().split('\r\n');
		expect(b[0]).toBe(BAND_COLUMNS.join(','));
		expect(b).toHaveLength(1 + Object.keys(result.bands).length * result.years.length);
		const gdp = result.bands.gdp!;
		expect(b[1]).toBe(
			`gdp,2021,亿元,${gdp.p5[0]},${gdp.p25[0]},${gdp.p50[0]},${gdp.p75[0]},${gdp.p95[0]},${gdp.mean[0]}`
		);
	});
});
