/**
 * The numbers typed on the command line (`--set ID.PARAM=`, `--actual ID[YEAR]=`, `--sd`, `--samples`,
 * `--seed`), read by the app's own parser (engine/number-input.ts) so the CLI and the number boxes accept
 * and refuse the same texts, and say why in the same words: the app's messages (the `number_*` keys of
 * src/lib/i18n/messages/en.json, or zh.json with `--lang zh`), with placeholders filled in.
 */
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import { parseNumberInput, type IssueLocale, type NumberIssue, type NumberKind } from '../lib/engine/index';
import { fill, MESSAGES } from './issue-text';

/** The parsed value, or why the text is not a usable number (a message without the text's location). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** A limit or value as the message shows it: grouped, with a real minus (as in the app). */
function plain(x: number, lang: IssueLocale): string {
	const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumSignificantDigits: 12 }).format(
		Math.abs(x)
	);
	return (x < 0 ? '\u2212' : '') + text;
}

/**
 * The sentence for a typed number's issue, from the app's own messages in `lang` (default English).
 * `text` is what was typed.
 */
export function numberIssueMessage(issue: NumberIssue, text: string, lang: IssueLocale = 'en'): string {
	const messages: Record<string, string> = lang === 'en' ? en : MESSAGES[lang];
	const key = `number_${issue.code.replace(/-/g, '_')}`;
	switch (issue.code) {
		case 'did-you-mean':
			return fill(messages[key]!, { text, suggestion: issue.suggestion });
		case 'not-integer':
			return fill(messages[key]!, { value: plain(issue.value, lang) });
		case 'out-of-range': {
			const limits = { min: plain(issue.min, lang), max: plain(issue.max, lang) };
			const range = fill(messages[issue.minExclusive ? 'number_range_open' : 'number_range_closed']!, limits);
			return fill(messages[key]!, { value: plain(issue.value, lang), range });
		}
		default:
			return fill(messages[key]!, { text });
	}
}

/**
 * Parses `text` as a number of `kind` (default `signed`: any sign; rates on the command line are
 * fractions, whose floor of −1 the engine checks with the parameter's name). Amounts have no upper
 * limit here, unlike in a number box (where 1e308 is a slip of the keyboard): the command line of an
 * exported scenario must reproduce whatever state it came from.
 */
export function parseDecimal(
	text: string,
	kind: NumberKind = 'signed',
	lang: IssueLocale = 'en'
): ParsedNumber {
	const unbounded = kind === 'signed' ? { min: -Infinity, max: Infinity } : {};
	const parsed = parseNumberInput(text, kind, kind === 'amount' ? { max: Infinity } : unbounded);
	if (parsed.ok) return parsed;
	const { ok: _ok, ...issue } = parsed;
	const message = numberIssueMessage(issue, text, lang);
	// A percentage is the most likely slip for a rate: say how the CLI writes one.
	if (issue.code !== 'percent-not-allowed') return { ok: false, message };
	const hint = MESSAGES[lang].issue_cli_rates_are_fractions!;
	return { ok: false, message: lang === 'zh' ? `${message}${hint}` : `${message} ${hint}` };
}
