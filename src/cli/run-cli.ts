/**
 * The whole CLI as one function: arguments and a file reader in, stdout text, stderr text and an exit
 * code out. main.ts only connects it to the process; tests call it directly with fixture files.
 *
 * Errors are values all the way: every problem with the input becomes one line on stderr, nothing on
 * stdout and exit code 2, so a script piping stdout never receives half a report.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import {
	checkActualsFile,
	loadModelText,
	parseJsonText,
	readActuals,
	runMonteCarlo,
	runScenario,
	type Actuals,
	type CompiledModel,
	type Issue,
	type Uncertainty
} from '../lib/engine/index';
import {
	actualsOf,
	langOfArgv,
	parseArgs,
	scenarioOf,
	wantsMonteCarlo,
	type CliArgs,
	type Format,
	type Setting
} from './args';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './exit-codes';
import { formatSeriesCsv, formatTargetsCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatTable } from './format-table';
import { HELP } from './help';
import { ANALYSIS_HELP } from './analysis-help';
import { runAnalysis } from './run-analysis';
import { DEFAULT_MODEL_PATH } from './paths';
import { ERROR_WORDS, errorLine, reasonText } from './error-words';
import { readModelText, type ReadFile } from './read-model';
import { buildReport, type Report, type ReportExtras } from './report';
import { issueText } from './issue-text';

/** What the process should print and how it should exit. */
export interface CliResult {
	stdout: string;
	stderr: string;
	code: number;
}

/** What runCli needs from its surroundings, injectable for tests. */
export interface CliEnvironment {
	/** Where relative --model paths start; defaults to process.cwd(). */
	cwd?: string;
	/** ANSI colours in the table; main.ts sets it for a TTY without NO_COLOR. Default off. */
	colour?: boolean;
	/** The model read when no --model is given; defaults to the repository's Shinan model. */
	defaultModel?: string;
}

const FORMATTERS: Record<Format, (report: Report, colour: boolean, lang: CliArgs['lang']) => string> = {
	table: (report, colour, lang) => formatTable(report, { colour, lang }),
	json: (report) => formatJson(report),
	csv: (report) => formatTargetsCsv(report),
	'csv-series': (report) => formatSeriesCsv(report)
};

/**
 * Runs the command line `argv` (without node and the script). `readFile` reads a model file as text and
 * throws the file system's error when it cannot. Never throws: a failure that the input does not explain
 * is reported as an internal error with exit code 1.
 */
export function runCli(argv: readonly string[], readFile: ReadFile, env: CliEnvironment = {}): CliResult {
	try {
		return run(argv, readFile, env);
	} catch (error) {
		// A bug, not bad input: still one line and no stack trace, but a different exit code so it is not
		// mistaken for a problem the user can fix.
		const message = error instanceof Error ? error.message : String(error);
		const lang = langOfArgv(argv);
		return failure(ERROR_WORDS[lang].internal(message), lang, EXIT_INTERNAL);
	}
}

