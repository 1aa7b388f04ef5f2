/**
 * Models and generators shared by this folder's tests. Tests may run the engine (they are not main-thread
 * code), which lets them check what this folder writes against what the engine computes.
 */
import fc from 'fast-check';
import type { Actuals, Distribution, Model, Uncertainty } from '$lib/engine';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { tinyModel } from '../../../tests/fixtures/tiny-model';
import { lookup, modelShape, projectedYears, type ModelShape } from './model-shape';
import type { ScenarioState } from './state';

/** The Shinan model as the app ships it. */
export const shinanModel: Model = shinanFile();

/** A small model whose GDP and firms have per-year values in the file (the tricky case for defaults). */
export function tinyByYearModel(): Model {
	const model = tinyModel();
	const gdp = model.indicators[0]!;
	if (gdp.kind === 'growth') gdp.rateByYear = { '2024': 0.06 };
	const firms = model.indicators[3]!;
	if (firms.kind === 'stock') firms.annualByYear = { '2023': 60 };
	return model;
}

export const shinanShape = modelShape(shinanModel);
export const tinyShape = modelShape(tinyByYearModel());

/** Finite doubles of every size and sign, with -0 left out (links write it, JSON cannot). */
const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));

/** A rate: above −1, from tiny to huge. */
const anyRate = fc.oneof(
	fc.double({ min: -1, max: 10, noNaN: true, minExcluded: true }).filter((x) => !Object.is(x, -0)),
	anyNumber.filter((x) => x > -1)
);

/** Every key a scenario may hold: constants and every projected year of every rate or annual. */
export function allKeys(shape: ModelShape): string[] {
	const { first, last } = projectedYears(shape);
	return shape.parameters
		.filter((p) => p.year === undefined)
		.flatMap((p) =>
			p.param === 'base'
				? [p.key]
				: [p.key, ...Array.from({ length: last - first + 1 }, (_, i) => `${p.key}[${first + i}]`)]
		);
}

/** A valid scenario: a random subset of keys, each a random value or, sometimes, its default. */
export function scenarioArb(shape: ModelShape, options: { defaults?: boolean } = {}) {
	const { defaults } = lookup(shape);
	return fc.subarray(allKeys(shape), { maxLength: 12 }).chain((keys) =>
		fc
			.tuple(
				...keys.map((key) => {
					// A base is a level: never negative (the CLI and the number boxes refuse one).
					const random = key.includes('.rate')
						? anyRate
						: key.endsWith('.base')
							? anyNumber.map((x) => Math.abs(x))
							: anyNumber;
					const fallback = defaults.get(key) ?? defaults.get(key.replace(/\[\d+\]$/, ''));
					return options.defaults && fallback !== undefined
						? fc.oneof(random, fc.constant(fallback))
						: random;
				})
			)
			.map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]!])))
	);
}

/** Valid actuals: some non-derived indicators, some projected years each, values 0 or more. */
export function actualsArb(shape: ModelShape): fc.Arbitrary<Actuals> {
	const { first, last } = projectedYears(shape);
	const ids = shape.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id);
	const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
	return fc.dictionary(
		fc.constantFrom(...ids),
		fc.dictionary(
			fc.constantFrom(...years),
			anyNumber.map((x) => Math.abs(x)),
			{ minKeys: 1, maxKeys: 3 }
		),
		{ maxKeys: 4 }
	);
}

const ordered = (n: number) =>
	fc
		.array(
			anyNumber.filter((x) => Math.abs(x) < 1e300),
			{ minLength: n, maxLength: n }
		)
		.map((xs) => [...xs].sort((a, b) => a - b));

/** Any valid distribution. */
export const distributionArb: fc.Arbitrary<Distribution> = fc.oneof(
	fc
		.tuple(anyNumber, anyNumber)
		.map(([mean, sd]): Distribution => ({ type: 'normal', mean, sd: Math.abs(sd) })),
	ordered(2).map(([min, max]): Distribution => ({ type: 'uniform', min: min!, max: max! })),
	ordered(3).map(([min, mode, max]): Distribution => ({
		type: 'triangular',
		min: min!,
		mode: mode!,
		max: max!
	})),
	fc
		.tuple(ordered(2), fc.constantFrom(undefined, 'normal' as const, 'lognormal' as const))
		.map(([[low, high], shape]): Distribution =>
			shape ? { type: 'range', low: low!, high: high!, shape } : { type: 'range', low: low!, high: high! }
		)
);

/** Valid uncertainty: distributions or sds on constant parameters (never both), noise on growth indicators. */
export function uncertaintyArb(shape: ModelShape): fc.Arbitrary<Uncertainty> {
	const keys = shape.parameters.filter((p) => p.year === undefined).map((p) => p.key);
	const growth = shape.indicators.filter((i) => i.kind === 'growth').map((i) => i.id);
	return fc
		.record(
			{
				params: fc.dictionary(fc.constantFrom(...keys), distributionArb, { maxKeys: 4 }),
				sd: fc.dictionary(fc.constantFrom(...keys), anyNumber.map(Math.abs), { maxKeys: 3 }),
				yearlyNoise: fc.dictionary(fc.constantFrom(...growth), anyNumber.map(Math.abs), { maxKeys: 3 })
			},
			{ requiredKeys: [] }
		)
		.map((u) => {
			if (!u.params || !u.sd) return u;
			const params = u.params;
			return { ...u, sd: Object.fromEntries(Object.entries(u.sd).filter(([k]) => !(k in params))) };
		});
}

/** A whole valid state. */
export function stateArb(
	shape: ModelShape,
	options: { defaults?: boolean } = {}
): fc.Arbitrary<ScenarioState> {
	return fc.record(
		{ scenario: scenarioArb(shape, options), actuals: actualsArb(shape), uncertainty: uncertaintyArb(shape) },
		{ requiredKeys: ['scenario'] }
	);
}
