import { describe, expect, it } from 'vitest';
import { runScenario } from '../run';
import { seekParameter } from './goal-seek';
import { seekAll } from './goal-seek-all';
import { noteProblems } from './seek-notes-check';
import { parameterRef, quantity, targetRef, type NoteQuantity, type SeekNote } from './seek-notes';
import { must, shinanModel } from '../../../../tests/fixtures/shinan';

// Shinan plus two GDP targets the plan does not set: a level of 1,700亿元 in 2026 (4 % a year gives
// 1,676.4), and growth of at least 5 % a year, which the digital share's doubling cannot live with.
const model = shinanModel([
	{ id: 'gdp_level_1700', indicator: 'gdp', kind: 'level', threshold: 1700 },
	{ id: 'gdp_growth_5', indicator: 'gdp', kind: 'rate', threshold: 0.05 }
]);
const DIGITAL = ['digital_core_share_doubling', 'digital_core_share_level'];

describe('seekAll', () => {
	it('finds the least change meeting the digital share targets and a GDP level together', () => {
		const r = must(seekAll({ model, targets: [...DIGITAL, 'gdp_level_1700'] }));
		expect(r.feasible).toBe(true);
		expect(r.parameters).toEqual([
			'gdp.rate',
			'gdp.base',
			'digital_core_value_added.rate',
			'digital_core_value_added.base'
		]);
		expect(r.targets.every((t) => t.met)).toBe(true);
		// Verified independently: the returned scenario meets all three.
		const run = must(runScenario({ model, scenario: r.scenario! }));
		for (const id of [...DIGITAL, 'gdp_level_1700'])
			expect(run.targets.find((t) => t.id === id)!.met).toBe(true);
		// GDP must grow, but stay at or below the doubling's 4.47 % a year.
		const gdpRate = r.scenario!['gdp.rate']!;
		expect(gdpRate).toBeGreaterThan(0.04);
		expect(gdpRate).toBeLessThanOrEqual(1.2 / 2 ** (1 / 5) - 1);
		// Least change: no worse than moving gdp.rate alone (in percentage points, squared) ...
		const alone = must(seekParameter({ model, target: 'gdp_level_1700', parameter: 'gdp.rate' }));
		expect(r.distance).toBeLessThanOrEqual(((alone.value! - 0.04) * 100) ** 2);
		// ... and optimal: at the least change, the change is parallel to the gradient of the binding GDP level,
		// log base + 5 log(1 + g), whose slopes per pp of rate and per % of base are 5 / (1 + g) : 1377.9 / base,
		// so the rate moves ≈ 4.8 times as far as the base.
		const rate = r.changes.find((c) => c.parameter === 'gdp.rate')!;
		const base = r.changes.find((c) => c.parameter === 'gdp.base')!;
		expect(rate.change / base.change).toBeCloseTo((5 / (1 + gdpRate)) * (base.to / 1377.9), 6);
		expect(r.changes.map((c) => c.parameter)).toEqual(['gdp.rate', 'gdp.base']);
		// The note lists each change with its new value, raw and in the parameter's unit.
		expect(r.note).toEqual({
			code: 'least-change-met',
			params: {
				changes: r.changes.map((c) => ({
					code: 'least-change-to',
					params: { parameter: parameterRef(c.parameter), value: quantity(c.to, c.unit) }
				}))
			}
		});
		expect(r.changes.map((c) => c.unit)).toEqual(['fraction/yr', '亿元']);
		expect(noteProblems(r.note)).toEqual([]);
	});

	it('changes nothing when the scenario already meets every target', () => {
		const r = must(seekAll({ model, targets: DIGITAL }));
		expect(r).toMatchObject({ feasible: true, changes: [], distance: 0, iterations: 0 });
		expect(r.note).toEqual({ code: 'least-change-already', params: {} });
	});

	it('names both targets when they pull gdp.rate in opposite directions (core rate fixed)', () => {
		const r = must(
			seekAll({
				model,
				targets: ['digital_core_share_doubling', 'gdp_growth_5'],
				parameters: ['gdp.rate', 'gdp.base', 'digital_core_value_added.base']
			})
		);
		expect(r.feasible).toBe(false);
		expect(r.scenario).toBeNull();
		expect(r.conflicts).toHaveLength(1);
		expect(r.conflicts[0]).toMatchObject({
			targets: ['digital_core_share_doubling', 'gdp_growth_5'],
			parameters: ['gdp.rate']
		});
		expect(r.note).toEqual({
			code: 'least-change-conflict',
			params: { parameters: ['gdp.rate', 'gdp.base', 'digital_core_value_added.base'].map(parameterRef) }
		});
		const pair = r.conflicts[0]!.note;
		expect(noteProblems(pair)).toEqual([]);
		expect(pair.code).toBe('conflict-pair');
		const [core, gdp] = pair.params.needs as SeekNote[];
		expect(core).toMatchObject({
			code: 'conflict-needs-at-most',
			params: { target: targetRef('digital_core_share_doubling'), parameter: parameterRef('gdp.rate') }
		});
		// 1.2^5 / 2 = (1 + g)^5: the core's doubling of its share allows GDP at most 4.47 % a year.
		expect((core!.params.value as NoteQuantity).value).toBeCloseTo(1.2 / 2 ** (1 / 5) - 1, 8);
		expect(gdp).toMatchObject({
			code: 'conflict-needs-at-least',
			params: { target: targetRef('gdp_growth_5') }
		});
		expect((gdp!.params.value as NoteQuantity).value).toBeCloseTo(0.05, 8);
	});

	it('meets the same two targets when the core rate may move too', () => {
		const r = must(seekAll({ model, targets: ['digital_core_share_doubling', 'gdp_growth_5'] }));
		expect(r.feasible).toBe(true);
		expect(r.scenario!['gdp.rate']).toBeCloseTo(0.05, 9);
		// The core must then grow by at least 2^(1/5) × 1.05 − 1 a year.
		expect(r.scenario!['digital_core_value_added.rate']).toBeCloseTo(2 ** (1 / 5) * 1.05 - 1, 8);
	});

	it('names a target that cannot be met alone within the bounds', () => {
		const r = must(
			seekAll({
				model,
				scenario: { 'tech_contract_turnover.base': 1 },
				targets: ['tech_contract_turnover_level', 'finance_value_added_growth'],
				parameters: ['tech_contract_turnover.rate', 'finance_value_added.rate']
			})
		);
		expect(r.feasible).toBe(false);
		expect(r.conflicts.map((c) => c.targets)).toEqual([['tech_contract_turnover_level']]);
		const note = r.conflicts[0]!.note;
		expect(noteProblems(note)).toEqual([]);
		expect(note).toEqual({
			code: 'conflict-unreachable',
			params: {
				target: targetRef('tech_contract_turnover_level'),
				settings: [
					{
						code: 'conflict-setting',
						params: {
							parameter: parameterRef('tech_contract_turnover.rate'),
							value: quantity(1, 'fraction/yr')
						}
					}
				],
				achieved: quantity(32, '亿元'),
				threshold: quantity(200, '亿元')
			}
		});
	});

	it('names a target no chosen parameter moves', () => {
		const r = must(
			seekAll({
				model,
				scenario: { 'gdp.rate': 0.03 },
				targets: ['gdp_level_1700'],
				parameters: ['finance_value_added.rate']
			})
		);
		expect(r.feasible).toBe(false);
		expect(r.conflicts[0]!.note).toMatchObject({
			code: 'conflict-unmoved',
			params: { target: targetRef('gdp_level_1700'), parameters: [parameterRef('finance_value_added.rate')] }
		});
		expect(noteProblems(r.conflicts[0]!.note)).toEqual([]);
	});

	it('is deterministic', () => {
		const a = must(seekAll({ model, targets: [...DIGITAL, 'gdp_level_1700'] }));
		const b = must(seekAll({ model, targets: [...DIGITAL, 'gdp_level_1700'] }));
		expect(a).toEqual(b);
	});

	it('reports unknown ids and empty requests as issues', () => {
		const unknown = seekAll({ model, targets: ['gdp_level_170'] });
		if (unknown.ok) throw new Error('expected an issue');
		expect(unknown.issues[0]).toEqual({
			path: 'gdp_level_170',
			code: 'unknown-target',
			params: { id: 'gdp_level_170' },
			suggestion: 'gdp_level_1700'
		});
		expect(seekAll({ model, targets: [] })).toEqual({
			ok: false,
			issues: [{ path: 'targets', code: 'seek-no-targets', params: {} }]
		});
		const bounds = seekAll({ model, targets: DIGITAL, bounds: { 'gdp.rate': { low: 0.05, high: 0.1 } } });
		expect(bounds.ok).toBe(false);
		if (!bounds.ok)
			expect(bounds.issues[0]).toMatchObject({ path: 'gdp.rate bounds', code: 'bounds-exclude-current' });
		const floor = seekAll({ model, targets: DIGITAL, bounds: { 'gdp.rate': { low: -2, high: 0.5 } } });
		expect(floor).toEqual({
			ok: false,
			issues: [{ path: 'gdp.rate bounds', code: 'bounds-rate-floor', params: { low: -2 } }]
		});
	});
});
