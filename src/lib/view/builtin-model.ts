/**
 * The plan shipped with the app: data, apart from the questions about any model's structure (model.ts), so
 * a module that needs only the plan does not pull those in, and the reverse.
 *
 * Shipped without its reading notes (model-docs.ts: the indicator pages bring their own), so the app's
 * copy is not byte for byte the file: `trimmedFrom` lets links and exported files name the file's hash.
 */
import builtin, { fileHash, ownHash } from 'virtual:builtin-model';
import type { Model } from '$lib/engine';
import { trimmedFrom } from '$lib/scenarios';

trimmedFrom(ownHash, fileHash);

/** The plan shipped with the app, without its reading notes (validated by the tests; the worker knows it by its SHA-256 and compiles it without the validation code). */
export const builtinModel = builtin as Model;

/** `modelHash` of `builtinModel`: a model with this hash is the built-in plan without its notes. */
export const BUILTIN_HASH = ownHash;

/** The whole model file, notes included (for a copy or an export of the built-in plan). */
export async function fullBuiltinModel(): Promise<Model> {
	return (await import('$models/shinan-2022-2026.json')).default as unknown as Model;
}
