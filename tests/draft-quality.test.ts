/**
 * The drafter measured, not asserted: each real plan text is drafted and compared with a hand-made list of
 * its targets (the Shinan plan with the built-in model), by the matching rule of
 * src/lib/engine/draft/compare.ts. The figures are printed; src/lib/engine/draft/README.md reports them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTargets, draftModel, type ExpectedTarget } from '../src/lib/engine/draft/index';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface Fixture {
	name: string;
	text: string;
	baseYear?: number;
	expected: ExpectedTarget[];
}

function fixture(name: string): Fixture {
	const spec = JSON.parse(read(`tests/fixtures/plans/${name}.expected.json`));
	return {
		name,
		text: read(`tests/fixtures/plans/${spec.text}`),
		baseYear: spec.baseYear,
		expected: spec.targets
	};
}

const shinan: Fixture = {
	name: 'shinan-2022-2026 (built-in model)',
	text: read('models/sources/shinan-2022-congress-report.zh.txt'),
	// No base year given: the drafter reads it from the text (到2026年 → 2021).
	expected: JSON.parse(read('models/shinan-2022-2026.json')).targets
};

const FIXTURES = [
	shinan,
	fixture('jiangjin-2022-2027'),
	fixture('sanmenxia-2022-2027'),
	fixture('china-2024-government-work-report'),
	// Held out: added after the drafter was written, their lists made before drafting them (README).
	fixture('shanghai-2024-government-work-report'),
	fixture('fujian-2026-government-work-report'),
	fixture('guangzhou-2021-2025'),
	fixture('yangtze-delta-2019-2025'),
	fixture('xianyang-2023-plan'),
	fixture('fucheng-2019-government-work-report'),
	fixture('linxiang-2021-2025')
];

describe('draft quality on real plans', () => {
	it.each(FIXTURES)('$name: ≥ 90 % of targets found, ≤ 15 % of drafted targets matching none', (f) => {
		const result = draftModel(f.text, { baseYear: f.baseYear });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const drafted = result.value.model.targets;
		const c = compareTargets(f.text, f.expected, drafted);
		const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
		console.log(
			`${f.name}: expected ${f.expected.length}, drafted ${drafted.length}, found ${c.matched.length} ` +
				`(recall ${pct(c.recall)}), drafted matching none ${c.extra.length} (${pct(c.unmatchedShare)})` +
				(c.missed.length ? `\n  missed: ${c.missed.map((t) => t.quote).join(' | ')}` : '') +
				(c.extra.length ? `\n  extra: ${c.extra.map((t) => t.quote).join(' | ')}` : '')
		);
		expect(c.recall).toBeGreaterThanOrEqual(0.9);
		expect(c.unmatchedShare).toBeLessThanOrEqual(0.15);
	});

	it('the Shinan draft reads its years from the text', () => {
		const result = draftModel(shinan.text);
		expect(result.ok && [result.value.model.baseYear, result.value.model.endYear]).toEqual([2021, 2026]);
	});
});

describe('the matching rule', () => {
	const text = '五年培育各类企业350家、总数达到500家';
	it('needs the same kind, the threshold within rounding and overlapping quotes', () => {
		const expected: ExpectedTarget = { quote: '总数达到500家', kind: 'level', threshold: 500 };
		const same = (d: ExpectedTarget) => compareTargets(text, [expected], [d]).matched.length === 1;
		expect(same({ quote: text, kind: 'level', threshold: 500.001 })).toBe(true);
		expect(same({ quote: text, kind: 'cumulative', threshold: 500 })).toBe(false);
		expect(same({ quote: text, kind: 'level', threshold: 510 })).toBe(false);
		expect(same({ quote: '五年培育各类企业350家', kind: 'level', threshold: 500 })).toBe(false);
	});

	it('matches each target at most once', () => {
		const e: ExpectedTarget = { quote: '总数达到500家', kind: 'level', threshold: 500 };
		const c = compareTargets(text, [e], [e, e]);
		expect([c.matched.length, c.extra.length, c.unmatchedShare]).toEqual([1, 1, 0.5]);
	});
});
