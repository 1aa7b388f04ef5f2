/**
 * The whole CLI as one function: arguments and a file reader in, stdout text, stderr text and an exit
 * code out. main.ts only connects it to the process; tests call it directly with fixture files.
 *
 * Errors are values all the way: every problem with the input becomes one line on stderr, nothing on
 * stdout and exit code 2, so a script piping stdout never receives half a report.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { loadModelText, runScenario, type Issue } from '../lib/engine/index';
import { parseArgs, scenarioOf, type CliArgs, type Format, type Setting } from './args';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './exit-codes';
import { formatSeriesCsv, formatTargetsCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatTable } from './format-table';
import { HELP } from './help';
import { DEFAULT_MODEL_PATH } from './paths';
import { readModelText, type ReadFile } from './read-model';
import { buildReport, type Report } from './report';

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

const FORMATTERS: Record<Format, (report: Report, colour: boolean) => string> = {
	table: (report, colour) => formatTable(report, { colour }),
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
		return failure(`internal error: ${message}; this is a bug, please report it`, EXIT_INTERNAL);
	}
}

function run(argv: readonly string[], readFile: ReadFile, env: CliEnvironment): CliResult {
	const parsed = parseArgs(argv);
	if (!parsed.ok) return failure(issueLine(parsed.issues));
	const args = parsed.value;
	if (args.help) return { stdout: HELP, stderr: '', code: EXIT_OK };

	const cwd = env.cwd ?? process.cwd();
	const file = args.model === undefined ? (env.defaultModel ?? DEFAULT_MODEL_PATH) : resolve(cwd, args.model);
	const shown = args.model ?? shortPath(cwd, file);

	const text = readModelText(readFile, file);
	if (!text.ok) {
		const hint = args.model === undefined ? '; give one with --model FILE' : '';
		return failure(`${shown}: cannot read the model file: ${text.reason}${hint}`);
	}
	const compiled = loadModelText(text.text);
	if (!compiled.ok) return failure(issueLine(compiled.issues, shown));

	const scenario = scenarioOf(args.settings);
	const result = runScenario({ model: compiled.value, scenario });
	if (!result.ok) return failure(runIssueLine(result.issues, args, shown));

	const report = buildReport(compiled.value, scenario, result.value);
	return { stdout: FORMATTERS[args.format](report, env.colour ?? false), stderr: '', code: EXIT_OK };
}

/**
 * Issues from running a scenario either concern a --set (their path is the parameter key: show the
 * --set as typed) or the model (show the file and the path).
 */
function runIssueLine(issues: Issue[], args: CliArgs, modelShown: string): string {
	const setting = args.settings.findLast((s: Setting) => s.key === issues[0]!.path);
	if (setting === undefined) {
		// The model failed under this scenario (e.g. a base set to 0 divides by zero): name both.
		const sets = args.settings.map((s) => `--set ${s.text}`).join(' ');
		return issueLine(issues, sets === '' ? modelShown : `${modelShown} with ${sets}`);
	}
	const [first, ...rest] = issues;
	return issueLine([{ path: `--set ${setting.text}`, message: first!.message }, ...rest]);
}

/** `where: path: message (and N more problems)`: the first issue on one line, and how many others there are. */
function issueLine(issues: readonly Issue[], where?: string): string {
	const [first, ...rest] = issues;
	const prefix = where === undefined ? '' : `${where}: `;
	const more =
		rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
	return `${prefix}${first!.path}: ${first!.message}${more}`;
}

/** A failed run: nothing on stdout, one line on stderr. */
function failure(message: string, code = EXIT_USAGE): CliResult {
	// Messages quote user text (an expression, a string from the model), which may hold line breaks.
	const line = message.replace(/\s*[\r\n]+\s*/g, ' ');
	return { stdout: '', stderr: `error: ${line}\n`, code };
}

/** The path relative to cwd when it lies below cwd (shorter to read), else absolute. */
function shortPath(cwd: string, file: string): string {
	const rel = relative(cwd, file);
	return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