function run(argv: readonly string[], readFile: ReadFile, env: CliEnvironment): CliResult {
	const parsed = parseArgs(argv);
	if (!parsed.ok) {
		const lang = langOfArgv(argv);
		return failure(issueLine(parsed.issues, lang), lang);
	}
	const args = parsed.value;
	const lang = args.lang;
	const words = ERROR_WORDS[lang];
	if (args.help) return { stdout: HELP[args.lang] + ANALYSIS_HELP[args.lang], stderr: '', code: EXIT_OK };

	const cwd = env.cwd ?? process.cwd();
	const file = args.model === undefined ? (env.defaultModel ?? DEFAULT_MODEL_PATH) : resolve(cwd, args.model);
	const shown = args.model ?? shortPath(cwd, file);

	const text = readModelText(readFile, file);
	if (!text.ok) {
		const hint = args.model === undefined ? words.giveModel : '';
		return failure(words.cannotRead(shown, 'model', reasonText(text.reason, lang)) + hint, lang);
	}
	const compiled = loadModelText(text.text);
	if (!compiled.ok) return failure(issueLine(compiled.issues, lang, shown), lang);

	const actuals = readAllActuals(args, compiled.value, readFile, cwd);
	if (!actuals.ok) return failure(actuals.line, lang);

	const scenario = scenarioOf(args.settings);
	const observed = actuals.value === undefined ? {} : { actuals: actuals.value };
	const result = runScenario({ model: compiled.value, scenario, ...observed });
	if (!result.ok) return failure(runIssueLine(result.issues, args, shown), lang);

	if (args.analysis) {
		// --sensitivity takes its ranges from --uncertainty / --sd when given; no Monte Carlo run is made.
		const uncertainty = wantsMonteCarlo(args) ? readUncertainty(args, readFile, cwd) : undefined;
		if (uncertainty && !uncertainty.ok) return failure(uncertainty.line, lang);
		const input = {
			model: compiled.value,
			scenario,
			...observed,
			format: args.format,
			lang: args.lang,
			colour: env.colour ?? false
		};
		const answer = runAnalysis(args.analysis, {
			...input,
			...(uncertainty ? { uncertainty: uncertainty.value } : {})
		});
		return answer.ok ? { stdout: answer.stdout, stderr: '', code: EXIT_OK } : failure(answer.line, lang);
	}

	const extras: ReportExtras = { ...observed };
	if (wantsMonteCarlo(args)) {
		const uncertainty = readUncertainty(args, readFile, cwd);
		if (!uncertainty.ok) return failure(uncertainty.line, lang);
		const mc = runMonteCarlo({
			model: compiled.value,
			scenario,
			...observed,
			uncertainty: uncertainty.value,
			...(args.samples === undefined ? {} : { samples: args.samples }),
			...(args.seed === undefined ? {} : { seed: args.seed })
		});
		if (!mc.ok) return failure(monteCarloIssueLine(mc.issues, args, shown), lang);
		extras.monteCarlo = { result: mc.value, uncertainty: uncertainty.value };
	}

	const report = buildReport(compiled.value, scenario, result.value, extras);
	return {
		stdout: FORMATTERS[args.format](report, env.colour ?? false, args.lang),
		stderr: '',
		code: EXIT_OK
	};
}

type Read<T> = { ok: true; value: T } | { ok: false; line: string };

/** A JSON file named on the command line (`what` names it in messages): its parsed content or one line saying why not. */
function readJson(
	readFile: ReadFile,
	cwd: string,
	file: string,
	what: 'actuals' | 'uncertainty',
	lang: CliArgs['lang']
): Read<unknown> {
	const text = readModelText(readFile, resolve(cwd, file));
	if (!text.ok)
		return { ok: false, line: ERROR_WORDS[lang].cannotRead(file, what, reasonText(text.reason, lang)) };
	const parsed = parseJsonText(text.text);
	return parsed.ok ? parsed : { ok: false, line: issueLine(parsed.issues, lang, file) };
}

/** The actuals of --actuals FILE and the --actual values (which win for the same indicator and year); undefined when none. */
function readAllActuals(
	args: CliArgs,
	compiled: CompiledModel,
	readFile: ReadFile,
	cwd: string
): Read<Actuals | undefined> {
	let merged: Record<string, Record<string, number>> | undefined;
	if (args.actualsFile !== undefined) {
		const raw = readJson(readFile, cwd, args.actualsFile, 'actuals', args.lang);
		if (!raw.ok) return raw;
		const read = readActuals(raw.value);
		if (!read.ok) return { ok: false, line: issueLine(read.issues, args.lang, args.actualsFile) };
		if (read.value.file) {
			const issues = checkActualsFile(compiled, read.value.file);
			if (issues.length) return { ok: false, line: issueLine(issues, args.lang, args.actualsFile) };
		}
		merged = Object.fromEntries(
			Object.entries(read.value.actuals).map(([id, byYear]) => [id, { ...byYear }])
		);
	}
	if (args.actuals.length) {
		merged ??= {};
		for (const [id, byYear] of Object.entries(actualsOf(args.actuals)))
			merged[id] = { ...merged[id], ...byYear };
	}
	return { ok: true, value: merged };
}

