/**
 * Setting an indicator's base value with where it comes from. Every number in a model is traceable, so the
 * source is required with its text, as in the built-in model: published with its citation, implied with
 * its derivation, or an assumption with its reason.
 */
import type { Source } from '../spec/types';
import { indicatorIndex, refuse, type EditResult, type WorkingIndicator, type WorkingModel } from './types';

const TEXT_OF = { published: 'citation', implied: 'derivation', assumption: 'reason' } as const;

/** True if a source's text (a string or `{ zh, en }`) says something in at least one language. */
function said(text: unknown): boolean {
	if (typeof text === 'string') return text.trim() !== '';
	if (typeof text !== 'object' || text === null) return false;
	return Object.values(text).some((t) => typeof t === 'string' && t.trim() !== '');
}

/** The value for indicator `id`'s base year, in its unit, and its source. */
export function setBaseline(model: WorkingModel, id: string, base: number, source: Source): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const path = `$.indicators[${at.value}]`;
	const old = model.indicators[at.value]!;
	if (old.kind === 'derived') return refuse(`${path}.kind`, 'derived-has-no-baseline', { id });
	if (typeof base !== 'number' || !Number.isFinite(base))
		return refuse(`${path}.base`, 'bad-base', { unit: old.unit, got: String(base) });
	const field = TEXT_OF[source.kind];
	if (!said((source as Record<string, unknown>)[field]))
		return refuse(`${path}.source.${field}`, `${field}-required`);
	const indicators = model.indicators.map((x, i) =>
		i === at.value ? ({ ...x, base, source } as WorkingIndicator) : x
	);
	return { ok: true, value: { ...model, indicators } };
}

/**
 * Sets a growth indicator's yearly rate (a fraction, > −1) or a stock's or flow's yearly amount (in its
 * unit): the parameter a draft leaves `null` when it follows from a base the plan does not state.
 */
export function setPace(model: WorkingModel, id: string, value: number): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const old = model.indicators[at.value]!;
	const key = old.kind === 'growth' ? 'rate' : 'annual';
	const path = `$.indicators[${at.value}].${key}`;
	if (old.kind === 'derived') return refuse(path, 'derived-has-no-baseline', { id });
	if (typeof value !== 'number' || !Number.isFinite(value) || (key === 'rate' && value <= -1))
		return key === 'rate'
			? refuse(path, 'bad-rate', { got: Number(value) * 100 })
			: refuse(path, 'bad-amount', { unit: old.unit, got: String(value) });
	const indicators = model.indicators.map((x, i) =>
		i === at.value ? ({ ...x, [key]: value } as WorkingIndicator) : x
	);
	return { ok: true, value: { ...model, indicators } };
}
