/**
 * The analysis options: `--seek TARGET:PARAM`, `--seek-all TARGET,TARGET[:PARAM,PARAM]`,
 * `--sensitivity TARGET` and `--consistency`. Only the syntax is checked here; whether the ids exist is the
 * engine's to say (with the nearest id).
 */
import { issue, type Issue } from '../lib/engine/index';

/** What analysis the command line asked for; `text` is the option as typed, for messages. */
export type AnalysisRequest =
	| { kind: 'seek'; target: string; parameter: string; text: string }
	| { kind: 'seek-all'; targets: string[]; parameters?: string[]; text: string }
	| { kind: 'sensitivity'; target: string; text: string }
	| { kind: 'consistency'; text: string };

/** The options, in the order --help lists them. */
export const ANALYSIS_OPTIONS = ['--seek', '--seek-all', '--sensitivity', '--consistency'] as const;

/** What each option's value looks like, for "needs a value" messages. */
export const ANALYSIS_EXAMPLES: Readonly<Record<string, string>> = {
	'--seek': 'TARGET:PARAM',
	'--seek-all': 'TARGET,TARGET[:PARAM,PARAM]',
	'--sensitivity': 'TARGET'
};

/** Options that take no value. */
export const ANALYSIS_FLAGS: readonly string[] = ['--consistency'];

/** Records analysis option `name` with `value` ('' for a flag given alone); returns the problem, if any. */
export function addAnalysis(
	args: { analysis?: AnalysisRequest },
	name: string,
	value: string
): Issue | undefined {
	const text = ANALYSIS_FLAGS.includes(name) ? name : `${name} ${value}`;
	// One question per run: the outputs have different shapes, and a script must know which one it gets.
	if (args.analysis !== undefined) {
		return issue(text, 'cli-one-analysis', { other: args.analysis.text });
	}
	const list = (s: string) => s.split(',').map((x) => x.trim());
	switch (name) {
		case '--seek': {
			const [target, parameter, ...rest] = value.split(':');
			if (!target || !parameter || rest.length) {
				const example = 'digital_core_share_doubling:gdp.rate';
				return issue(text, 'cli-expected', { form: 'TARGET:PARAM', example });
			}
			args.analysis = { kind: 'seek', target: target.trim(), parameter: parameter.trim(), text };
			return undefined;
		}
		case '--seek-all': {
			const [targets, parameters, ...rest] = value.split(':');
			const ids = list(targets ?? '');
			const keys = parameters === undefined ? undefined : list(parameters);
			if (rest.length || ids.some((x) => x === '') || keys?.some((x) => x === '')) {
				const example = 'digital_core_share_doubling,digital_core_share_level';
				return issue(text, 'cli-expected', { form: 'TARGET,TARGET[:PARAM,PARAM]', example });
			}
			args.analysis = { kind: 'seek-all', targets: ids, ...(keys ? { parameters: keys } : {}), text };
			return undefined;
		}
		case '--sensitivity':
			if (value.trim() === '' || value.includes(':')) {
				const example = '--sensitivity digital_core_share_doubling';
				return issue(text, 'cli-expected-target', { example });
			}
			args.analysis = { kind: 'sensitivity', target: value.trim(), text };
			return undefined;
		case '--consistency':
			if (value !== '') return issue(`${name}=${value}`, 'cli-takes-no-value');
			args.analysis = { kind: 'consistency', text };
			return undefined;
		default:
			throw new Error(`analysis option ${name} is listed but not handled`);
	}
}
