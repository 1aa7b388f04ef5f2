/**
 * The Shinan model's default run, pinned: any change to the model file or the engine that moves a number
 * shows up here as a diff to review (update deliberately with `npx vitest run tests/golden.test.ts -u`).
 * Numbers are rounded to 10 significant digits so that last-bit floating-point noise is not a change.
 */
import { describe, expect, it } from 'vitest';
import { run } from './fixtures/load';
import { shinanFile } from './fixtures/shinan';

const model = shinanFile();

/** Rounds every number in a JSON-like value to `digits` significant digits. */
function rounded(value: unknown, digits = 10): unknown {
	if (typeof value === 'number') return Number(value.toPrecision(digits));
	if (Array.isArray(value)) return value.map((v) => rounded(v, digits));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v, digits)]));
	}
	return value;
}

describe('golden: the Shinan model under its defaults', () => {
	const result = run(model);

	it('matches the reviewed output', async () => {
		const { targets, ...rest } = result;
		const compact = { ...rest, targets: targets.map(({ name: _name, quote: _quote, ...t }) => t) };
		await expect(JSON.stringify(rounded(compact), null, '\t') + '\n').toMatchFileSnapshot(
			'./golden/shinan-defaults.json'
		);
	});

	it('meets every target, as the plan intends', () => {
		const missed = result.targets.filter((t) => !t.met).map((t) => t.id);
		expect(missed).toEqual([]);
		expect(result.targets).toHaveLength(37);
	});

	it('pins the headline numbers', () => {
		const t = (id: string) => result.targets.find((x) => x.id === id)!;
		expect(t('finance_value_added_growth').achieved).toBeCloseTo(0.1, 12);
		expect(t('financial_institutions_total').achieved).toBe(1200);
		expect(t('digital_core_share_doubling').achieved).toBeCloseTo(1.2 ** 5 / 1.04 ** 5, 12);
		expect(t('import_export_city_share').achieved).toBeGreaterThanOrEqual(0.1);
		expect(result.series.financial_institutions).toEqual([700, 800, 900, 1000, 1100, 1200]);
	});
});
