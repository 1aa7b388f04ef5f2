/**
 * The `draft` command's arguments: FILE [--base-year YEAR] [--end-year YEAR] [--format json|table].
 * Every mistake is one line naming the argument and saying how to fix it.
 */
import { fail, gist, issue, ok, type Result } from '../lib/engine/index';

export const DRAFT_FORMATS = ['json', 'table'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

/** What the command line asks for. */
export interface DraftArgs {
	/** The plan text's path, or undefined with --help. */
	file?: string;
	baseYear?: number;
	endYear?: number;
	format: DraftFormat;
	help: boolean;
}

const YEAR_OPTIONS = { '--base-year': 'baseYear', '--end-year': 'endYear' } as const;

/** Parses argv (without node and the script); `--option=value` and `--option value` both work. */
export function parseDraftArgs(argv: readonly string[]): Result<DraftArgs> {
	const args: DraftArgs = { format: 'table', help: false };
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [name, inline] = arg.startsWith('--') ? splitOption(arg) : [arg, undefined];
		if (name === '-h' || name === '--help') {
			args.help = true;
			continue;
		}
		if (!name.startsWith('-') || name === '-') {
			files.push(name);
			continue;
		}
		if (!(name in YEAR_OPTIONS) && name !== '--format') return fail(issue(name, 'cli-not-draft-option'));
		const value = inline ?? argv[++i];
		if (value === undefined)
			return fail(
				issue(name, 'cli-needs-value', { option: name, example: name === '--format' ? 'json|table' : 'YEAR' })
			);
		if (name === '--format') {
			if (!(DRAFT_FORMATS as readonly string[]).includes(value)) {
				const allowed = DRAFT_FORMATS.map((f) => `"${f}"`);
				return fail(issue(name, 'not-one-of', { allowed, got: gist(value) }));
			}
			args.format = value as DraftFormat;
			continue;
		}
		if (!/^\d{4}$/.test(value)) return fail(issue(name, 'not-year', { got: gist(value) }));
		args[YEAR_OPTIONS[name as keyof typeof YEAR_OPTIONS]] = Number(value);
	}
	if (args.help) return ok(args);
	if (files.length !== 1)
		return fail(
			files.length
				? issue('FILE', 'cli-one-plan-text', { count: files.length })
				: issue('FILE', 'cli-no-plan-text')
		);
	args.file = files[0]!;
	if (args.baseYear !== undefined && args.endYear !== undefined && args.endYear <= args.baseYear)
		return fail(issue('--end-year', 'cli-end-before-base', { base: args.baseYear, got: args.endYear }));
	return ok(args);
}

function splitOption(arg: string): [name: string, value: string | undefined] {
	const eq = arg.indexOf('=');
	return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** The usage text of `npm run -s draft -- --help`. */
export const DRAFT_HELP = `Usage: npm run -s draft -- FILE [--base-year YEAR] [--end-year YEAR] [--format json|table]

Reads a plan's text (UTF-8, simplified or traditional Chinese) and prints a draft model: an indicator for
each quantity the targets speak of, a target for each quantified commitment with its exact quote.

  FILE              the plan's text
  --base-year YEAR  the last year with known values (default: read from the text, e.g. 到2026年 → 2021)
  --end-year YEAR   the plan's last year (default: base year + 5, or + 1 for a yearly report)
  --format FORMAT   table (default): the targets found and what the draft still needs;
                    json: the draft model (models/model.schema.json), missing baselines as null
  -h, --help        this text

Examples:
  npm run -s draft -- models/sources/shinan-2022-congress-report.zh.txt
  npm run -s draft -- plan.txt --base-year 2022 --format json > models/my-plan.json
`;
