import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, runScenario, type CompiledModel, type RunResult, type Scenario } from '$lib/engine';
import { runCli } from '../../cli/run-cli';
import { tinyModel } from '../../../tests/fixtures/tiny-model';
import { CSV_BOM, exportNumber } from '$lib/engine/core';
import { parseCsv } from '../../../tests/fixtures/csv-reader';
import { buildScenarioExport, cliCommand, exportScenarioJson, seriesCsv, targetsCsv } from './export';
import { modelShape } from './model-shape';
import { actualsArb, scenarioArb, shinanModel, shinanShape } from './test-fixtures';

function compiled(model: unknown): CompiledModel {
	const result = loadModel(model);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const tiny = compiled(tinyModel());
const tinyShape = modelShape(tinyModel());
const shinan = compiled(shinanModel);

function run(model: CompiledModel, scenario: Scenario = {}): RunResult {
	const result = runScenario({ model, scenario });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

describe('seriesCsv', () => {
	it('writes one row per indicator and year, saying where each value comes from', () => {
		const result = run(tiny, { 'gdp.base': 1100 });
		const csv = seriesCsv(result, tinyShape, {
			state: { scenario: { 'gdp.base': 1100 }, actuals: { firms: { '2023': 900 } } }
		});
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual(['indicator', 'year', 'value', 'unit', 'kind', 'source_kind']);
		expect(rows).toHaveLength(1 + 5 * 6);
		expect(rows.slice(1, 3)).toEqual([
			['gdp', '2021', '1100', '亿元', 'growth', 'scenario'],
			['gdp', '2022', exportNumber(1100 * 1.04), '亿元', 'growth', 'projected']
		]);
		expect(rows.find((r) => r[0] === 'core' && r[1] === '2021')![5]).toBe('implied');
		expect(rows.find((r) => r[0] === 'talent' && r[1] === '2021')![5]).toBe('assumption');
		expect(rows.find((r) => r[0] === 'firms' && r[1] === '2023')![5]).toBe('actual');
		expect(rows.filter((r) => r[0] === 'core_share').map((r) => r[5])).toEqual(Array(6).fill('derived'));
	});

	it('keeps 12 significant digits, without binary noise', () => {
		const result = run(shinan, { 'gdp.rate': 0.0123456789 });
		const rows = parseCsv(seriesCsv(result, shinanShape)).slice(1);
		for (const [id, year, value] of rows) {
			expect(value).toBe(exportNumber(result.series[id!]![Number(year) - 2021]!));
			expect(value!.replace(/^-|\.|e.*$/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(12);
		}
	});

	it('adds a name column in the chosen language and a BOM for Excel', () => {
		const csv = seriesCsv(run(tiny), tinyShape, { locale: 'zh', bom: true });
		expect(csv.startsWith(`${CSV_BOM}indicator,year,value,unit,kind,source_kind,name\r\n`)).toBe(true);
		expect(csv).toContain('gdp,2021,1000,亿元,growth,assumption,地区生产总值\r\n');
	});
});

describe('targetsCsv', () => {
	it('writes one row per target, empty where nothing applies', () => {
		const result = run(tiny);
		const rows = parseCsv(targetsCsv(result));
		// The header as a spreadsheet shows it.
		expect(rows[0]!.join(',')).toBe(
			'id,indicator,kind,threshold,from,deadline,achieved,met,gap,required_rate,required_annual,unit,quote'
		);
		expect(rows).toHaveLength(1 + result.targets.length);
		const gdp = result.targets[0]!;
		expect(rows[1]).toEqual([
			'gdp_rate',
			'gdp',
			'rate',
			'0.04',
			'2021',
			'2026',
			exportNumber(gdp.achieved),
			'true',
			exportNumber(gdp.gap),
			exportNumber(gdp.requiredRate!),
			'',
			'fraction/yr',
			'q1'
		]);
	});

	it('adds where each target stands when the run had actuals', () => {
		const result = runScenario({ model: tiny, actuals: { firms: { '2022': 760, '2023': 850 } } });
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const rows = parseCsv(targetsCsv(result.value));
		expect(rows[0]!.slice(13).join(',')).toBe(
			'last_actual_year,required_rate_remaining,required_annual_remaining,remaining_reason,progress_status,progress_ratio'
		);
		const firms = result.value.targets.find((t) => t.id === 'firms_total')!;
		const row = rows.find((r) => r[0] === 'firms_total')!;
		expect(row[13]).toBe('2023');
		expect(row[15]).toBe(exportNumber(firms.requiredAnnualRemaining!));
		expect(rows.find((r) => r[0] === 'gdp_rate')!.slice(13)).toEqual(['', '', '', '', '', '']);
	});

	it('quotes the plan faithfully and adds probability and name columns when asked', () => {
		const result = run(tiny);
		const targets = result.targets.map((t, i) => ({
			...t,
			quote: i ? t.quote : '到2026年，“翻番”, "doubled"',
			probability: i / 10
		}));
		const rows = parseCsv(targetsCsv({ targets }, { locale: 'en' }));
		expect(rows[0]!.slice(-3)).toEqual(['quote', 'probability', 'name']);
		expect(rows[1]!.slice(-3)).toEqual(['到2026年，“翻番”, "doubled"', '0', 'GDP']);
		expect(rows[2]!.at(-2)).toBe('0.1');
	});
});

/** Splits a POSIX command line as cliCommand writes it (plain words and single-quoted words). */
function shellSplit(line: string): string[] {
	return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
		m[1] !== undefined ? m[1].replaceAll(`'\\''`, "'") : m[2]!
	);
}

describe('exportScenarioJson', () => {
	it('writes a citable file: model id and hash, scenario, command line, results', () => {
		const scenario = { 'gdp.rate[2024]': 0.05, 'finance_value_added.rate': 0.08 };
		const result = run(shinan, scenario);
		const file = JSON.parse(
			exportScenarioJson({
				model: shinanShape,
				scenario,
				result,
				createdAt: new Date('2025-03-01T08:00:00Z'),
				appVersion: '0.1.0',
				name: 'Slower finance'
			})
		);
		expect(file).toMatchObject({
			format: 'target-scenarios/run',
			formatVersion: 1,
			createdAt: '2025-03-01T08:00:00.000Z',
			app: { name: 'target-scenarios', version: '0.1.0' },
			model: { id: 'shinan-2022-2026', hash: shinanShape.hash, baseYear: 2021, endYear: 2026 },
			name: 'Slower finance',
			scenario: { 'gdp.rate[2024]': 0.05, 'finance_value_added.rate': 0.08 },
			cli: "npm run -s simulate -- --set 'gdp.rate[2024]=0.05' --set finance_value_added.rate=0.08 --format json",
			result
		});
		expect(file.cliNote).toBeUndefined();
		expect(Object.keys(file.scenario)).toEqual(['gdp.rate[2024]', 'finance_value_added.rate']);
	});

	it('carries actuals in the command, and says it leaves out uncertainty', () => {
		const file = buildScenarioExport({
			model: shinanShape,
			scenario: {},
			actuals: { gdp: { '2022': 1400 } },
			uncertainty: { yearlyNoise: { gdp: 0.01 } },
			result: run(shinan),
			createdAt: '2025-03-01T08:00:00Z',
			appVersion: '0.1.0'
		});
		expect(file.cli).toBe("npm run -s simulate -- --actual 'gdp[2022]=1400' --format json");
		expect(file.cliNote).toMatch(/without its uncertainty/);
	});

	it('quotes what a shell would misread', () => {
		expect(cliCommand({ 'gdp.rate': -1e-7 }, { modelFile: "my models/it's.json", format: 'csv' })).toBe(
			`npm run -s simulate -- --model 'my models/it'\\''s.json' --set gdp.rate=-1e-7 --format csv`
		);
	});

	it('its command line reproduces the run with the CLI, exactly', () => {
		const readFile = (path: string) => readFileSync(path, 'utf8');
		fc.assert(
			fc.property(scenarioArb(shinanShape), actualsArb(shinanShape), (scenario, actuals) => {
				const ran = runScenario({ model: shinan, scenario, actuals });
				fc.pre(ran.ok); // A random base of 0 can divide by zero: the engine rejects it, nothing to export.
				if (!ran.ok) return;
				// Compared as written: JSON has no Infinity (a cumulative target over huge yearly values sums to
				// it), so file and CLI both write null there.
				const file = JSON.parse(
					exportScenarioJson({
						model: shinanShape,
						scenario,
						actuals,
						result: ran.value,
						createdAt: '2025-01-01T00:00:00Z',
						appVersion: 'test'
					})
				);
				const argv = shellSplit(file.cli);
				expect(argv.slice(0, 5)).toEqual(['npm', 'run', '-s', 'simulate', '--']);
				const cli = runCli(argv.slice(5), readFile);
				expect(cli.stderr).toBe('');
				const report = JSON.parse(cli.stdout);
				expect(report.scenario).toEqual(file.scenario);
				expect(report.actuals ?? {}).toEqual(file.actuals ?? {});
				expect(report.series).toEqual(file.result.series);
				expect(report.targets.map(({ field: _, ...t }: { field: string }) => t)).toEqual(file.result.targets);
			}),
			{ numRuns: 40 }
		);
	}, 60_000);
});
