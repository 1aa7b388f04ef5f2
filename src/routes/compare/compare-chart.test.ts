import { describe, expect, it } from 'vitest';
import { chartable, compareChart } from './compare-chart';
import { compareTable } from './compare-table';
import { model, run } from './compare-fixture';

const baseline = run(120, 12);
const members = [{ id: 's1', name: 'Low', color: 'red' }];

function chart(picked: string | null, results = [run(120, 8)]) {
	const { statuses } = compareTable({ model, baseline, results, ready: true, showAll: false, locale: 'en' });
	return compareChart({ model, picked, baseline, members, results, statuses, locale: 'en' });
}

describe('compareChart', () => {
	it('shows the first indicator whose targets the scenarios judge differently', () => {
		const c = chart(null);
		expect(c.indicator?.id).toBe('b');
		expect(c.lines).toEqual([
			{ id: 'plan', label: expect.any(String), values: [5, 12], kind: 'plan' },
			{ id: 's1', label: 'Low', values: [5, 8], kind: 'scenario', color: 'red' }
		]);
		expect(c.threshold).toMatchObject({ value: 10, year: 2022 });
		expect(c.title).toContain('B');
	});

	it('shows the indicator picked, if the model has it', () => {
		expect(chart('a').indicator?.id).toBe('a');
		expect(chart('nope').indicator?.id).toBe('b');
	});

	it('draws nothing before the plan has run', () => {
		const c = compareChart({
			model,
			picked: 'a',
			baseline: null,
			members,
			results: [],
			statuses: [],
			locale: 'en'
		});
		expect(c.lines).toEqual([]);
	});
});

describe('chartable', () => {
	it('offers indicators with targets and every one that is not derived', () => {
		expect(chartable(model).map((i) => i.id)).toEqual(['a', 'b']);
	});
});
