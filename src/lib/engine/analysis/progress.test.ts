import { describe, expect, it } from 'vitest';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { compiled } from '../../../../tests/fixtures/load';
import { runScenario } from '../run';
import { assessProgress, statusOf, type ProgressQuestion } from './progress';
import { issueText } from '../../../cli/issue-text';

const question = (q: Partial<ProgressQuestion>): ProgressQuestion => ({
	kind: 'rate',
	indicatorKind: 'growth',
	path: [100, 107, 114.49, 0, 0, 0],
	last: 2,
	fromYear: 2021,
	achieved: false,
	requiredRate: 0.1,
	requiredAnnual: null,
	unit: '亿元',
	...q
});

/** The progress of a stock or flow whose plan asks `requiredAnnual` a year (and `requiredRate`). */
const byAmount = (
	q: Pick<ProgressQuestion, 'kind' | 'indicatorKind' | 'path'>,
	requiredAnnual: number,
	requiredRate: number | null
) => assessProgress(question({ ...q, requiredRate, requiredAnnual }));

describe('assessProgress (the SDG progress measure)', () => {
	it('the worked example: required 10 %/yr, observed 7 %/yr 2021–23 → R = 0.70, acceleration needed', () => {
		const p = assessProgress(question({}));
		expect(p.ratio).toBeCloseTo(0.7, 12);
		expect(p.observedRate).toBeCloseTo(0.07, 12);
		expect(p).toMatchObject({ status: 'acceleration_needed', basis: 'growth', requiredRate: 0.1 });
		expect(issueText({ ...p.formula, path: '' })).toBe(
			'R = 7 %/yr ÷ |10 %/yr| = 0.7 (observed 2021–2023: (114.49 / 100)^(1/2) − 1) → acceleration needed'
		);
		expect(issueText({ ...p.formula, path: '' }, 'zh')).toBe(
			'R = 每年 7% ÷ |每年 10%| = 0.7（2021–2023 年实际：(114.49 / 100)^(1/2) − 1）→ 需要加速'
		);
	});

	it('one observed year shows the plain ratio, no root: (107 / 100) − 1, never ^(1/1)', () => {
		const p = assessProgress(question({ last: 1 }));
		expect(p.observedRate).toBeCloseTo(0.07, 12);
		expect(issueText({ ...p.formula, path: '' })).toBe(
			'R = 7 %/yr ÷ |10 %/yr| = 0.7 (observed 2021–2022: 107 / 100 − 1) → acceleration needed'
		);
		expect(issueText({ ...p.formula, path: '' }, 'zh')).toContain('（2021–2022 年实际：107 / 100 − 1）');
	});

	it('reproduces the worked example through runScenario, with the rate needed for 2024–26', () => {
		const m = tinyModel();
		m.indicators[1] = { ...m.indicators[1]!, base: 100 } as (typeof m.indicators)[1];
		m.targets.push({
			id: 'core_x',
			indicator: 'core',
			kind: 'multiple',
			threshold: 1.61051,
			deadline: 2026,
			quote: 'q'
		});
		const result = runScenario({ model: compiled(m), actuals: { core: { 2022: 107, 2023: 114.49 } } });
		if (!result.ok) throw new Error(result.issues[0]!.message);
		const t = result.value.targets.find((x) => x.id === 'core_x')!;
		expect(t.lastActualYear).toBe(2023);
		expect(t.progress!.ratio!.toFixed(2)).toBe('0.70');
		expect(t.progress!.status).toBe('acceleration_needed');
		expect(t.requiredRateRemaining).toBeCloseTo((1.6105 / 1.07 ** 2) ** (1 / 3) - 1, 4);
		expect((t.requiredRateRemaining! * 100).toFixed(2)).toBe('12.05');
	});

	it.each([
		[1.2, 'on_track'],
		[0.95, 'on_track'],
		[0.9499, 'acceleration_needed'],
		[0.6, 'acceleration_needed'],
		[0.5999, 'limited_progress'],
		[0, 'limited_progress'],
		[-0.01, 'deterioration']
	] as const)('R = %d is %s', (ratio, status) => expect(statusOf(ratio)).toBe(status));

	it('a target already met is achieved whatever R says', () => {
		expect(assessProgress(question({ achieved: true, path: [100, 90, 95, 0, 0, 0] })).status).toBe(
			'achieved'
		);
	});

	it('a falling indicator is deterioration', () => {
		const p = assessProgress(question({ path: [100, 95, 90.25, 0, 0, 0] }));
		expect(p.status).toBe('deterioration');
		expect(p.ratio).toBeCloseTo(-0.5, 12);
	});

	it('a flow the plan holds steady (required growth 0) is judged by its yearly amount', () => {
		const p = byAmount({ kind: 'cumulative', indicatorKind: 'flow', path: [180, 180, 201, 0, 0, 0] }, 180, 0);
		expect(p).toMatchObject({ basis: 'amount', status: 'on_track', observedRate: 190.5, requiredRate: 180 });
		expect(p.ratio).toBeCloseTo(190.5 / 180, 12);
		expect(issueText({ ...p.formula, path: '' })).toBe(
			'R = 190.5 亿元/yr ÷ |180 亿元/yr| = 1.06 (observed 2021–2023: the average yearly flow) → on track'
		);
	});

	it('an annual target compares the smallest yearly amount so far', () => {
		const p = byAmount({ kind: 'annual', indicatorKind: 'flow', path: [20, 10, 56, 0, 0, 0] }, 20, 0);
		expect(p).toMatchObject({ basis: 'amount', observedRate: 10, ratio: 0.5, status: 'limited_progress' });
	});

	it('a stock from zero (no growth rate) is judged by its yearly additions', () => {
		const p = byAmount({ kind: 'level', indicatorKind: 'stock', path: [0, 3, 6, 0, 0, 0] }, 4, null);
		expect(p).toMatchObject({ basis: 'amount', observedRate: 3, ratio: 0.75, status: 'acceleration_needed' });
	});

	it('a required growth of 0 with no yearly amount follows the sign of the observed growth', () => {
		const flat = assessProgress(question({ requiredRate: 0, path: [100, 101, 102, 0, 0, 0] }));
		expect(flat).toMatchObject({ status: 'on_track', ratio: null });
		expect(assessProgress(question({ requiredRate: 0, path: [100, 99, 98, 0, 0, 0] })).status).toBe(
			'deterioration'
		);
	});

	it('is not assessed where no pace is defined', () => {
		const p = assessProgress(
			question({ indicatorKind: 'derived', path: [0, 1, 2, 0, 0, 0], requiredRate: null })
		);
		expect(p).toMatchObject({ status: 'not_assessed', ratio: null, observedRate: null });
	});
});
