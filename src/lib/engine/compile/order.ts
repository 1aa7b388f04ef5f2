/**
 * Dependency order: an indicator is computed after every indicator it reads in the same year.
 * prev() reads last year's values, which always exist, so it adds no edge.
 */

/**
 * Topological order of `count` nodes given each node's same-year dependencies (Kahn's algorithm,
 * stable: ties keep file order). On a cycle, returns the nodes on it instead.
 */
export function dependencyOrder(
	count: number,
	dependencies: (index: number) => readonly number[]
): { ok: true; order: number[] } | { ok: false; cycle: number[] } {
	const dependents: number[][] = Array.from({ length: count }, () => []);
	const waiting = new Array<number>(count).fill(0);
	for (let i = 0; i < count; i++) {
		for (const d of dependencies(i)) {
			dependents[d]!.push(i);
			waiting[i]!++;
		}
	}
	const order: number[] = [];
	const ready = waiting.flatMap((w, i) => (w === 0 ? [i] : []));
	while (ready.length) {
		const next = ready.shift()!;
		order.push(next);
		for (const d of dependents[next]!) if (--waiting[d]! === 0) ready.push(d);
	}
	if (order.length === count) return { ok: true, order };
	return { ok: false, cycle: findCycle(count, dependencies, new Set(order)) };
}

/** One cycle among the nodes left unordered, as a path that returns to its start. */
function findCycle(
	count: number,
	dependencies: (index: number) => readonly number[],
	done: Set<number>
): number[] {
	const start = [...Array(count).keys()].find((i) => !done.has(i))!;
	const path: number[] = [];
	const seen = new Map<number, number>();
	let node = start;
	while (!seen.has(node)) {
		seen.set(node, path.length);
		path.push(node);
		node = dependencies(node).find((d) => !done.has(d))!;
	}
	return [...path.slice(seen.get(node)!), node];
}
