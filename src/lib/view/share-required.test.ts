import { describe, expect, it } from 'vitest';
import { checkConsistency, runScenario } from '$lib/engine';
import { must, shinanModel } from '../../../tests/fixtures/shinan';
import { builtinModel as model, indicatorById } from '$lib/view';
import { numeratorRequiredText, numeratorRequirement, shareParts } from './share-required';

const compiled = shinanModel();

/** Shinan run under `scenario`: the result of target `id` and the requirement on its numerator. */
function at(scenario: Record<string, number>, id: string) {
	const run = must(runScenario({ model: compiled, scenario }));
	const result = run.targets.find((t) => t.id === id)!;
	return { result, req: numeratorRequirement(model, result, (i) => run.series[i], run.years) };
}

/** What the consistency card says the numerator needs (`requiredNumeratorGrowth`). */
function fromFinding(scenario: Record<string, number>, id: string): number {
	const findings = must(checkConsistency({ model: compiled, scenario }));
	return findings.find((f) => f.id === `share-growth:${id}`)!.values!.requiredNumeratorGrowth!;
}

describe('shareParts', () => {
	it('reads a / b, and nothing else', () => {
		expect(shareParts(indicatorById(model, 'digital_core_share')!)).toEqual({
			numerator: 'digital_core_value_added',
			denominator: 'gdp'
		});
		expect(shareParts(indicatorById(model, 'gdp')!)).toBeNull();
	});
});

describe("a share target's requirement on its numerator (Shinan)", () => {
	it('with GDP at 6 % a year, doubling the digital-core share needs 21.76 % a year of core value added', () => {
		const { result, req } = at({ 'gdp.rate': 0.06 }, 'digital_core_share_doubling');
		expect(req!.numerator.id).toBe('digital_core_value_added');
		// 2^(1/5) × 1.06 − 1: the share doubles in five years while GDP grows 6 % a year.
		expect(req!.rate).toBeCloseTo(2 ** (1 / 5) * 1.06 - 1, 10);
		expect(req!.rate).toBeCloseTo(0.2176, 4);
		// The share's own required growth is a different number (14.87 %): not the numerator's.
		expect(result.requiredRate).toBeCloseTo(2 ** (1 / 5) - 1, 6);
		expect(numeratorRequiredText(req!, 'zh')).toBe('按此情景的分母路径，数字经济核心产业增加值需 21.8%/年');
	});

	it('agrees with the consistency finding for every share target and several GDP paths', () => {
		for (const rate of [0.02, 0.04, 0.06, 0.08]) {
			for (const id of ['digital_core_share_doubling', 'digital_core_share_level']) {
				const { req } = at({ 'gdp.rate': rate }, id);
				expect(req!.rate).toBeCloseTo(fromFinding({ 'gdp.rate': rate }, id), 10);
			}
		}
	});

	it('with the plan (GDP 4 %), the 10.5 % level needs (0.105 × GDP₂₀₂₆ / 72.34)^(1/5) − 1', () => {
		const { req } = at({}, 'digital_core_share_level');
		const gdp2026 = 1377.9 * 1.04 ** 5;
		expect(req!.rate).toBeCloseTo(((0.105 * gdp2026) / 72.33975) ** (1 / 5) - 1, 8);
	});

	it('says nothing for targets on indicators that are no share a / b, or for sums over years', () => {
		const run = must(runScenario({ model: compiled }));
		const isShare = (id: string) => shareParts(indicatorById(model, id)!) !== null;
		const others = run.targets.filter((t) => !isShare(t.indicator));
		expect(others.length).toBeGreaterThan(30);
		for (const other of others)
			expect(numeratorRequirement(model, other, (i) => run.series[i], run.years)).toBeNull();
		const sum = run.targets.find((t) => t.id === 'digital_core_share_level')!;
		expect(
			numeratorRequirement(model, { ...sum, kind: 'cumulative' }, (i) => run.series[i], run.years)
		).toBeNull();
	});
});
