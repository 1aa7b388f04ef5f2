/**
 * A run leaving the app as a file: CSV tables for a spreadsheet, and one JSON file that records
 * everything needed to cite the run and to reproduce it with the CLI. Building the text only; the
 * download itself (Blob, link) is the UI's.
 */
import type { Actuals, RunResult, Scenario, TargetResult, Uncertainty } from '$lib/engine';
import { csvTable, type CsvCell, type CsvOptions } from '$lib/engine/core';
import { inModelOrder, lookup, type ModelShape } from './model-shape';
import { formatNumber } from './numbers';
import { canonicalState, type ScenarioState } from './state';

/** An interface language: which name column a CSV gets. */
export type Locale = 'zh' | 'en';

/** Options of `seriesCsv` and `targetsCsv`. */
export interface TableOptions extends CsvOptions {
	/** Add a `name` column last, in this language. Without it, rows carry ids only (stable for scripts). */
	locale?: Locale;
}

/** The columns of `seriesCsv`, in order (`name` follows when a locale is given). */
export const SERIES_COLUMNS = ['indicator', 'year', 'value', 'unit', 'kind', 'source_kind'] as const;

/**
 * Where a value in `seriesCsv` comes from (its `source_kind`):
 * - `published`, `implied`, `assumption`: the base year, the model's value, with its source's kind;
 * - `scenario`: the base year, set by the user (`ID.base`);
 * - `actual`: a year the user gave an observed value for;
 * - `projected`: computed year by year from the base and the rate or yearly amount;
 * - `derived`: computed from other indicators by the model's formula.
 */
export type SourceKind =
	'published' | 'implied' | 'assumption' | 'scenario' | 'actual' | 'projected' | 'derived';

/**
 * Every indicator's series in long form, one row per indicator and year, in the model's order:
 * `indicator,year,value,unit,kind,source_kind` (see `SourceKind`), then `name` with a locale. Pass the
 * `state` the run was made with so `source_kind` can tell user-set and observed values from the model's.
 */
export function seriesCsv(
	result: RunResult,
	shape: ModelShape,
	options: TableOptions & { state?: ScenarioState } = {}
): string {
	const { indicators } = lookup(shape);
	const scenario: Scenario = options.state?.scenario ?? {};
	const actuals: Actuals = options.state?.actuals ?? {};
	const ids = inModelOrder(shape, Object.keys(result.series));
	const header: string[] = [...SERIES_COLUMNS, ...(options.locale ? ['name'] : [])];
	const rows = ids.flatMap((id) => {
		const indicator = indicators.get(id)?.shape;
		const sourceKind = (year: number): SourceKind | null => {
			if (!indicator) return null;
			if (indicator.kind === 'derived') return 'derived';
			if (year === shape.baseYear) return `${id}.base` in scenario ? 'scenario' : indicator.sourceKind;
			return actuals[id]?.[String(year)] !== undefined ? 'actual' : 'projected';
		};
		return result.series[id]!.map((value, t): CsvCell[] => {
			const year = result.years[t]!;
			const cells: CsvCell[] = [id, year, value, indicator?.unit, indicator?.kind, sourceKind(year)];
			if (options.locale) cells.push(indicator?.name[options.locale]);
			return cells;
		});
	});
	return csvTable(header, rows, options);
}

/** The columns of `targetsCsv`, in order (`probability` follows when the results carry one, then `name` with a locale). */
export const TARGET_COLUMNS = [
	'id',
	'indicator',
	'kind',
	'threshold',
	'from',
	'deadline',
	'achieved',
	'met',
	'gap',
	'required_rate',
	'required_annual',
	'unit',
	'quote'
] as const;

/** The columns `targetsCsv` adds when a run had actuals: where each target stands at its last observed year. */
export const ACTUALS_COLUMNS = [
	'last_actual_year',
	'required_rate_remaining',
	'required_annual_remaining',
	'remaining_reason',
	'progress_status',
	'progress_ratio'
] as const;

