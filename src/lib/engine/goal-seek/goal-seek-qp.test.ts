import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastNorm, type LinearConstraint } from './goal-seek-qp';

const slack = (c: LinearConstraint, z: readonly number[]) => c.a.reduce((s, a, i) => s + a * z[i]!, 0) - c.b;
const norm = (z: readonly number[]) => Math.hypot(...z);

describe('leastNorm', () => {
	it('projects the origin onto one half-space', () => {
		const r = leastNorm([{ a: [1, 1], b: 2 }], 2, 1e-12);
		expect(r).toMatchObject({ feasible: true, active: [0] });
		if (r.feasible) r.z.forEach((v) => expect(v).toBeCloseTo(1, 12));
	});

	it('stays at the origin when it is feasible', () => {
		const r = leastNorm([{ a: [1, 0], b: -1 }], 2, 1e-12);
		expect(r).toEqual({ feasible: true, z: [0, 0], active: [] });
	});

	it('proves infeasibility: x ≥ 1 and x ≤ 0.5; x + y ≥ 2 in the box x ≤ 0.5, y ≤ 1.2', () => {
		expect(
			leastNorm(
				[
					{ a: [1], b: 1 },
					{ a: [-1], b: -0.5 }
				],
				1,
				1e-12
			).feasible
		).toBe(false);
		const box = [
			{ a: [1, 1], b: 2 },
			{ a: [-1, 0], b: -0.5 },
			{ a: [0, -1], b: -1.2 }
		];
		expect(leastNorm(box, 2, 1e-12).feasible).toBe(false);
	});

	it('treats a constraint with no normal as met or impossible on its own', () => {
		expect(leastNorm([{ a: [0, 0], b: -1 }], 2, 1e-12).feasible).toBe(true);
		expect(leastNorm([{ a: [0, 0], b: 1 }], 2, 1e-12).feasible).toBe(false);
	});

	it('on random problems: a feasible answer satisfies every constraint and no feasible point is closer', () => {
		// Hundredths: a normal of 1e-87 (which shrinking finds) is not a constraint any linearisation produces.
		const unit = fc.integer({ min: -100, max: 100 }).map((v) => v / 100);
		const vector = (n: number) => fc.array(unit, { minLength: n, maxLength: n });
		const problem = fc.integer({ min: 1, max: 6 }).chain((n) =>
			fc.tuple(
				fc.constant(n),
				fc.array(fc.record({ a: vector(n), b: unit }), {
					minLength: 1,
					maxLength: 10
				}),
				fc.array(vector(n), { minLength: 50, maxLength: 50 })
			)
		);
		fc.assert(
			fc.property(problem, ([n, constraints, probes]) => {
				const r = leastNorm(constraints, n, 1e-12);
				if (r.feasible) {
					for (const c of constraints) expect(slack(c, r.z)).toBeGreaterThanOrEqual(-1e-9);
					// Points near the answer that are feasible are no closer to the origin.
					for (const p of probes) {
						const y = r.z.map((v, i) => v + 0.3 * p[i]!);
						if (constraints.every((c) => slack(c, y) >= 0)) {
							expect(norm(y)).toBeGreaterThanOrEqual(norm(r.z) - 1e-9);
						}
					}
				} else {
					// No probe point far and wide satisfies them all.
					for (const p of probes) {
						const y = p.map((v) => 30 * v);
						expect(constraints.every((c) => slack(c, y) >= 0)).toBe(false);
					}
				}
			}),
			{ numRuns: 500, seed: 20220217 }
		);
	});
});
