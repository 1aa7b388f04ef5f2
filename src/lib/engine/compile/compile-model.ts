/**
 * A validated model → a compiled model: indicators indexed and ordered by dependency, expressions
 * compiled once into column kernels, targets resolved to indicator indices.
 */
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import type { Indicator, Model, Target } from '../spec/types';
import { compileExpression, type CompiledExpression, type CompileOptions } from './expression';
import { formulaTree } from './formula-trees';
import { dependencyOrder } from './order';

export interface CompiledIndicator {
	index: number;
	spec: Indicator;
	/** Present for derived indicators. */
	expression?: CompiledExpression;
}

export interface CompiledTarget {
	spec: Target;
	indicator: number;
	/** Year indices (0 = base year) of the period's start and the deadline. */
	fromIndex: number;
	deadlineIndex: number;
}

export interface CompiledModel {
	model: Model;
	/** baseYear … endYear. */
	years: number[];
	indicators: CompiledIndicator[];
	/** Indicator indices in evaluation order. */
	order: number[];
	/** Order for the base year, where prev(x) is x itself and so also a dependency. */
	baseOrder: number[];
	targets: CompiledTarget[];
	indexOf: ReadonlyMap<string, number>;
}

/**
 * Compiles a model that passed validateModel. Expression errors and cycles come back as issues. Formulas
 * without a build-time tree need the formula parser loaded (formula-parser.ts). `options.codegen: false`
 * keeps the closure kernels (the fallback where `new Function` is forbidden).
 */
export function compileModel(model: Model, options: CompileOptions = {}): Result<CompiledModel> {
	const indexOf = new Map(model.indicators.map((x, i) => [x.id, i]));
	const names = [...indexOf.keys()];
	const issues: Issue[] = [];
	const indicators = model.indicators.map((spec, index): CompiledIndicator => {
		if (spec.kind !== 'derived') return { index, spec };
		const compiled = compileExpression(
			spec.expr,
			`$.indicators[${index}].expr`,
			(id) => indexOf.get(id),
			names,
			formulaTree(spec.expr),
			options
		);
		if (!compiled.ok) issues.push(...compiled.issues);
		return { index, spec, expression: compiled.ok ? compiled.value : undefined };
	});
	if (issues.length) return fail(...issues);

	const sorted = dependencyOrder(indicators.length, (i) => indicators[i]!.expression?.sameYear ?? []);
	if (!sorted.ok) {
		const ids = sorted.cycle.map((i) => indicators[i]!.spec.id);
		return fail(
			issue(`$.indicators[${sorted.cycle[0]}].expr`, 'circular-definition', { cycle: ids.join(' → ') })
		);
	}

	const baseSorted = dependencyOrder(indicators.length, (i) => {
		const e = indicators[i]!.expression;
		return e ? [...e.sameYear, ...e.previousYear] : [];
	});
	if (!baseSorted.ok) {
		const ids = baseSorted.cycle.map((i) => indicators[i]!.spec.id);
		const cycle = ids.join(' → ');
		return fail(issue(`$.indicators[${baseSorted.cycle[0]}].expr`, 'circular-base-year', { cycle }));
	}

	const years = Array.from({ length: model.endYear - model.baseYear + 1 }, (_, i) => model.baseYear + i);
	const targets = model.targets.map((spec): CompiledTarget => ({
		spec,
		indicator: indexOf.get(spec.indicator)!,
		fromIndex: (spec.from ?? model.baseYear) - model.baseYear,
		deadlineIndex: spec.deadline - model.baseYear
	}));
	return ok({ model, years, indicators, order: sorted.order, baseOrder: baseSorted.order, targets, indexOf });
}
