import { describe, expect, it } from 'vitest';
import type { Model } from '$lib/engine';
import { importScenarioJson, modelShape } from '$lib/scenarios';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { APP_VERSION, exportFile } from './export-files';
import { metCount, statuses } from './met-count';
import { shinanFile } from '../../../../tests/fixtures/shinan';

const shinan = shinanFile() as Model;

async function run(scenario: Record<string, number>) {
	const runner = createInProcessRunner();
	const loaded = await runner.load(shinan);
	if (!loaded.ok) throw new Error('model did not load');
	const result = await runner.run(scenario);
	if (!result.ok) throw new Error('scenario did not run');
	return {
		baseline: loaded.value.baseline,
		result: result.value,
		shape: modelShape(shinan, loaded.value.parameters)
	};
}

describe('export files', () => {
	const date = new Date(2025, 2, 1, 12, 0);

	it('names files by model, scenario, day and content; CSV starts with a byte-order mark', async () => {
		const { result, shape } = await run({ 'gdp.rate': 0.05 });
		const state = { scenario: { 'gdp.rate': 0.05 } };
		const series = exportFile('series', { shape, state, result, name: 'Fast GDP', locale: 'en', date });
		expect(series.name).toBe('shinan-2022-2026_Fast-GDP_2025-03-01_series.csv');
		expect(series.type).toBe('text/csv');
		expect(series.text.startsWith('\uFEFFindicator,year,value,unit,kind,source_kind,name\r\n')).toBe(true);
		const targets = exportFile('targets', { shape, state, result, locale: 'zh', date });
		expect(targets.name).toBe('shinan-2022-2026_2025-03-01_targets.csv');
		expect(targets.text.split('\r\n')).toHaveLength(shinan.targets.length + 2);
	});

	it('writes a JSON run that imports back to the same state, with the model file for the CLI', async () => {
		const { result, shape } = await run({ 'gdp.rate': 0.05 });
		const state = { scenario: { 'gdp.rate': 0.05 }, actuals: { gdp: { '2022': 1450 } } };
		const file = exportFile('json', {
			shape,
			state,
			result,
			name: 'Fast GDP',
			notes: 'why',
			modelFile: 'other.json',
			locale: 'en',
			date
		});
		const json = JSON.parse(file.text);
		expect(json.app.version).toBe(APP_VERSION);
		expect(json.cli).toContain('--model other.json');
		expect(json.name).toBe('Fast GDP');
		const read = importScenarioJson(file.text, shape);
		expect(read.ok && read.value.state).toEqual(state);
	});
});

describe('met counts', () => {
	it('count met and at-risk targets as met, judged against the plan', async () => {
		const { baseline, result } = await run({ 'finance_value_added.rate': 0.08 });
		expect(metCount(baseline, baseline)).toEqual({
			met: shinan.targets.length,
			total: shinan.targets.length
		});
		const count = metCount(result, baseline);
		expect(count.met).toBe(shinan.targets.length - 1);
		expect(statuses(result, baseline).get('finance_value_added_growth')).toBe('miss');
	});
});
