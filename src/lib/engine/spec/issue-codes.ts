/**
 * The catalogue of issue codes: every problem the engine and the scenario layer report, as data. An issue
 * carries a code and its params (numbers, ids, paths), never a sentence: the app renders it with the
 * Paraglide message `issue_<code with _ for ->` in the reader's language (`view/issue-text.ts`), the CLI
 * with the same message read from `en.json` or `zh.json` (`cli/issue-text.ts`). Each entry lists the
 * params the code may supply; a test checks that every code has a message in both languages and that no
 * message names a param its code does not supply.
 */
export const ISSUE_CODES = {
	// Hints: the trailing ": what this number is" of a number check (rendered inside another message).
	'hint-rate': [],
	'hint-base': ['unit'],
	'hint-stock-annual': ['unit'],
	'hint-flow-annual': ['unit'],
	'hint-shift-sd': [],
	'hint-noise-sd': [],
	// The shape of a JSON value (spec/checks.ts).
	'not-object': ['got'],
	'unknown-key': ['allowed'],
	required: [],
	'not-text': ['got'],
	'not-id': ['got'],
	'not-finite': ['got', 'hint'],
	'not-above': ['min', 'got', 'hint'],
	'not-at-least': ['min', 'got', 'hint'],
	'not-year': ['got'],
	'not-model-text': ['example', 'got'],
	'not-array': ['got'],
	'not-one-of': ['allowed', 'got'],
	// A model file (spec/validate-model.ts).
	'model-id-format': ['got'],
	'end-before-base': ['base', 'got'],
	'id-not-string': ['got'],
	'duplicate-id': ['id'],
	'unknown-field': ['field'],
	'by-year-not-object': ['example'],
	'not-projected-year': ['from', 'to', 'got'],
	'not-year-key': ['got'],
	'target-unknown-indicator': ['id'],
	'target-from-range': ['from', 'to', 'got'],
	'target-deadline-range': ['start', 'end', 'got'],
	// An actuals file (spec/actuals-file.ts).
	'actual-given-twice': ['key'],
	'not-actuals': ['example', 'got'],
	// Formulas (compile/expression.ts, compile/compile-model.ts).
	'expression-parse': ['source', 'detail'],
	'expression-invalid': ['source', 'detail'],
	'expr-function-not-indicator': ['name'],
	'expr-unknown-indicator': ['name'],
	'expr-not-finite': ['got'],
	'expr-operator': ['op', 'allowed'],
	'expr-node': ['node', 'allowed'],
	'expr-prev-argument': [],
	'expr-one-argument': ['name', 'count'],
	'expr-two-arguments': ['name', 'count'],
	'expr-two-or-more-arguments': ['name', 'count'],
	'expr-forbidden-function': ['name', 'allowed'],
	'expr-unknown-function': ['name', 'allowed'],
	'expr-allowed': ['functions'],
	'expr-kind-assignment': [],
	'expr-kind-function-assignment': [],
	'expr-kind-accessor': [],
	'expr-kind-index': [],
	'expr-kind-array': [],
	'expr-kind-object': [],
	'expr-kind-block': [],
	'expr-kind-conditional': [],
	'expr-kind-range': [],
	'expr-kind-other': ['kind'],
	'circular-definition': ['cycle'],
	'circular-base-year': ['cycle'],
	// Parameter keys (project/parameters.ts).
	'not-parameter-key': [],
	'unknown-indicator': ['id'],
	'derived-no-parameters': ['id', 'expr'],
	'no-such-parameter': ['id', 'kind', 'param', 'allowed'],
	'rate-not-above-minus-one': ['got'],
	'base-no-year-form': ['id'],
	'year-outside-projection': ['year', 'from', 'to'],
	// Uncertainty (monte-carlo/uncertainty.ts).
	'distribution-year-form': ['key'],
	'distribution-and-sd': ['key'],
	'not-map': ['got'],
	'not-distribution': ['example'],
	'field-below': ['field', 'min', 'got'],
	'mode-outside': ['min', 'mode', 'max'],
	'lognormal-low': ['low'],
	'rate-fall-spread': ['sds', 'low'],
	'rate-fall-minimum': ['low'],
	'shift-sd-too-wide': ['rate', 'sds', 'low', 'limit'],
	'noise-unknown-indicator': ['id'],
	'noise-not-growth': ['id', 'kind'],
	'noise-too-wide': ['sds', 'low']
} as const satisfies Record<string, readonly string[]>;

/** One code of the catalogue. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** Whether `code` is in the catalogue (a value from a file or a worker). */
export function isIssueCode(code: unknown): code is IssueCode {
	return typeof code === 'string' && Object.hasOwn(ISSUE_CODES, code);
}