/**
 * A target's result, possibly with the probability of meeting it (a Monte Carlo run) and, with actuals,
 * where it stands (the engine's TargetResult fields, spelled out here so this file does not depend on
 * which engine version added them).
 */
export type TargetRow = TargetResult & {
	probability?: number;
	lastActualYear?: number;
	requiredRateRemaining?: number | null;
	requiredAnnualRemaining?: number | null;
	remainingReason?: string | null;
	progress?: { status: string; ratio: number | null };
};

/**
 * The targets, one row per target in the model's order, with the columns of `TARGET_COLUMNS` (as the
 * engine's `TargetResult` fields; `from` is the first year of the target's period); then, when any result
 * has actuals behind it, `ACTUALS_COLUMNS` (empty for targets without); then `probability` when any result
 * carries one; then `name` with a locale. A value that does not apply (no required rate) is an empty cell;
 * `met` is `true` or `false`.
 */
export function targetsCsv(result: { targets: readonly TargetRow[] }, options: TableOptions = {}): string {
	const actuals = result.targets.some((t) => t.lastActualYear !== undefined);
	const probability = result.targets.some((t) => typeof t.probability === 'number');
	const header: string[] = [
		...TARGET_COLUMNS,
		...(actuals ? ACTUALS_COLUMNS : []),
		...(probability ? ['probability'] : []),
		...(options.locale ? ['name'] : [])
	];
	const rows = result.targets.map((t): CsvCell[] => {
		const cells: CsvCell[] = [
			t.id,
			t.indicator,
			t.kind,
			t.threshold,
			t.from,
			t.deadline,
			t.achieved,
			t.met,
			t.gap,
			t.requiredRate,
			t.requiredAnnual,
			t.unit,
			t.quote
		];
		if (actuals) {
			cells.push(
				t.lastActualYear,
				t.requiredRateRemaining,
				t.requiredAnnualRemaining,
				t.remainingReason,
				t.progress?.status,
				t.progress?.ratio
			);
		}
		if (probability) cells.push(t.probability);
		if (options.locale) cells.push(t.name[options.locale]);
		return cells;
	});
	return csvTable(header, rows, options);
}

/** What `format` says in an exported file: tells it apart from any other JSON. */
export const EXPORT_FORMAT = 'target-scenarios/run';
/** The version of the exported file's layout this module writes. */
export const EXPORT_FORMAT_VERSION = 1;
/** How `model.hash` is computed, written into every file so a reader can check it without this code. */
export const HASH_DESCRIPTION =
	'FNV-1a 32-bit, hex, over the UTF-8 bytes of the model file as canonical JSON (object keys sorted, no whitespace)';

/** What `exportScenarioJson` needs. */
export interface ExportInput {
	/** The model run: the file records its id and hash, and orders keys as it lists them. */
	model: ModelShape;
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty?: Uncertainty;
	/** The run of this scenario, as the engine returned it. */
	result: RunResult;
	createdAt: Date | string;
	/** The app's version (package.json), so a reader knows which code made the file. */
	appVersion: string;
	/** The user's name for the scenario and notes, if any: a cited file should say what it is. */
	name?: string;
	notes?: string;
	/**
	 * The model file as the CLI should be given it (`--model FILE`); leave out for the CLI's default
	 * model (models/shinan-2022-2026.json).
	 */
	modelFile?: string;
}

/** What every exported file says about itself after its `format` (see `exportHeader`). */
export interface ExportHeader {
	formatVersion: number;
	/** ISO 8601. */
	createdAt: string;
	app: { name: 'target-scenarios'; version: string };
	model: { id: string; hash: string; hashOf: string; baseYear: number; endYear: number };
}

