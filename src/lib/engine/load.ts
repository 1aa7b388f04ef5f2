/**
 * From parsed JSON to a compiled model, in one step.
 */
import { compileModel, type CompiledModel } from './compile/compile-model';
import { fail, issue, ok, type CodedIssue, type Result } from './spec/result';
import { validateModel } from './spec/validate-model';

/** Validates `raw` (parsed JSON) and compiles it; all issues name their JSON path. */
export function loadModel(raw: unknown): Result<CompiledModel> {
	const valid = validateModel(raw);
	return valid.ok ? compileModel(valid.value) : valid;
}

/**
 * Parses JSON text and loads it. A leading byte-order mark is ignored (editors on Windows add one); a syntax
 * error is an issue at `$` with its line, column and the text there (the parser's own words are English).
 */
export function loadModelText(text: string): Result<CompiledModel> {
	const raw = parseJsonText(text);
	return raw.ok ? loadModel(raw.value) : raw;
}

/**
 * JSON text (a model, actuals or uncertainty file) as a value; a leading byte-order mark is ignored. An
 * empty text, or a syntax error with its place, is an issue at `$`.
 */
export function parseJsonText(text: string): Result<unknown> {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return fail(issue('$', 'not-json-empty'));
	try {
		return ok(JSON.parse(body));
	} catch (error) {
		return fail(syntaxIssue(error as Error, body));
	}
}

/** How much of the text after an error is quoted: enough to find it, short enough for one line. */
const NEAR = 20;

/**
 * A JSON syntax error as a code: where it is (line and column from the character position V8 gives, or
 * the line and column Firefox gives) and the text there; the end of the text when that is where it is.
 */
export function syntaxIssue(error: Error, text: string): CodedIssue {
	if (/unexpected end/i.test(error.message)) return issue('$', 'not-json-end');
	let offset: number | undefined;
	const position = /position (\d+)/.exec(error.message);
	if (position) offset = Number(position[1]);
	const place = /line (\d+) column (\d+)/.exec(error.message);
	if (offset === undefined && place) {
		const lines = text.split('\n');
		const before = lines.slice(0, Number(place[1]) - 1).reduce((n, l) => n + l.length + 1, 0);
		offset = before + Number(place[2]) - 1;
	}
	if (offset === undefined) return issue('$', 'not-json');
	const rest = text.slice(offset).split('\n')[0]!.trimEnd();
	if (rest === '') return issue('$', 'not-json-end');
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	const near = rest.length > NEAR ? `${rest.slice(0, NEAR)}…` : rest;
	return issue('$', 'not-json-at', { line, column, near });
}
