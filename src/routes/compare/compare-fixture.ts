/** A two-target model and its runs, for the compare page's unit tests. */
import type { Model, RunResult } from '$lib/engine';
import { levelResult as result } from '$lib/view/test-results';

const name = (zh: string, en: string) => ({ zh, en });

export const model = {
	id: 'tiny',
	baseYear: 2021,
	fields: [{ id: 'f', name: name('领域', 'Field') }],
	indicators: [
		{ id: 'a', field: 'f', kind: 'stock', unit: '家', name: name('甲', 'A') },
		{ id: 'b', field: 'f', kind: 'stock', unit: '家', name: name('乙', 'B') },
		{ id: 'c', field: 'f', kind: 'derived', unit: '家', name: name('丙', 'C'), expr: 'a + b' }
	],
	targets: [
		{ id: 'ta', indicator: 'a', kind: 'level', deadline: 2022, threshold: 100 },
		{ id: 'tb', indicator: 'b', kind: 'level', deadline: 2022, threshold: 10 }
	]
} as unknown as Model;

/** A run reaching `a` and `b` in 2022. */
export function run(a: number, b: number): RunResult {
	return {
		model: 'tiny',
		years: [2021, 2022],
		series: { a: [50, a], b: [5, b], c: [55, a + b] },
		targets: [result('ta', a, 100), result('tb', b, 10)]
	};
}
