/**
 * The numbers typed on the command line (`--set ID.PARAM=`, `--actual ID[YEAR]=`, `--sd`, `--samples`,
 * `--seed`), read by the app's own parser (engine/number-input.ts) so the CLI and the number boxes accept
 * and refuse the same texts, and say why in the same words: the app's English messages (the `number_*`
 * keys of src/lib/i18n/messages/en.json), with placeholders filled in.
 */
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import { parseNumberInput, type NumberIssue, type NumberKind } from '../lib/engine/index';
import { fill } from './issue-text';

/** The parsed value, or why the text is not a usable number (a message without the text's location). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** A limit or value as the message shows it: grouped, with a real minus (as in the app). */
function plain(x: number): string {
	const text = new Intl.NumberFormat('en', { maximumSignificantDigits: 12 }).format(Math.abs(x));
	return (x < 0 ? '\u2212' : '') + text;
}

/**
 * The English sentence for a typed number's issue, from the app's own messages (`messages` lets a Chinese
 * front end pass zh.json). `text` is what was typed.
 */
export function numberIssueMessage(
	issue: NumberIssue,
	text: string,
	messages: Record<string, string> = en
): string {
	const key = `number_${issue.code.replace(/-/g, '_')}`;
	switch (issue.code) {
		case 'did-you-mean':
			return fill(messages[key]!, { text, suggestion: issue.suggestion });
		case 'not-integer':
			return fill(messages[key]!, { value: plain(issue.value) });
		case 'out-of-range': {
			const limits = { min: plain(issue.min), max: plain(issue.max) };
			const range = fill(messages[issue.minExclusive ? 'number_range_open' : 'number_range_closed']!, limits);
			return fill(messages[key]!, { value: plain(issue.value), range });
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
export function parseDecimal(text: string, kind: NumberKind = 'signed'): ParsedNumber {
	const unbounded = kind === 'signed' ? { min: -Infinity, max: Infinity } : {};
	const parsed = parseNumberInput(text, kind, kind === 'amount' ? { max: Infinity } : unbounded);
	if (parsed.ok) return parsed;
	const { ok: _ok, ...issue } = parsed;
	const message = numberIssueMessage(issue, text);
	// A percentage is the most likely slip for a rate: say how the CLI writes one.
	return issue.code === 'percent-not-allowed'
		? { ok: false, message: `${message} Rates and shares are fractions here: write 0.1 for 10 %.` }
		: { ok: false, message };
}
