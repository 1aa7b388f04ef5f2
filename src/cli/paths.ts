/**
 * Where the default model lives. Resolved from this file's own location rather than the working
 * directory, so `simulate` finds the model whether it is started from the repository root, a
 * sub-folder or anywhere else.
 */
import { fileURLToPath } from 'node:url';

/** The repository root: src/cli/ is two levels below it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The model used when no --model is given, as an absolute path. */
export const DEFAULT_MODEL_PATH = fileURLToPath(
	new URL('../../models/shinan-2022-2026.json', import.meta.url)
);
