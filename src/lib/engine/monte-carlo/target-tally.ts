/**
 * Targets judged per sample while the years stream past: each target keeps its start column, a running
 * sum (cumulative) or running minimum (annual), and at its deadline marks which samples met it. Counts of
 * samples meeting each target, every target of each field, and every target are kept across blocks.
 * The measure and the tolerance are project/measure.ts's, operation for operation, so a sample meets a
 * target exactly when the deterministic run with its inputs does.
 */
import type { CompiledModel, CompiledTarget } from '../compile/compile-model';
import { MET_RELATIVE_TOLERANCE } from '../constants';
import type { IndicatorKind } from '../spec/types';

interface TargetState {
	target: CompiledTarget;
	indicatorKind: IndicatorKind;
	/** threshold − tolerance: achieved ≥ limit is `meets` (project/measure.ts). */
	limit: number;
	/** Years from the start to the deadline. */
	years: number;
	start: Float64Array;
	/** Running Σ of values (cumulative) or minimum of flows or additions (annual). */
	running: Float64Array;
	met: Uint8Array;
	/** Index into the tally's fields. */
	field: number;
	/**
	 * For rate targets, end/start ratios clearly above or below (1 + limit)^years (by a relative 1e-12, far
	 * beyond rounding) are decided without the power, which costs far more than the rest of the check;
	 * only ratios in between take measure()'s exact (end / start)^(1/n) − 1.
	 */
	ratioMet: number;
	ratioMissed: number;
}

/** Running counts of met targets over the samples seen so far. */
export class TargetTally {
	/** Ids of the fields that have targets, in the model's order. */
	readonly fieldIds: string[];
	/** Samples meeting each target, in the model's target order. */
	readonly targetMet: number[];
	/** Samples meeting every target of each field (fieldIds order). */
	readonly fieldMet: number[];
	/** Samples meeting every target. */
	allMet = 0;
	private readonly states: TargetState[];
	private readonly fieldMask: Uint8Array[];
	private readonly allMask: Uint8Array;

	constructor(compiled: CompiledModel, size: number) {
		const fieldOf = (t: CompiledTarget) => compiled.indicators[t.indicator]!.spec.field;
		const used = new Set(compiled.targets.map(fieldOf));
		this.fieldIds = compiled.model.fields.map((f) => f.id).filter((id) => used.has(id));
		this.states = compiled.targets.map((target) => {
			const { threshold } = target.spec;
			const limit = threshold - MET_RELATIVE_TOLERANCE * Math.max(Math.abs(threshold), 1e-12);
			const years = target.deadlineIndex - target.fromIndex;
			const ratio = (1 + limit) ** years;
			return {
				target,
				indicatorKind: compiled.indicators[target.indicator]!.spec.kind,
				limit,
				years,
				ratioMet: 1 + limit > 0 ? ratio * (1 + 1e-12) : -Infinity,
				ratioMissed: 1 + limit > 0 ? ratio * (1 - 1e-12) : -Infinity,
				start: new Float64Array(size),
				running: new Float64Array(size),
				met: new Uint8Array(size),
				field: this.fieldIds.indexOf(fieldOf(target))
			};
		});
		this.targetMet = this.states.map(() => 0);
		this.fieldMet = this.fieldIds.map(() => 0);
		this.fieldMask = this.fieldIds.map(() => new Uint8Array(size));
		this.allMask = new Uint8Array(size);
	}

	/** Starts a block of n samples. */
	startBlock(n: number): void {
		this.allMask.fill(1, 0, n);
		for (const mask of this.fieldMask) mask.fill(1, 0, n);
	}

	/** Takes year index t of the block (cur: that year's columns, prev: the year before's). */
	year(t: number, cur: readonly Float64Array[], prev: readonly Float64Array[], n: number): void {
		for (let k = 0; k < this.states.length; k++) {
			const state = this.states[k]!;
			const { fromIndex, deadlineIndex, spec, indicator } = state.target;
			if (t < fromIndex || t > deadlineIndex) continue;
			const value = cur[indicator]!;
			const { start, running } = state;
			if (t === fromIndex) {
				start.set(value.subarray(0, n));
				running.fill(spec.kind === 'annual' ? Infinity : 0, 0, n);
			} else if (spec.kind === 'cumulative') {
				for (let s = 0; s < n; s++) running[s] = running[s]! + value[s]!;
			} else if (spec.kind === 'annual') {
				if (state.indicatorKind === 'stock') {
					const before = prev[indicator]!;
					for (let s = 0; s < n; s++) running[s] = Math.min(running[s]!, value[s]! - before[s]!);
				} else for (let s = 0; s < n; s++) running[s] = Math.min(running[s]!, value[s]!);
			}
			if (t === deadlineIndex) this.judge(state, value, n, k);
		}
	}

	/** Marks and counts the samples meeting one target at its deadline. */
	private judge(state: TargetState, end: Float64Array, n: number, k: number): void {
		const { start, running, met, limit, years } = state;
		const kind = state.target.spec.kind;
		switch (kind) {
			case 'rate': {
				// As measure(): (end / start)^(1/n) − 1, NaN (not met) from a start ≤ 0 or to an end < 0.
				const { ratioMet, ratioMissed } = state;
				for (let s = 0; s < n; s++) {
					const a = start[s]!;
					const b = end[s]!;
					if (!(a > 0 && b >= 0)) met[s] = 0;
					else {
						const r = b / a;
						met[s] = r >= ratioMet ? 1 : r < ratioMissed ? 0 : r ** (1 / years) - 1 >= limit ? 1 : 0;
					}
				}
				break;
			}
			case 'level':
				for (let s = 0; s < n; s++) met[s] = end[s]! >= limit ? 1 : 0;
				break;
			case 'multiple':
				for (let s = 0; s < n; s++) met[s] = start[s]! > 0 && end[s]! / start[s]! >= limit ? 1 : 0;
				break;
			case 'cumulative':
			case 'annual':
				for (let s = 0; s < n; s++) met[s] = running[s]! >= limit ? 1 : 0;
				break;
			default:
				return kind satisfies never;
		}
		// Every target's field is in fieldIds (they are the fields of the targets), so there is a mask.
		const field = this.fieldMask[state.field]!;
		const all = this.allMask;
		let count = 0;
		for (let s = 0; s < n; s++) {
			const m = met[s]!;
			count += m;
			all[s] = all[s]! & m;
			field[s] = field[s]! & m;
		}
		this.targetMet[k]! += count;
	}

	/** Adds the block's field and all-target counts; call after the block's last year. */
	endBlock(n: number): void {
		this.allMet += countOnes(this.allMask, n);
		this.fieldMask.forEach((mask, f) => (this.fieldMet[f]! += countOnes(mask, n)));
	}
}

function countOnes(mask: Uint8Array, n: number): number {
	let count = 0;
	for (let s = 0; s < n; s++) count += mask[s]!;
	return count;
}
