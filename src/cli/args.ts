/**
 * Command-line argument parsing: argv in, options or the first problem out. Pure (no file system, no
 * process), so every form and every mistake can be tested in-process.
 *
 * Only the syntax is checked here. Whether `gdp.rate` names a real parameter depends on the model, so
 * that is left to the engine (parseKey/resolveInputs), whose messages already name the key and suggest
 * the nearest id.
 */
import { fail, issue, nearest, ok, type Issue, type Result } from '../lib/engine/index';
import {
	ANALYSIS_EXAMPLES,
	ANALYSIS_FLAGS,
	ANALYSIS_OPTIONS,
	addAnalysis,
	type AnalysisRequest
} from './analysis-args';
import { parseDecimal } from './parse-number';
import { CLI_LANGS, langOfArgv } from './error-words';

/** The output formats, in the order --help lists them. */
export const FORMATS = ['table', 'json', 'csv', 'csv-series'] as const;
/** One of FORMATS: what `--format` selects. */
export type Format = (typeof FORMATS)[number];

/** One `--set`, as typed, so messages can quote it back exactly. */
export interface Setting {
	key: string;
	value: number;
	/** `ID.PARAM=VALUE` as given on the command line. */
	text: string;
}

/** One `--actual ID[YEAR]=VALUE`, as typed. */
export interface ActualSetting {
	id: string;
	/** The year as typed (digits); whether it is a projected year is the engine's to check. */
	year: string;
	value: number;
	/** `ID[YEAR]=VALUE` as given on the command line. */
	text: string;
}

/** What the command line asked for. */
export interface CliArgs {
	help: boolean;
	/** As typed (relative to the working directory); absent means the default model. */
	model?: string;
	format: Format;
	/** `--lang`: the language of the engine's messages on stderr (default English). */
	lang: (typeof CLI_LANGS)[number];
	/** In command-line order; a key set twice keeps its last value (see `scenarioOf`). */
	settings: Setting[];
	/** `--actual`s in command-line order; they override the same indicator and year of `--actuals`. */
	actuals: ActualSetting[];
	/** `--actuals FILE`, as typed. */
	actualsFile?: string;
	/** `--samples N`: run Monte Carlo with N samples. */
	samples?: number;
	/** `--seed S`. */
	seed?: number;
	/** `--uncertainty FILE`, as typed. */
	uncertaintyFile?: string;
	/** `--sd ID.PARAM=SD`s in command-line order (a normal around the scenario's value). */
	sds: Setting[];
	/** `--seek`, `--seek-all`, `--sensitivity` or `--consistency` (analysis-args.ts); absent for the target table. */
	analysis?: AnalysisRequest;
}

/** Whether the arguments ask for a Monte Carlo run: any of --samples, --seed, --uncertainty, --sd. */
export function wantsMonteCarlo(args: CliArgs): boolean {
	return (
		args.samples !== undefined ||
		args.seed !== undefined ||
		args.uncertaintyFile !== undefined ||
		args.sds.length > 0
	);
}

const OPTIONS = [
	'--model',
	'--set',
	'--actual',
	'--actuals',
	'--samples',
	'--seed',
	'--uncertainty',
	'--sd',
	...ANALYSIS_OPTIONS,
	'--format',
	'--lang',
	'--help'
] as const;
// The language of a mistake's message, wherever --lang stands (error-words.ts, which imports nothing).
export { langOfArgv };

/**
 * Parses argv (without the node and script entries). Accepts `--opt value` and `--opt=value`.
 * On a mistake, returns one issue whose path is the offending argument as typed.
 */
export function parseArgs(argv: readonly string[]): Result<CliArgs> {
	const lang = langOfArgv(argv);
	// --help wins over everything else: someone asking for help should get it even if the rest is wrong.
	if (argv.some((a) => a === '--help' || a === '-h')) {
		return ok({ help: true, format: 'table', lang, settings: [], actuals: [], sds: [] });
	}
	const args: CliArgs = { help: false, format: 'table', lang, settings: [], actuals: [], sds: [] };
	let formatSeen = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!arg.startsWith('-')) return fail(issue(arg, 'cli-unexpected-argument'));
		const eq = arg.indexOf('=');
		const name = eq === -1 ? arg : arg.slice(0, eq);
		if (!(OPTIONS as readonly string[]).includes(name)) {
			return fail(issue(name, 'cli-unknown-option', { options: [...OPTIONS] }, nearest(name, OPTIONS)));
		}
		let value: string;
		if (eq !== -1) value = arg.slice(eq + 1);
		// A flag (--consistency): the next argument is not its value.
		else if (ANALYSIS_FLAGS.includes(name)) value = '';
		else {
			const next = argv[i + 1];
			// A following option is a forgotten value, not the value: `--model --set x=1` must not read a file "--set".
			if (next === undefined || next.startsWith('--')) return fail(missingValue(name));
			value = next;
			i++;
		}
		const problem = apply(args, name, value, formatSeen);
		if (problem) return fail(problem);
		if (name === '--format') formatSeen = true;
	}
	return ok(args);
}

