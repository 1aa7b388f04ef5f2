/**
 * The `draft` command as a function of its arguments and a file reader, so tests reach all of it:
 * argv → the draft model (json) or its table, or one line on stderr and exit code 2.
 */
import { draftModel } from '../lib/engine/index';
import { cliSayDraft } from './draft-say';
import { DRAFT_WORDS, formatDraftTable } from './draft-table';
import { ERROR_WORDS, errorLine, langOfArgv, reasonText, type CliLang } from './error-words';
import { DRAFT_HELP, parseDraftArgs } from './draft-args';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { issueText } from './issue-text';
import { readModelText, type ReadFile } from './read-model';

/** What to print and the exit code. */
export interface DraftOutput {
	stdout: string;
	stderr: string;
	code: number;
}

const usage = (message: string, lang: CliLang): DraftOutput => ({
	stdout: '',
	stderr: errorLine(message, lang),
	code: EXIT_USAGE
});

/** Runs `draft` with `argv` (after `--`); `currentYear` is the last resort for the base year. */
export function runDraft(argv: readonly string[], readFile: ReadFile, currentYear: number): DraftOutput {
	const args = parseDraftArgs(argv);
	// A mistake is said in the language asked for, wherever --lang stands (even after the mistake).
	if (!args.ok) {
		const lang = langOfArgv(argv);
		return usage(args.issues.map((i) => `${i.path} ${issueText(i, lang)}`).join('; '), lang);
	}
	const { lang } = args.value;
	const words = DRAFT_WORDS[lang];
	if (args.value.help) return { stdout: DRAFT_HELP[lang], stderr: '', code: EXIT_OK };
	const file = args.value.file!;
	const text = readModelText(readFile, file);
	if (!text.ok) return usage(ERROR_WORDS[lang].cannotRead(file, 'plan', reasonText(text.reason, lang)), lang);
	const result = draftModel(text.text, {
		baseYear: args.value.baseYear,
		endYear: args.value.endYear,
		currentYear,
		say: cliSayDraft
	});
	if (!result.ok) {
		// A refusal always names at least one issue.
		const issue = result.issues[0]!;
		const where = issue.path === 'text' ? words.planText(file) : `--${issue.path.replace(/Year$/, '-year')}`;
		return usage(`${where} ${issueText(issue, lang)}`, lang);
	}
	const draft = result.value;
	if (args.value.format === 'json') {
		const { targets, indicators } = draft.model;
		const summary = `${words.summary(targets.length, indicators.length, draft.issues.length)}\n`;
		return { stdout: JSON.stringify(draft.model, null, '\t') + '\n', stderr: summary, code: EXIT_OK };
	}
	return { stdout: formatDraftTable(draft, lang), stderr: '', code: EXIT_OK };
}
