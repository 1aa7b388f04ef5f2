import { describe, expect, it } from 'vitest';
import { portableExp, portableLog } from './portable-math';

/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
	const view = new DataView(new ArrayBuffer(16));
	view.setFloat64(0, a);
	view.setFloat64(8, b);
	const d = view.getBigInt64(0) - view.getBigInt64(8);
	return Number(d < 0n ? -d : d);
}

/** A deterministic spread of inputs (a linear congruential sequence: no engine-dependent maths). */
function* inputs(n: number, scale: (u: number) => number): Generator<number> {
	let state = 12345;
	for (let i = 0; i < n; i++) {
		state = (state * 1103515245 + 12345) % 2147483648;
		yield scale(state / 2147483648);
	}
}

describe('portable maths', () => {
	it('log is within 1 ulp of Math.log, over (0, 1], wide magnitudes, subnormals and exact cases', () => {
		let worst = 0;
		for (const x of inputs(100_000, (u) => 1 - u)) worst = Math.max(worst, ulps(portableLog(x), Math.log(x)));
		for (const x of inputs(20_000, (u) => 2 ** (u * 2000 - 1000)))
			worst = Math.max(worst, ulps(portableLog(x), Math.log(x)));
		for (const x of [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 2, Math.E, 10, 1e300, Number.MAX_VALUE])
			worst = Math.max(worst, ulps(portableLog(x), Math.log(x)));
		expect(worst).toBeLessThanOrEqual(1);
		expect(portableLog(1)).toBe(0);
		expect(portableLog(0)).toBe(-Infinity);
		expect(portableLog(-1)).toBeNaN();
		expect(portableLog(Infinity)).toBe(Infinity);
	});

	it('exp is within 1 ulp of Math.exp across its range, 0 and ∞ beyond it', () => {
		let worst = 0;
		for (const x of inputs(100_000, (u) => u * 40 - 20))
			worst = Math.max(worst, ulps(portableExp(x), Math.exp(x)));
		for (const x of inputs(20_000, (u) => u * 1400 - 700))
			worst = Math.max(worst, ulps(portableExp(x), Math.exp(x)));
		expect(worst).toBeLessThanOrEqual(1);
		expect(portableExp(0)).toBe(1);
		expect(portableExp(710)).toBe(Infinity);
		expect(portableExp(-746)).toBe(0);
		expect(portableExp(709.7)).toBeCloseTo(Math.exp(709.7), -300);
	});
});
