/**
 * The CLI's words around a failure on stderr, in the language of `--lang`: the `error:` prefix, why a file
 * could not be read (from the file system's code: ENOENT, EISDIR, EACCES …), what could not be read, and
 * the internal-error line. Paths, options and exit codes stay as they are.
 *
 * This module imports nothing, so the process entry (`process-entry.ts`, `stdout-guard.ts`) can say even
 * a failure to load the command's modules in the reader's language.
 */

/** The languages of `--lang`. */
export const CLI_LANGS = ['en', 'zh'] as const;

/** One language of `--lang`. */
export type CliLang = (typeof CLI_LANGS)[number];

/**
 * The language asked for with `--lang X` or `--lang=X` anywhere in argv (the last valid one), English
 * otherwise: so a mistake before `--lang zh`, or in another option, is still said in Chinese.
 */
export function langOfArgv(argv: readonly string[]): CliLang {
	let lang: CliLang = 'en';
	argv.forEach((arg, i) => {
		const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
		if ((CLI_LANGS as readonly (string | undefined)[]).includes(value)) lang = value as CliLang;
	});
	return lang;
}

/** Why a file could not be read: a file system code the CLI names, or another error as the system said it. */
export type ReadReason = { code: ReasonCode } | { code: 'other'; system: string; message: string };

/** The file system's codes the CLI puts into words. */
export type ReasonCode = 'ENOENT' | 'EISDIR' | 'EACCES' | 'EPERM' | 'ENOTDIR' | 'ENAMETOOLONG';

/** The files named on the command line, by what they hold. */
export type FileRole = 'model' | 'actuals' | 'uncertainty' | 'plan';

interface ErrorWords {
	/** Starts every line on stderr. */
	prefix: string;
	reasons: Record<ReasonCode, string>;
	/** Another error: the system's code (e.g. EMFILE), or its own message when it has none. */
	other: (system: string, message: string) => string;
	cannotRead: (file: string, role: FileRole, reason: string) => string;
	/** After "cannot read the model file" when none was given (the default model is missing). */
	giveModel: string;
	/** `(and 2 more problems)` after the first issue. */
	more: (count: number) => string;
	/** Where a model failed under the scenario: the file and the `--set`s. */
	withSets: (model: string, sets: string) => string;
	internal: (message: string) => string;
	cannotWrite: (message: string) => string;
	/** An --uncertainty file that is not an object. */
	notObject: string;
	/** After an analysis option given with --format csv: it prints a table or JSON only. */
	tableOrJson: (format: string) => string;
	/** An exported file (format `format`) without its uncertainty object. */
	exportedWithout: (format: string) => string;
}

const en: ErrorWords = {
	prefix: 'error: ',
	reasons: {
		ENOENT: 'no such file',
		EISDIR: 'it is a directory, not a file',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		ENOTDIR: 'a part of the path is not a directory',
		ENAMETOOLONG: 'the path is too long'
	},
	other: (system, message) => (message === '' ? system || 'unknown error' : message),
	cannotRead: (file, role, reason) =>
		role === 'plan'
			? `cannot read the plan text ${file}: ${reason}`
			: `${file}: cannot read the ${role} file: ${reason}`,
	giveModel: '; give one with --model FILE',
	more: (count) => ` (and ${count} more ${count === 1 ? 'problem' : 'problems'})`,
	withSets: (model, sets) => `${model} with ${sets}`,
	internal: (message) => `internal error: ${message}; this is a bug, please report it`,
	cannotWrite: (message) => `cannot write the output: ${message}`,
	tableOrJson: (format) => `: prints a table or JSON; use --format table or --format json, not ${format}`,
	notObject: '$: should be an object with params, sd and/or yearlyNoise (see src/cli/README.md)',
	exportedWithout: (format) =>
		`$.uncertainty: an exported ${format} file needs an uncertainty object here; export the run again, or give a file of params, sd and/or yearlyNoise`
};

const ROLES_ZH: Record<FileRole, string> = {
	model: '模型文件',
	actuals: '实际值文件',
	uncertainty: '不确定性文件',
	plan: '规划文本'
};

const zh: ErrorWords = {
	prefix: '错误：',
	reasons: {
		ENOENT: '找不到文件',
		EISDIR: '这是一个目录，不是文件',
		EACCES: '没有读取权限',
		EPERM: '没有读取权限',
		ENOTDIR: '路径中有一部分不是目录',
		ENAMETOOLONG: '路径过长'
	},
	// The system's message is English: its code is what a Chinese reader can look up.
	other: (system) => (system === '' ? '读取失败' : `系统错误 ${system}`),
	cannotRead: (file, role, reason) =>
		role === 'plan' ? `无法读取规划文本 ${file}：${reason}` : `${file}：无法读取${ROLES_ZH[role]}：${reason}`,
	giveModel: '；请用 --model FILE 指定一个',
	more: (count) => `（另有 ${count} 个问题）`,
	withSets: (model, sets) => `${model}（${sets}）`,
	internal: (message) => `内部错误：${message}；这是程序缺陷，请报告`,
	cannotWrite: (message) => `无法写出结果：${message}`,
	tableOrJson: (format) => `：只能输出表格或 JSON；请用 --format table 或 --format json，而不是 ${format}`,
	notObject: '$：应为含 params、sd 和/或 yearlyNoise 的对象（见 src/cli/README.md）',
	exportedWithout: (format) =>
		`$.uncertainty：导出的 ${format} 文件此处应有 uncertainty 对象；请重新导出该次运行，或给出含 params、sd 和/或 yearlyNoise 的文件`
};

/** The words of each language. */
export const ERROR_WORDS: Record<CliLang, ErrorWords> = { en, zh };

/** A reason in words. */
export function reasonText(reason: ReadReason, lang: CliLang): string {
	const words = ERROR_WORDS[lang];
	return reason.code === 'other' ? words.other(reason.system, reason.message) : words.reasons[reason.code];
}

/** One line on stderr: the prefix and the message on one line (messages may quote text with line breaks). */
export function errorLine(message: string, lang: CliLang): string {
	return `${ERROR_WORDS[lang].prefix}${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`;
}
