/**
 * Command-line argument parsing: argv in, options or the first problem out. Pure (no file system, no
 * process), so every form and every mistake can be tested in-process.
 *
 * Only the syntax is checked here. Whether `gdp.rate` names a real parameter depends on the model, so
 * that is left to the engine (parseKey/resolveInputs), whose messages already name the key and suggest
 * the nearest id.
 */
import { didYouMean, fail, ok, type Issue, type Result } from '../lib/engine/index';
import { parseDecimal } from './parse-number';

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

/** What the command line asked for. */
export interface CliArgs {
	help: boolean;
	/** As typed (relative to the working directory); absent means the default model. */
	model?: string;
	format: Format;
	/** In command-line order; a key set twice keeps its last value (see `scenarioOf`). */
	settings: Setting[];
}

const OPTIONS = ['--model', '--set', '--format', '--help'] as const;
const SEE_HELP = ' (see --help)';

/**
 * Parses argv (without the node and script entries). Accepts `--opt value` and `--opt=value`.
 * On a mistake, returns one issue whose path is the offending argument as typed.
 */
export function parseArgs(argv: readonly string[]): Result<CliArgs> {
	// --help wins over everything else: someone asking for help should get it even if the rest is wrong.
	if (argv.some((a) => a === '--help' || a === '-h')) {
		return ok({ help: true, format: 'table', settings: [] });
	}
	const args: CliArgs = { help: false, format: 'table', settings: [] };
	let formatSeen = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!arg.startsWith('-')) {
			return fail({ path: arg, message: `unexpected argument; options start with --${SEE_HELP}` });
		}
		const eq = arg.indexOf('=');
		const name = eq === -1 ? arg : arg.slice(0, eq);
		if (!(OPTIONS as readonly string[]).includes(name)) {
			return fail({
				path: name,
				message: `unknown option.${didYouMean(name, OPTIONS)} Options: ${OPTIONS.join(', ')}`
			});
		}
		let value: string;
		if (eq !== -1) value = arg.slice(eq + 1);
		else {
			const next = argv[i + 1];
			// A following option is a forgotten value, not the value: `--model --set x=1` must not read a file "--set".
			if (next === undefined || next.startsWith('--')) return fail(missingValue(name));
			value = next;
			i++;
		}
		const issue = apply(args, name, value, formatSeen);
		if (issue) return fail(issue);
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
			if (args.model !== undefined)
				return { path: `${name} ${value}`, message: 'given twice; give one model' };
			args.model = value;
			return undefined;
		case '--format':
			if (formatSeen) return { path: `${name} ${value}`, message: 'given twice; give one format' };
			if (!(FORMATS as readonly string[]).includes(value)) {
				return {
					path: `${name} ${value}`,
					message: `unknown format "${value}".${didYouMean(value, FORMATS)} Formats: ${FORMATS.join(', ')}`
				};
			}
			args.format = value as Format;
			return undefined;
		case '--set':
			return addSetting(args, value);
		default:
			throw new Error(`option ${name} is listed but not handled`);
	}
}

/** Parses `ID.PARAM=VALUE` or `ID.PARAM[YEAR]=VALUE`; the key itself is the engine's to check. */
function addSetting(args: CliArgs, text: string): Issue | undefined {
	const path = `--set ${text}`;
	const eq = text.indexOf('=');
	if (eq === -1 || eq === 0) {
		return { path, message: `expected ID.PARAM=VALUE, e.g. gdp.rate=0.08${SEE_HELP}` };
	}
	const number = parseDecimal(text.slice(eq + 1));
	if (!number.ok) return { path, message: number.message };
	args.settings.push({ key: text.slice(0, eq), value: number.value, text });
	return undefined;
}

function missingValue(name: string): Issue {
	const example = { '--model': 'FILE', '--set': 'ID.PARAM=VALUE', '--format': FORMATS.join('|') }[name];
	return { path: name, message: `needs a value: ${name} ${example ?? 'VALUE'}` };
}

/** The scenario the settings describe: key → value, a later --set of the same key replacing an earlier one. */
export function scenarioOf(settings: readonly Setting[]): Record<string, number> {
	return Object.fromEntries(settings.map((s) => [s.key, s.value]));
}
