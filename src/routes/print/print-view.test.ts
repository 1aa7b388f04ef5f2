import { describe, expect, it } from 'vitest';
import type { ParameterInfo } from '$lib/engine';
import { levelResult as result } from '$lib/view/test-results';
import { builtinModel as model, indicatorById, judgedRows, targetRows } from '$lib/view';
import {
	chartedIndicators,
	MAX_CHARTS,
	reportActuals,
	reportChanges,
	reportCharts,
	reportHref,
	reportName
} from './print-view';

// Messages in the base language (zh).
describe('reportName', () => {
	it('names the saved scenario, marked when changed, else the plan, else an unsaved one', () => {
		expect(
			reportName({ saved: '低增长', dirty: false, isPlan: false, difference: { changes: 2, actuals: 0 } })
		).toBe('低增长');
		expect(
			reportName({ saved: '低增长', dirty: true, isPlan: false, difference: { changes: 2, actuals: 0 } })
		).toBe('低增长（已改动）');
		expect(
			reportName({ saved: undefined, dirty: false, isPlan: true, difference: { changes: 0, actuals: 0 } })
		).toBe('规划方案');
		expect(
			reportName({ saved: undefined, dirty: false, isPlan: false, difference: { changes: 3, actuals: 0 } })
		).toBe('未保存的情景（改动 3 项）');
	});
});

const param = (key: string, indicator: string, value: number): ParameterInfo =>
	({ key, indicator, param: 'rate', value, unit: 'fraction/yr' }) as ParameterInfo;

describe('reportChanges', () => {
	it('lists the changed parameters in the model order, with the scenario value', () => {
		const params = [
			param('gdp.rate', 'gdp', 0.05),
			param('nope.rate', 'nope', 0.1),
			param('x.rate', 'gdp', 0)
		];
		const changes = reportChanges(model, params, { 'gdp.rate': 0.03, 'nope.rate': 0.2 });
		expect(changes.map((c) => [c.param.key, c.indicator.id, c.value])).toEqual([['gdp.rate', 'gdp', 0.03]]);
	});
});

describe('reportActuals', () => {
	it('gives one row per indicator and year, keeping unknown indicators by id', () => {
		const rows = reportActuals(model, { gdp: { '2022': 1, '2023': 2 }, nope: { '2022': 3 } });
		expect(rows.map((r) => [r.id, r.year, r.value, r.indicator?.id])).toEqual([
			['gdp', '2022', 1, 'gdp'],
			['gdp', '2023', 2, 'gdp'],
			['nope', '2022', 3, undefined]
		]);
	});
});

describe('chartedIndicators', () => {
	const [t1, t2] = model.targets;
	const rows = (a: number, b: number) =>
		judgedRows(
			targetRows(
				model,
				[t1!, t2!],
				(id) => result(id, id === t1!.id ? a : b),
				(id) => result(id, 200)
			)
		);
	const changes = reportChanges(model, [param('gdp.rate', 'gdp', 0.05)], { 'gdp.rate': 0.03 });

	it('charts the indicators of troubled targets first', () => {
		expect(chartedIndicators(model, rows(50, 200), changes)).toEqual({
			troubled: true,
			indicators: [indicatorById(model, t1!.indicator)]
		});
	});

	it('else those whose assumptions changed', () => {
		expect(chartedIndicators(model, rows(200, 200), changes)).toEqual({
			troubled: false,
			indicators: [indicatorById(model, 'gdp')]
		});
	});

	it('charts at most MAX_CHARTS indicators, each once', () => {
		const all = judgedRows(
			targetRows(
				model,
				model.targets,
				(id) => result(id, 0),
				() => undefined
			)
		);
		const { indicators } = chartedIndicators(model, all, []);
		expect(indicators).toHaveLength(
			Math.min(MAX_CHARTS, new Set(model.targets.map((t) => t.indicator)).size)
		);
		expect(new Set(indicators).size).toBe(indicators.length);
	});
});

describe('reportCharts', () => {
	const years = [2021, 2022, 2023, 2024, 2025, 2026];
	const financial = indicatorById(model, 'financial_institutions')!;
	const gdp = indicatorById(model, 'gdp')!;

	it('draws the plan, the scenario and the target line of each indicator whose paths are known', () => {
		const charts = reportCharts(
			model,
			[financial, gdp],
			years,
			(id) => (id === 'gdp' ? undefined : [1, 2, 3, 4, 5, 6]),
			() => [1, 1, 1, 1, 1, 1]
		);
		expect(charts.map((c) => c.indicator.id)).toEqual(['financial_institutions']);
		expect(charts[0]!.lines.map((l) => l.kind)).toEqual(['plan', 'scenario']);
		expect(charts[0]!.threshold?.year).toBe(2026);
	});
});

describe('reportHref', () => {
	it('links the overview with the scenario once the link is known', () => {
		expect(reportHref('https://x.org', '/app', { started: true, encoded: 's=1' })).toBe(
			'https://x.org/app?s=1'
		);
		expect(reportHref('https://x.org', '/app', { started: true, encoded: '' })).toBe('https://x.org/app');
		expect(reportHref('https://x.org', '/app', { started: false, encoded: 's=1' })).toBe('');
	});
});