/** An exported run: the JSON file's content. Every field is documented where it is written. */
export interface ScenarioExport extends ExportHeader {
	format: typeof EXPORT_FORMAT;
	name?: string;
	notes?: string;
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty?: Uncertainty;
	/** The command that reproduces `result.series` and `result.targets` from the repository's root. */
	cli: string;
	/** What `cli` leaves out: the uncertainty (the command gives the deterministic run). */
	cliNote?: string;
	result: RunResult;
}

/**
 * What every exported file says about itself after its `format`: the layout version, when and by which
 * version of the app it was made, and which model (with the hash that tells another version of it).
 */
export function exportHeader(input: {
	model: ModelShape;
	createdAt: Date | string;
	appVersion: string;
}): ExportHeader {
	return {
		formatVersion: EXPORT_FORMAT_VERSION,
		createdAt: typeof input.createdAt === 'string' ? input.createdAt : input.createdAt.toISOString(),
		app: { name: 'target-scenarios', version: input.appVersion },
		model: {
			id: input.model.id,
			hash: input.model.hash,
			hashOf: HASH_DESCRIPTION,
			baseYear: input.model.baseYear,
			endYear: input.model.endYear
		}
	};
}

/** Quotes a shell word when it holds anything but safe characters (brackets are globs in zsh). */
function shellWord(word: string): string {
	return /^[A-Za-z0-9_.,:=+\-/@%]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The CLI command for a scenario and its actuals: `npm run -s simulate -- --set KEY=VALUE …
 * --actual 'ID[YEAR]=VALUE' … --format json`, keys in the order given, values exact (they read back as
 * the same doubles), then any `extra` words, words quoted for POSIX shells (brackets are globs in zsh).
 */
export function cliCommand(
	scenario: Scenario,
	options: { actuals?: Actuals; modelFile?: string; format?: string; extra?: readonly string[] } = {}
): string {
	const words = ['npm', 'run', '-s', 'simulate', '--'];
	if (options.modelFile !== undefined) words.push('--model', shellWord(options.modelFile));
	for (const [key, value] of Object.entries(scenario)) {
		words.push('--set', shellWord(`${key}=${formatNumber(value)}`));
	}
	for (const [id, years] of Object.entries(options.actuals ?? {})) {
		for (const [year, value] of Object.entries(years)) {
			words.push('--actual', shellWord(`${id}[${year}]=${formatNumber(value)}`));
		}
	}
	for (const word of options.extra ?? []) words.push(shellWord(word));
	words.push('--format', shellWord(options.format ?? 'json'));
	return words.join(' ');
}

/**
 * The exported file as an object. `scenario`, `actuals` and `uncertainty` are written as given (keys in
 * the model's order), defaults included, so the file records exactly what was run.
 */
export function buildScenarioExport(input: ExportInput): ScenarioExport {
	const state = canonicalState(
		{
			scenario: input.scenario,
			...(input.actuals ? { actuals: input.actuals } : {}),
			...(input.uncertainty ? { uncertainty: input.uncertainty } : {})
		},
		input.model
	);
	const out: ScenarioExport = {
		format: EXPORT_FORMAT,
		...exportHeader(input),
		...(input.name !== undefined ? { name: input.name } : {}),
		...(input.notes !== undefined ? { notes: input.notes } : {}),
		scenario: state.scenario,
		...(state.actuals ? { actuals: state.actuals } : {}),
		...(state.uncertainty ? { uncertainty: state.uncertainty } : {}),
		cli: cliCommand(state.scenario, { actuals: state.actuals, modelFile: input.modelFile }),
		result: input.result
	};
	if (state.uncertainty) {
		out.cliNote =
			'The command reproduces the run without its uncertainty: for Monte Carlo, give the CLI the uncertainty above with --uncertainty FILE (or --sd) and --samples.';
	}
	return out;
}

/** The exported file's text: `buildScenarioExport` as JSON indented with 2 spaces, with a final newline. */
export function exportScenarioJson(input: ExportInput): string {
	return JSON.stringify(buildScenarioExport(input), null, 2) + '\n';
}
