/**
 * Changing an indicator's unit under its targets. Within one scale (亿元 ↔ 万亿元, 万人 ↔ 人) every number
 * in the old unit is converted: base, yearly amounts and their overrides, level / cumulative / annual
 * thresholds (rates and multiples have no unit and stay). Between units with no fixed factor (亿元 ↔
 * 亿美元, 家 ↔ 个) the numbers would keep their digits and change their meaning, so the change is refused
 * while targets or a formula depend on them, unless the caller asks to keep the numbers as they are.
 */
import { clean } from '../draft/units';
import { formulaReaders } from './indicators';
import {
	indicatorIndex,
	refuse,
	unknownUnit,
	type EditResult,
	type WorkingIndicator,
	type WorkingModel
} from './types';

/** Units measured on one scale: [scale, how many of the scale's smallest unit one of this unit is]. */
const SCALES: Record<string, [string, number]> = {
	元: ['yuan', 1],
	万元: ['yuan', 1e4],
	亿元: ['yuan', 1e8],
	万亿元: ['yuan', 1e12],
	人: ['people', 1],
	万人: ['people', 1e4],
	平方米: ['area', 1],
	万平方米: ['area', 1e4]
};

/** The factor turning a number in `from` into one in `to`, or undefined when there is no fixed one. */
export function unitFactor(from: string, to: string): number | undefined {
	if (from === to) return 1;
	const a = SCALES[from];
	const b = SCALES[to];
	return a && b && a[0] === b[0] ? a[1] / b[1] : undefined;
}

const scale = (x: number | null | undefined, f: number) => (typeof x === 'number' ? clean(x * f) : x);

function convertIndicator(x: WorkingIndicator, unit: string, f: number): WorkingIndicator {
	if (x.kind === 'derived' || f === 1) return { ...x, unit };
	const converted: WorkingIndicator = { ...x, unit, base: scale(x.base, f) } as WorkingIndicator;
	if ('annual' in x && x.annual !== undefined) Object.assign(converted, { annual: scale(x.annual, f) });
	if ('annualByYear' in x && x.annualByYear)
		Object.assign(converted, {
			annualByYear: Object.fromEntries(Object.entries(x.annualByYear).map(([y, v]) => [y, clean(v * f)]))
		});
	return converted;
}

/**
 * Sets indicator `id`'s unit to `unit` (one of the engine's units), converting its numbers and its
 * targets' thresholds when the two units share a scale. With `keepNumbers`, the digits stay as they are
 * (the user says the numbers were meant in the new unit all along).
 */
export function changeUnit(
	model: WorkingModel,
	id: string,
	unit: string,
	options: { keepNumbers?: boolean } = {}
): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const path = `$.indicators[${at.value}].unit`;
	const badUnit = unknownUnit(path, unit);
	if (badUnit) return badUnit;
	const old = model.indicators[at.value]!;
	const factor = options.keepNumbers ? 1 : unitFactor(old.unit, unit);
	const inUnit = model.targets.flatMap((t, i) =>
		t.indicator === id && t.kind !== 'rate' && t.kind !== 'multiple' ? [`${t.id} ($.targets[${i}])`] : []
	);
	const readers = formulaReaders(model, id);
	if (factor === undefined && (inUnit.length || readers.length))
		return refuse(path, 'unit-not-convertible', {
			from: old.unit,
			to: unit,
			// Who depends on the old unit: the targets with thresholds in it and the formulas reading it.
			uses: [...inUnit, ...readers.map((x) => x.id)]
		});
	const f = factor ?? 1;
	const indicators = model.indicators.map((x, i) => (i === at.value ? convertIndicator(x, unit, f) : x));
	const targets = model.targets.map((t) =>
		t.indicator === id && t.kind !== 'rate' && t.kind !== 'multiple' && f !== 1
			? { ...t, threshold: clean(t.threshold * f) }
			: t
	);
	return { ok: true, value: { ...model, indicators, targets } };
}

/** One target's threshold before and after a unit change. */
export interface ThresholdChange {
	target: string;
	from: number;
	to: number;
}

/**
 * What changing indicator `id`'s unit to `unit` would do, for the editor to say before it applies it:
 * `convert` (by `factor`, with each threshold in the old unit and what it becomes), `relabel` (no fixed
 * factor, but nothing depends on the old unit: only the label changes), `refused` (no fixed factor while
 * `uses` depend on it: applying it needs `keepNumbers`), or `none` (same unit, unknown indicator or unit).
 */
export type UnitChangeEffect =
	| { kind: 'none' }
	| { kind: 'convert'; factor: number; thresholds: ThresholdChange[] }
	| { kind: 'relabel' }
	| { kind: 'refused'; uses: string[] };

export function unitChangeEffect(model: WorkingModel, id: string, unit: string): UnitChangeEffect {
	const old = model.indicators.find((x) => x.id === id);
	if (!old || old.unit === unit || unknownUnit('', unit)) return { kind: 'none' };
	const factor = unitFactor(old.unit, unit);
	const inUnit = model.targets.filter(
		(t) => t.indicator === id && t.kind !== 'rate' && t.kind !== 'multiple'
	);
	if (factor === undefined) {
		const uses = [...inUnit.map((t) => t.id), ...formulaReaders(model, id).map((x) => x.id)];
		return uses.length ? { kind: 'refused', uses } : { kind: 'relabel' };
	}
	const thresholds = inUnit.map((t) => ({
		target: t.id,
		from: t.threshold,
		to: clean(t.threshold * factor)
	}));
	return { kind: 'convert', factor, thresholds };
}
