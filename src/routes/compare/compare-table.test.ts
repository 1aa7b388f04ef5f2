import { describe, expect, it } from 'vitest';
import { compareTable } from './compare-table';
import { model, run } from './compare-fixture';

const baseline = run(120, 12);
const table = (results: Parameters<typeof compareTable>[0]['results'], ready: boolean, showAll = false) =>
	compareTable({ model, baseline, results, ready, showAll, locale: 'en' });
const ids = (t: ReturnType<typeof table>) => t.groups.flatMap((g) => g.rows.map((r) => r.row.target.id));

describe('compareTable', () => {
	it('lists every target with the plan column while the scenarios run', () => {
		const t = table([undefined], false);
		expect(ids(t)).toEqual(['ta', 'tb']);
		expect(t.differing).toBe(0);
		const [ta] = t.groups[0]!.rows;
		expect(ta!.name).toBe('A');
		expect(ta!.row.status).toBe('met');
		expect(ta!.reference).toMatch(/120/);
		expect(ta!.cells).toEqual([{ status: 'pending' }]);
		expect(t.totals).toEqual([expect.stringMatching(/2\D+2/), '…']);
	});

	it('judges each scenario against the plan and shows the change', () => {
		const t = table([run(90, 12)], true, true);
		expect(t.differing).toBe(1);
		const [ta, tb] = t.groups[0]!.rows;
		expect(ta!.cells[0]).toMatchObject({ status: 'miss', value: expect.stringMatching(/90/) });
		expect(ta!.cells[0]).toMatchObject({ diff: expect.stringMatching(/30/) });
		// The same value as the plan: no change shown.
		expect(tb!.cells[0]).toMatchObject({ status: 'met' });
		expect(tb!.cells[0]).not.toHaveProperty('diff');
		expect(t.statuses.map((s) => s.get('ta'))).toEqual(['met', 'miss']);
		expect(t.totals[1]).toMatch(/1\D+2/);
	});

	it('keeps only the differing targets unless asked for all', () => {
		expect(ids(table([run(90, 12)], true))).toEqual(['ta']);
		expect(ids(table([run(90, 12)], true, true))).toEqual(['ta', 'tb']);
		// None differ: all are listed.
		expect(ids(table([run(120, 12)], true))).toEqual(['ta', 'tb']);
	});

	it('leaves a failed run pending', () => {
		expect(table([null], true).groups[0]!.rows[0]!.cells).toEqual([{ status: 'pending' }]);
	});
});
