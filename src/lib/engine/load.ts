/**
 * From parsed JSON to a compiled model, in one step.
 */
import { compileModel, type CompiledModel } from './compile/compile-model';
import type { Result } from './spec/result';
import { validateModel } from './spec/validate-model';

/** Validates `raw` (parsed JSON) and compiles it; all issues name their JSON path. */
export function loadModel(raw: unknown): Result<CompiledModel> {
	const valid = validateModel(raw);
	return valid.ok ? compileModel(valid.value) : valid;
}

/**
 * Parses JSON text and loads it. A leading byte-order mark is ignored (editors on Windows add one); a syntax
 * error is an issue at `$` with its line and column.
 */
export function loadModelText(text: string): Result<CompiledModel> {
	const body = text.replace(/^\uFEFF/, '');
	let raw: unknown;
	try {
		raw = JSON.parse(body);
	} catch (error) {
		return {
			ok: false,
			issues: [{ path: '$', message: `not valid JSON: ${describeSyntaxError(error as Error, body)}` }]
		};
	}
	return loadModel(raw);
}

/** The parser's message with "line L, column C" added where it gives only a character position. */
function describeSyntaxError(error: Error, text: string): string {
	const position = /position (\d+)/.exec(error.message);
	if (!position) return error.message;
	const before = text.slice(0, Number(position[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `${error.message} (line ${line}, column ${column})`;
}
