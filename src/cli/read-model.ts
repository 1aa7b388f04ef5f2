/**
 * Reading the model file (or any file named on the command line), with the operating system's errors
 * turned into a reason the CLI puts into words in the reader's language (`error-words.ts`).
 */
import type { ReadReason, ReasonCode } from './error-words';

/** Reads a file as UTF-8 text; throws the file system's error (with a `code` such as ENOENT) on failure. */
export type ReadFile = (path: string) => string;

const NAMED: readonly ReasonCode[] = ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENOTDIR', 'ENAMETOOLONG'];

/** The file's text, or the reason it could not be read (a code, said by `reasonText`). */
export function readModelText(
	readFile: ReadFile,
	path: string
): { ok: true; text: string } | { ok: false; reason: ReadReason } {
	try {
		// A byte-order mark is an artefact of how some editors save UTF-8, not part of the JSON.
		return { ok: true, text: readFile(path).replace(/^\uFEFF/, '') };
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (typeof code === 'string' && (NAMED as readonly string[]).includes(code))
			return { ok: false, reason: { code: code as ReasonCode } };
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, reason: { code: 'other', system: typeof code === 'string' ? code : '', message } };
	}
}
