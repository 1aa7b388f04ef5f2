/**
 * An indicator's kind, field and formula. Changing the kind keeps what still means the same (name, unit,
 * field, and the base value with its source between growth, stock and flow) and empties what does not (a
 * rate is not a yearly amount), so the editor then reports exactly what the new kind still needs. A
 * formula is checked here only for being given; its names, syntax and cycles are checked where formulas
 * compile (the worker), which reports them by the same JSON path.
 */
import type { DraftIndicator } from '../draft/build-model';
import { draftText, type DraftSay } from '../draft/draft-text';
import type { IndicatorKind } from '../spec/types';
import { formulaReaders } from './indicators';
import {
	indicatorIndex,
	nearest,
	refuse,
	type EditResult,
	type WorkingIndicator,
	type WorkingModel
} from './types';

/** The indicator kinds, in the order the editor offers them. */
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['growth', 'stock', 'flow', 'derived'];

function replaced(model: WorkingModel, at: number, next: WorkingIndicator): WorkingModel {
	return { ...model, indicators: model.indicators.map((x, i) => (i === at ? next : x)) };
}

/** Sets derived indicator `id`'s formula (mathjs syntax over indicator ids, e.g. `a / b`). */
export function setFormula(model: WorkingModel, id: string, expr: string): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const old = model.indicators[at.value]!;
	const path = `$.indicators[${at.value}]`;
	if (old.kind !== 'derived') return refuse(`${path}.kind`, 'not-derived', { id });
	if (typeof expr !== 'string' || expr.trim() === '') return refuse(`${path}.expr`, 'formula-empty');
	return { ok: true, value: replaced(model, at.value, { ...old, expr }) };
}

/** Moves indicator `id` to field `field` (one of the model's fields). */
export function setField(model: WorkingModel, id: string, field: string): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const fields = model.fields.map((f) => f.id);
	if (!fields.includes(field))
		return refuse(`$.indicators[${at.value}].field`, 'unknown-field', { field }, nearest(field, fields));
	return { ok: true, value: replaced(model, at.value, { ...model.indicators[at.value]!, field }) };
}

/**
 * Changes indicator `id`'s kind. A derived indicator read by no formula may become any kind, and any kind
 * may become derived (its formula then to be written); growth ↔ stock ↔ flow keep the base and source.
 * `say` writes what a derived indicator's now missing source needs, as model text `{ zh, en }`.
 */
export function setKind(model: WorkingModel, id: string, kind: IndicatorKind, say: DraftSay): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const old = model.indicators[at.value]!;
	const path = `$.indicators[${at.value}].kind`;
	if (!INDICATOR_KINDS.includes(kind))
		return refuse(path, 'bad-kind', { allowed: INDICATOR_KINDS, got: String(kind) });
	if (old.kind === kind) return { ok: true, value: model };
	// What the user wrote about the indicator stays whatever its kind.
	const common = {
		id: old.id,
		name: old.name,
		unit: old.unit,
		field: old.field,
		...('description' in old && old.description ? { description: old.description } : {}),
		...(old.notes?.length ? { notes: old.notes } : {})
	};
	if (kind === 'derived') {
		// Another formula reading it stays valid: a derived indicator has values each year too.
		return { ok: true, value: replaced(model, at.value, { ...common, kind, expr: '' }) };
	}
	const kept =
		old.kind === 'derived'
			? {
					base: null,
					source: {
						kind: 'missing',
						needs: say([draftText('needs-base', { year: model.baseYear, unit: old.unit })])
					}
				}
			: { base: old.base, source: old.source };
	const next = {
		...common,
		kind,
		...kept,
		...(kind === 'growth' ? { rate: null } : { annual: null }),
		notes: common.notes ?? []
	} as DraftIndicator;
	return { ok: true, value: replaced(model, at.value, next) };
}

/** Ids of the derived indicators whose formula reads `id` (shown before a kind change or deletion). */
export { formulaReaders };
