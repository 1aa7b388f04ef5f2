/**
 * A Monte Carlo run leaving the app as files: the probabilities and the percentile bands as CSV for a
 * spreadsheet, and one JSON file with everything needed to cite the run and reproduce it with the CLI. The
 * JSON records the uncertainty exactly as it was drawn (the app's preset included), and its `cli` command
 * reads that uncertainty back from the file itself (`--uncertainty FILE` accepts an exported file).
 */
import type { Actuals, MonteCarloResult, Scenario, Uncertainty } from '$lib/engine';
import { csvTable, type CsvCell, type CsvOptions } from '$lib/engine/core';
import { cliCommand, exportHeader, type ExportHeader, type Locale } from './export';
import { inModelOrder, lookup, type ModelShape } from './model-shape';
import { canonicalState } from './state';

/** What `format` says in an exported Monte Carlo file. */
export const MONTE_CARLO_FORMAT = 'target-scenarios/monte-carlo';

/** What `buildMonteCarloExport` needs: the run's inputs exactly as the engine was given them, and its result. */
export interface MonteCarloExportInput {
	model: ModelShape;
	scenario: Scenario;
	actuals?: Actuals;
	/** The uncertainty drawn, after the app's preset was applied: what the engine was given. */
	uncertainty: Uncertainty;
	result: MonteCarloResult;
	/** The name the file is saved under: the command reads the uncertainty from it. */
	fileName: string;
	createdAt: Date | string;
	appVersion: string;
	/** The saved scenario's name, if it has one. */
	name?: string;
	/** The model file as the CLI should be given it; leave out for the CLI's default model. */
	modelFile?: string;
}

/** An exported Monte Carlo run: the JSON file's content. */
export interface MonteCarloExport extends ExportHeader {
	format: typeof MONTE_CARLO_FORMAT;
	name?: string;
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty: Uncertainty;
	samples: number;
	seed: number;
	/** Run from the repository's root next to this file: the same probabilities and bands, exactly. */
	cli: string;
	/** P(met) per target, per field, for all targets; percentile bands per indicator and year. */
	result: MonteCarloResult;
}

/** The command that reproduces the run: the scenario's `--set`/`--actual`, the file's uncertainty, samples, seed. */
export function monteCarloCli(input: MonteCarloExportInput): string {
	const state = canonicalState({ scenario: input.scenario, actuals: input.actuals }, input.model);
	return cliCommand(state.scenario, {
		actuals: state.actuals,
		modelFile: input.modelFile,
		extra: [
			'--uncertainty',
			input.fileName,
			'--samples',
			String(input.result.samples),
			'--seed',
			String(input.result.seed)
		]
	});
}

export function buildMonteCarloExport(input: MonteCarloExportInput): MonteCarloExport {
	const state = canonicalState(
		{
			scenario: input.scenario,
			...(input.actuals ? { actuals: input.actuals } : {}),
			uncertainty: input.uncertainty
		},
		input.model
	);
	return {
		format: MONTE_CARLO_FORMAT,
		...exportHeader(input),
		...(input.name !== undefined ? { name: input.name } : {}),
		scenario: state.scenario,
		...(state.actuals ? { actuals: state.actuals } : {}),
		// canonicalState keeps what the engine accepts; a drawn uncertainty always is.
		uncertainty: state.uncertainty ?? {},
		samples: input.result.samples,
		seed: input.result.seed,
		cli: monteCarloCli(input),
		result: input.result
	};
}

/** The file's text: `buildMonteCarloExport` as JSON indented with 2 spaces, with a final newline. */
export function monteCarloJson(input: MonteCarloExportInput): string {
	return JSON.stringify(buildMonteCarloExport(input), null, 2) + '\n';
}

/** Names to write beside ids, by id (targets, fields), in both languages. */
export type Names = ReadonlyMap<string, { zh: string; en: string }>;

/** The columns of `probabilitiesCsv` (`name` follows with a locale). */
export const PROBABILITY_COLUMNS = ['kind', 'id', 'probability', 'samples', 'seed'] as const;

/**
 * P(met) as a table: one row per target (`kind` target), then per field with targets (`field`: all its
 * targets met), then `all` (every target met). With `names` and a locale, a `name` column last.
 */
export function probabilitiesCsv(
	result: MonteCarloResult,
	options: CsvOptions & { names?: Names; locale?: Locale } = {}
): string {
	const named = options.names !== undefined && options.locale !== undefined;
	const row = (kind: string, id: string, p: number): CsvCell[] => {
		const cells: CsvCell[] = [kind, id, p, result.samples, result.seed];
		if (named) cells.push(options.names!.get(id)?.[options.locale!]);
		return cells;
	};
	return csvTable(
		[...PROBABILITY_COLUMNS, ...(named ? ['name'] : [])],
		[
			...result.targets.map((t) => row('target', t.id, t.probability)),
			...result.fields.map((f) => row('field', f.id, f.probability)),
			row('all', '', result.all)
		],
		options
	);
}

/** The columns of `bandsCsv` (`name` follows with a locale). */
export const BAND_COLUMNS = ['indicator', 'year', 'unit', 'p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const;

/**
 * The percentile bands in long form, one row per indicator (in the model's order) and year; only the
 * indicators whose values the run kept (all of them up to 50,000 samples in the app).
 */
export function bandsCsv(
	result: MonteCarloResult,
	shape: ModelShape,
	options: CsvOptions & { locale?: Locale } = {}
): string {
	const ids = inModelOrder(shape, Object.keys(result.bands));
	const { indicators } = lookup(shape);
	const rows = ids.flatMap((id) => {
		const band = result.bands[id]!;
		const indicator = indicators.get(id)?.shape;
		return result.years.map((year, t): CsvCell[] => {
			const cells: CsvCell[] = [
				id,
				year,
				indicator?.unit,
				band.p5[t],
				band.p25[t],
				band.p50[t],
				band.p75[t],
				band.p95[t],
				band.mean[t]
			];
			if (options.locale) cells.push(indicator?.name[options.locale]);
			return cells;
		});
	});
	return csvTable([...BAND_COLUMNS, ...(options.locale ? ['name'] : [])], rows, options);
}