/** The uncertainty of --uncertainty FILE with the --sd values added to its `sd` (a --sd wins for the same key). */
function readUncertainty(args: CliArgs, readFile: ReadFile, cwd: string): Read<Uncertainty> {
	let uncertainty: Record<string, unknown> = {};
	if (args.uncertaintyFile !== undefined) {
		const raw = readJson(readFile, cwd, args.uncertaintyFile, 'uncertainty', args.lang);
		if (!raw.ok) return raw;
		if (typeof raw.value !== 'object' || raw.value === null || Array.isArray(raw.value)) {
			return {
				ok: false,
				line: `${args.uncertaintyFile}${colon(args.lang)}${ERROR_WORDS[args.lang].notObject}`
			};
		}
		uncertainty = raw.value as Record<string, unknown>;
		// A file the app exported (a Monte Carlo run, or a run with its uncertainty) is read for its
		// `uncertainty`, so the command it carries reproduces it from the file alone.
		if (typeof uncertainty.format === 'string' && uncertainty.format.startsWith('target-scenarios/')) {
			const inner = uncertainty.uncertainty;
			if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
				return {
					ok: false,
					line: `${args.uncertaintyFile}${colon(args.lang)}${ERROR_WORDS[args.lang].exportedWithout(uncertainty.format)}`
				};
			}
			uncertainty = inner as Record<string, unknown>;
		}
	}
	if (args.sds.length) {
		const fromFile = uncertainty.sd;
		const base =
			typeof fromFile === 'object' && fromFile !== null && !Array.isArray(fromFile) ? fromFile : {};
		uncertainty = { ...uncertainty, sd: { ...base, ...scenarioOf(args.sds) } };
	}
	return { ok: true, value: uncertainty as Uncertainty };
}

/** The JSON path of `key` under `path`, as the engine writes it: `.key` for identifiers, `["key"]` otherwise. */
function child(path: string, key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Issues of a Monte Carlo run: a --sd, --samples or --seed is shown as typed; other uncertainty issues are
 * in the --uncertainty file; the rest (a sample that divides by zero) concern the model.
 */
function monteCarloIssueLine(issues: Issue[], args: CliArgs, modelShown: string): string {
	const [first, ...rest] = issues;
	const path = first!.path;
	const sd = args.sds.findLast((s) => child('uncertainty.sd', s.key) === path);
	let where: string;
	if (sd) where = `--sd ${sd.text}`;
	else if (path === 'monteCarlo.samples') where = `--samples ${args.samples}`;
	else if (path === 'monteCarlo.seed') where = `--seed ${args.seed}`;
	else if (path.startsWith('uncertainty') && args.uncertaintyFile !== undefined)
		where = `${args.uncertaintyFile}: ${path}`;
	else where = `${modelShown}: ${path}`;
	return issueLine([{ ...first!, path: where }, ...rest], args.lang);
}

/**
 * Issues from running a scenario either concern a --set (their path is the parameter key: show the
 * --set as typed) or the model (show the file and the path).
 */
function runIssueLine(issues: Issue[], args: CliArgs, modelShown: string): string {
	const path = issues[0]!.path;
	if (path.startsWith('actuals')) {
		// An --actual as typed if one gave this indicator (and year); else the --actuals file.
		const actual = args.actuals.findLast(
			(a) => path === child('actuals', a.id) || path === child(child('actuals', a.id), a.year)
		);
		const [first, ...rest] = issues;
		const where = actual ? `--actual ${actual.text}` : `${args.actualsFile ?? 'actuals'}: ${path}`;
		return issueLine([{ ...first!, path: where }, ...rest], args.lang);
	}
	const setting = args.settings.findLast((s: Setting) => s.key === issues[0]!.path);
	if (setting === undefined) {
		// The model failed under this scenario (e.g. a base set to 0 divides by zero): name both.
		const sets = args.settings.map((s) => `--set ${s.text}`).join(' ');
		const where = sets === '' ? modelShown : ERROR_WORDS[args.lang].withSets(modelShown, sets);
		return issueLine(issues, args.lang, where);
	}
	const [first, ...rest] = issues;
	return issueLine([{ ...first!, path: `--set ${setting.text}` }, ...rest], args.lang);
}

/** `where: path: message (and N more problems)`: the first issue on one line, and how many others there are. */
function issueLine(issues: readonly Issue[], lang: CliArgs['lang'] = 'en', where?: string): string {
	const [first, ...rest] = issues;
	const prefix = where === undefined ? '' : `${where}: `;
	const more = rest.length === 0 ? '' : ERROR_WORDS[lang].more(rest.length);
	return `${prefix}${first!.path}: ${issueText(first!, lang)}${more}`;
}

/** A failed run: nothing on stdout, one line on stderr in `lang`. */
function failure(message: string, lang: CliArgs['lang'], code = EXIT_USAGE): CliResult {
	// Messages quote user text (an expression, a string from the model), which may hold line breaks.
	return { stdout: '', stderr: errorLine(message, lang), code };
}

/** The separator after a file name: `: ` or `：`. */
function colon(lang: CliArgs['lang']): string {
	return lang === 'zh' ? '：' : ': ';
}

/** The path relative to cwd when it lies below cwd (shorter to read), else absolute. */
function shortPath(cwd: string, file: string): string {
	const rel = relative(cwd, file);
	return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
