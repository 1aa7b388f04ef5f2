import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './order';

describe('dependencyOrder', () => {
	it('puts dependencies first and keeps file order between independent nodes', () => {
		const deps = [[2], [], [1], []];
		expect(dependencyOrder(4, (i) => deps[i]!)).toEqual({ ok: true, order: [1, 3, 2, 0] });
	});

	it('returns the nodes of a cycle as a closed path', () => {
		const deps = [[], [2], [3], [1]];
		expect(dependencyOrder(4, (i) => deps[i]!)).toEqual({ ok: false, cycle: [1, 2, 3, 1] });
	});

	it('finds a self-loop', () => {
		expect(dependencyOrder(2, (i) => (i === 1 ? [1] : []))).toEqual({ ok: false, cycle: [1, 1] });
	});
});