/** Records one option's value in `args`; returns the problem with it, if any. */
function apply(args: CliArgs, name: string, value: string, formatSeen: boolean): Issue | undefined {
	switch (name) {
		case '--model':
			if (value === '') return missingValue(name);
			// Two models cannot both be run; rather than silently keep one, say so.
			if (args.model !== undefined) return issue(`${name} ${value}`, 'cli-model-twice');
			args.model = value;
			return undefined;
		case '--format':
			if (formatSeen) return issue(`${name} ${value}`, 'cli-format-twice');
			if (!(FORMATS as readonly string[]).includes(value)) {
				const params = { got: value, formats: [...FORMATS] };
				return issue(`${name} ${value}`, 'cli-unknown-format', params, nearest(value, FORMATS));
			}
			args.format = value as Format;
			return undefined;
		case '--lang':
			if (!(CLI_LANGS as readonly string[]).includes(value)) {
				return issue(`${name} ${value}`, 'cli-unknown-language', { langs: [...CLI_LANGS] });
			}
			args.lang = value as CliArgs['lang'];
			return undefined;
		case '--set':
			return addSetting(args.settings, '--set', value, args.lang);
		case '--sd':
			return addSetting(args.sds, '--sd', value, args.lang);
		case '--actual':
			return addActual(args, value);
		case '--actuals':
		case '--uncertainty': {
			const key = name === '--actuals' ? 'actualsFile' : 'uncertaintyFile';
			if (value === '') return missingValue(name);
			if (args[key] !== undefined) return issue(`${name} ${value}`, 'cli-file-twice');
			args[key] = value;
			return undefined;
		}
		case '--samples':
		case '--seed': {
			const key = name === '--samples' ? 'samples' : 'seed';
			if (args[key] !== undefined) return issue(`${name} ${value}`, 'cli-option-twice');
			const number = parseDecimal(value, key, args.lang);
			if (!number.ok) return issue(`${name} ${value}`, 'cli-bad-number', { detail: number.message });
			args[key] = number.value;
			return undefined;
		}
		case '--seek':
		case '--seek-all':
		case '--sensitivity':
		case '--consistency':
			return addAnalysis(args, name, value);
		default:
			throw new Error(`option ${name} is listed but not handled`);
	}
}

/** Parses `ID.PARAM=VALUE` or `ID.PARAM[YEAR]=VALUE`; the key itself is the engine's to check. */
function addSetting(
	list: Setting[],
	name: '--set' | '--sd',
	text: string,
	lang: CliArgs['lang']
): Issue | undefined {
	const path = `${name} ${text}`;
	const eq = text.indexOf('=');
	if (eq === -1 || eq === 0) {
		const example = name === '--set' ? 'gdp.rate=0.08' : 'gdp.rate=0.02';
		return issue(path, 'cli-expected', { form: 'ID.PARAM=VALUE', example });
	}
	const key = text.slice(0, eq);
	// A base is a level (an amount or a count): never negative. Other values' limits depend on the model.
	const number = parseDecimal(
		text.slice(eq + 1),
		name === '--set' && key.endsWith('.base') ? 'amount' : 'signed',
		lang
	);
	if (!number.ok) return issue(path, 'cli-bad-number', { detail: number.message });
	list.push({ key, value: number.value, text });
	return undefined;
}

/** Parses `ID[YEAR]=VALUE`; whether ID and YEAR fit the model is the engine's to check. */
function addActual(args: CliArgs, text: string): Issue | undefined {
	const path = `--actual ${text}`;
	const match = /^([^[\]=]+)\[([^\]]*)\]=(.*)$/.exec(text);
	if (!match || !/^\d{4}$/.test(match[2]!)) {
		return issue(path, 'cli-expected', { form: 'ID[YEAR]=VALUE', example: 'gdp[2023]=1500' });
	}
	// An actual figure is a level as published: never negative.
	const number = parseDecimal(match[3]!, 'amount', args.lang);
	if (!number.ok) return issue(path, 'cli-bad-number', { detail: number.message });
	args.actuals.push({ id: match[1]!, year: match[2]!, value: number.value, text });
	return undefined;
}

function missingValue(name: string): Issue {
	const examples: Record<string, string> = {
		'--model': 'FILE',
		'--set': 'ID.PARAM=VALUE',
		'--format': FORMATS.join('|'),
		'--actual': 'ID[YEAR]=VALUE',
		'--actuals': 'FILE',
		'--samples': 'N',
		'--seed': 'S',
		'--uncertainty': 'FILE',
		'--sd': 'ID.PARAM=SD',
		...ANALYSIS_EXAMPLES
	};
	const example = examples[name];
	return issue(name, 'cli-needs-value', { option: name, example: example ?? 'VALUE' });
}

/** The actuals the --actual settings describe: id → year → value, a later one replacing an earlier one. */
export function actualsOf(settings: readonly ActualSetting[]): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const { id, year, value } of settings) (out[id] ??= {})[year] = value;
	return out;
}

/** The scenario the settings describe: key → value, a later --set of the same key replacing an earlier one. */
export function scenarioOf(settings: readonly Setting[]): Record<string, number> {
	return Object.fromEntries(settings.map((s) => [s.key, s.value]));
}
