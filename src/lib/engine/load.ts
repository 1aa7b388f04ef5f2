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

/** Parses JSON text and loads it; a syntax error is an issue at `$` with the parser's position. */
export function loadModelText(text: string): Result<CompiledModel> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return { ok: false, issues: [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }] };
	}
	return loadModel(raw);
}
