/**
 * A fixed subset of the Shinan model for the Monte Carlo comparisons: GDP, digital core value added and its
 * share, Shinan's and Qingdao's imports and exports and Shinan's share of them, and the stock of financial
 * institutions (7 indicators, 2 derived). Random inputs are drawn once, up front, with pure-rand, so the
 * engine, the hand-written loop and mathjs compute the same arithmetic on the same numbers and only the
 * arithmetic is timed.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { create, all } from 'mathjs';
import type { Model } from '../../src/lib/engine';

export const SUBSET = [
	'gdp',
	'digital_core_value_added',
	'digital_core_share',
	'import_export',
	'qingdao_import_export',
	'import_export_share',
	'financial_institutions'
] as const;

/** The subset as a model of its own (same bases, rates and formulas; no targets). */
export function subsetModel(model: Model): Model {
	const indicators = SUBSET.map((id) => model.indicators.find((x) => x.id === id)!);
	const fields = model.fields.filter((f) => indicators.some((x) => x.field === f.id));
	return { ...model, id: 'bench-subset', fields, indicators, targets: [] };
}

/** Per-sample inputs: a normal rate (sd 0.02) per growth indicator, a normal yearly addition (sd 10) for the stock. */
export interface SubsetInputs {
	n: number;
	rate: { gdp: Float64Array; core: Float64Array; trade: Float64Array; city: Float64Array };
	/** Yearly additions of financial institutions. */
	annual: Float64Array;
	base: { gdp: number; core: number; trade: number; city: number; institutions: number };
}

/** Draws the inputs once (Box–Muller on pure-rand uniforms), around the model's own values. */
export function drawInputs(model: Model, n: number, seed = 1): SubsetInputs {
	const rng = xoroshiro128plus(seed);
	const normal = (mean: number, sd: number) => {
		const out = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const z =
				Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
			out[i] = mean + sd * z;
		}
		return out;
	};
	const spec = (id: string) =>
		model.indicators.find((x) => x.id === id) as { base: number; rate?: number; annual?: number };
	return {
		n,
		rate: {
			gdp: normal(spec('gdp').rate!, 0.02),
			core: normal(spec('digital_core_value_added').rate!, 0.02),
			trade: normal(spec('import_export').rate!, 0.02),
			city: normal(spec('qingdao_import_export').rate!, 0.02)
		},
		annual: normal(spec('financial_institutions').annual!, 10),
		base: {
			gdp: spec('gdp').base,
			core: spec('digital_core_value_added').base,
			trade: spec('import_export').base,
			city: spec('qingdao_import_export').base,
			institutions: spec('financial_institutions').base
		}
	};
}

/**
 * The same arithmetic written by hand: for each year, one loop over the samples computing all seven values
 * from last year's, into one array per indicator and year (the engine's output shape). Returns
 * values[indicator in SUBSET order][year].
 */
export function handWritten(inputs: SubsetInputs, years: number): Float64Array[][] {
	const { n, rate, annual, base } = inputs;
	const out = SUBSET.map(() => Array.from({ length: years }, () => new Float64Array(n)));
	const [gdp, core, share, trade, city, tradeShare, institutions] = out;
	for (let s = 0; s < n; s++) {
		gdp![0]![s] = base.gdp;
		core![0]![s] = base.core;
		share![0]![s] = base.core / base.gdp;
		trade![0]![s] = base.trade;
		city![0]![s] = base.city;
		tradeShare![0]![s] = base.trade / base.city;
		institutions![0]![s] = base.institutions;
	}
	for (let t = 1; t < years; t++) {
		const [g0, g1] = [gdp![t - 1]!, gdp![t]!];
		const [c0, c1] = [core![t - 1]!, core![t]!];
		const [x0, x1] = [trade![t - 1]!, trade![t]!];
		const [q0, q1] = [city![t - 1]!, city![t]!];
		const [f0, f1] = [institutions![t - 1]!, institutions![t]!];
		const s1 = share![t]!;
		const x1Share = tradeShare![t]!;
		for (let s = 0; s < n; s++) {
			const g = g0[s]! * (1 + rate.gdp[s]!);
			const c = c0[s]! * (1 + rate.core[s]!);
			const x = x0[s]! * (1 + rate.trade[s]!);
			const q = q0[s]! * (1 + rate.city[s]!);
			g1[s] = g;
			c1[s] = c;
			s1[s] = c / g;
			x1[s] = x;
			q1[s] = q;
			x1Share[s] = x / q;
			f1[s] = f0[s]! + annual[s]!;
		}
	}
	return out;
}

/**
 * The same model evaluated the way a straightforward implementation would with the full mathjs: every
 * indicator's step compiled once with mathjs's `compile`, then `evaluate(scope)` per sample per year.
 * Returns values[indicator in SUBSET order][year].
 */
export function prepareMathjs(): (inputs: SubsetInputs, years: number) => Float64Array[][] {
	// `all` is typed as possibly undefined; the full build always has it.
	const math = create(all!);
	const steps = [
		'gdp_prev * (1 + gdp_rate)',
		'core_prev * (1 + core_rate)',
		'digital_core_value_added / gdp',
		'trade_prev * (1 + trade_rate)',
		'city_prev * (1 + city_rate)',
		'import_export / qingdao_import_export',
		'institutions_prev + institutions_annual'
	].map((expr) => math.compile(expr));
	return (inputs, years) => {
		const { n, rate, annual, base } = inputs;
		const out = SUBSET.map(() => Array.from({ length: years }, () => new Float64Array(n)));
		const scope: Record<string, number> = {};
		for (let s = 0; s < n; s++) {
			let v = [
				base.gdp,
				base.core,
				base.core / base.gdp,
				base.trade,
				base.city,
				base.trade / base.city,
				base.institutions
			];
			v.forEach((x, i) => (out[i]![0]![s] = x));
			for (let t = 1; t < years; t++) {
				scope.gdp_prev = v[0]!;
				scope.gdp_rate = rate.gdp[s]!;
				scope.core_prev = v[1]!;
				scope.core_rate = rate.core[s]!;
				scope.trade_prev = v[3]!;
				scope.trade_rate = rate.trade[s]!;
				scope.city_prev = v[4]!;
				scope.city_rate = rate.city[s]!;
				scope.institutions_prev = v[6]!;
				scope.institutions_annual = annual[s]!;
				const gdp = steps[0]!.evaluate(scope) as number;
				const core = steps[1]!.evaluate(scope) as number;
				scope.gdp = gdp;
				scope.digital_core_value_added = core;
				const trade = steps[3]!.evaluate(scope) as number;
				const city = steps[4]!.evaluate(scope) as number;
				scope.import_export = trade;
				scope.qingdao_import_export = city;
				v = [
					gdp,
					core,
					steps[2]!.evaluate(scope) as number,
					trade,
					city,
					steps[5]!.evaluate(scope) as number,
					steps[6]!.evaluate(scope) as number
				];
				v.forEach((x, i) => (out[i]![t]![s] = x));
			}
		}
		return out;
	};
}
