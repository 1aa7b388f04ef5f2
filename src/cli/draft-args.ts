/**
 * The `draft` command's arguments: FILE [--base-year YEAR] [--end-year YEAR] [--format json|table]
 * [--lang en|zh]. Every mistake is one line naming the argument and saying how to fix it, in the language
 * of `--lang` wherever it stands (as `simulate` does).
 */
import { fail, gist, issue, ok, type IssueLocale, type Result } from '../lib/engine/index';
import { CLI_LANGS } from './issue-text';

export const DRAFT_FORMATS = ['json', 'table'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

/** What the command line asks for. */
export interface DraftArgs {
	/** The plan text's path, or undefined with --help. */
	file?: string;
	baseYear?: number;
	endYear?: number;
	format: DraftFormat;
	/** The language of the table, the help and the messages (`--lang`, default English). */
	lang: IssueLocale;
	help: boolean;
}

const YEAR_OPTIONS = { '--base-year': 'baseYear', '--end-year': 'endYear' } as const;

/** Parses argv (without node and the script); `--option=value` and `--option value` both work. */
export function parseDraftArgs(argv: readonly string[]): Result<DraftArgs> {
	const args: DraftArgs = { format: 'table', lang: 'en', help: false };
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
		if (!(name in YEAR_OPTIONS) && name !== '--format' && name !== '--lang')
			return fail(issue(name, 'cli-not-draft-option'));
		const value = inline ?? argv[++i];
		if (value === undefined) {
			const example = name === '--format' ? 'json|table' : name === '--lang' ? 'en|zh' : 'YEAR';
			return fail(issue(name, 'cli-needs-value', { option: name, example }));
		}
		if (name === '--lang') {
			if (!(CLI_LANGS as readonly string[]).includes(value))
				return fail(issue(`${name} ${value}`, 'cli-unknown-language', { langs: [...CLI_LANGS] }));
			args.lang = value as IssueLocale;
			continue;
		}
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

/** The usage text of `npm run -s draft -- --help`, in each language of `--lang`. */
export const DRAFT_HELP: Record<IssueLocale, string> = {
	en: `Usage: npm run -s draft -- FILE [--base-year YEAR] [--end-year YEAR] [--format json|table] [--lang en|zh]

Reads a plan's text (UTF-8, simplified or traditional Chinese) and prints a draft model: an indicator for
each quantity the targets speak of, a target for each quantified commitment with its exact quote.

  FILE              the plan's text
  --base-year YEAR  the last year with known values (default: read from the text, e.g. 到2026年 → 2021)
  --end-year YEAR   the plan's last year (default: base year + 5, or + 1 for a yearly report)
  --format FORMAT   table (default): the targets found and what the draft still needs;
                    json: the draft model (models/model.schema.json), missing baselines as null
  --lang en|zh      the language of the table, this help and the messages (default en);
                    the model's notes are written in both
  -h, --help        this text

Examples:
  npm run -s draft -- models/sources/shinan-2022-congress-report.zh.txt
  npm run -s draft -- plan.txt --base-year 2022 --format json > models/my-plan.json
`,
	zh: `用法：npm run -s draft -- FILE [--base-year YEAR] [--end-year YEAR] [--format json|table] [--lang en|zh]

读取规划文本（UTF-8，简体或繁体中文），输出模型草稿：目标涉及的每个量对应一个指标，
每项量化承诺对应一个目标，并附原文引文。

  FILE              规划文本
  --base-year YEAR  已知数据的最后一年（默认：从文本读取，如 到2026年 → 2021）
  --end-year YEAR   规划的最后一年（默认：基期年份加 5，年度报告加 1）
  --format FORMAT   table（默认）：找到的目标及草稿尚缺的数值；
                    json：模型草稿（models/model.schema.json），缺少的基期数值记为 null
  --lang en|zh      表格、本帮助及提示信息的语言（默认 en）；模型中的说明两种语言都写
  -h, --help        显示本帮助

示例：
  npm run -s draft -- models/sources/shinan-2022-congress-report.zh.txt
  npm run -s draft -- plan.txt --base-year 2022 --format json > models/my-plan.json
`
};
