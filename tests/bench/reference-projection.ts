/**
 * A hand-written projection of the Shinan model, the reference the engine is measured against: the same
 * arithmetic in plain arrays, with the three derived formulas typed in by hand. It reads the model's
 * numbers from the JSON so that both sides compute the same thing; run.ts checks that they agree.
 */
import type { Model } from '../../src/lib/engine';

type Formula = (cur: Float64Array, prev: Float64Array, at: (id: string) => number) => number;

const DERIVED: Record<
	string,
	(at: (id: string) => number) => (cur: Float64Array, prev: Float64Array) => number
> = {
	digital_core_share: (at) => {
		const [a, b] = [at('digital_core_value_added'), at('gdp')];
		return (c) => c[a]! / c[b]!;
	},
	import_export_share: (at) => {
		const [a, b] = [at('import_export'), at('qingdao_import_export')];
		return (c) => c[a]! / c[b]!;
	},
	specialized_sme_new: (at) => {
		const a = at('specialized_sme_firms');
		return (c, p) => c[a]! - p[a]!;
	}
};

/** Prepares the model once (indices, per-year parameters), like the engine's compile step. */
export function prepareReference(model: Model): () => Float64Array[] {
	const n = model.endYear - model.baseYear + 1;
	const index = new Map(model.indicators.map((x, i) => [x.id, i]));
	const at = (id: string) => index.get(id)!;
	const count = model.indicators.length;
	const kinds = model.indicators.map((x) => x.kind);
	const base = model.indicators.map((x) => (x.kind === 'derived' ? 0 : x.base));
	const step = model.indicators.map((x) =>
		Array.from({ length: n }, (_, t) =>
			x.kind === 'derived'
				? 0
				: x.kind === 'growth'
					? (x.rateByYear?.[model.baseYear + t] ?? x.rate)
					: (x.annualByYear?.[model.baseYear + t] ?? x.annual)
		)
	);
	const formulas = model.indicators.map((x): Formula | undefined => {
		if (x.kind !== 'derived') return undefined;
		const make = DERIVED[x.id];
		if (!make) throw new Error(`the reference has no hand-written formula for ${x.id}; add it`);
		return make(at);
	});
	return () => {
		const years = Array.from({ length: n }, () => new Float64Array(count));
		for (let t = 0; t < n; t++) {
			const cur = years[t]!;
			const prev = years[t === 0 ? 0 : t - 1]!;
			for (let i = 0; i < count; i++) {
				const kind = kinds[i];
				if (kind === 'derived') cur[i] = formulas[i]!(cur, prev, at);
				else if (t === 0) cur[i] = base[i]!;
				else if (kind === 'growth') cur[i] = prev[i]! * (1 + step[i]![t]!);
				else if (kind === 'stock') cur[i] = prev[i]! + step[i]![t]!;
				else cur[i] = step[i]![t]!;
			}
		}
		return years;
	};
}
