/**
 * Reading the model file, with the operating system's errors turned into one readable line.
 */

/** Reads a file as UTF-8 text; throws the file system's error (with a `code` such as ENOENT) on failure. */
export type ReadFile = (path: string) => string;

const REASONS: Record<string, string> = {
	ENOENT: 'no such file',
	EISDIR: 'it is a directory, not a file',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'a part of the path is not a directory',
	ENAMETOOLONG: 'the path is too long'
};

/** The file's text, or a reason it could not be read. */
export function readModelText(
	readFile: ReadFile,
	path: string
): { ok: true; text: string } | { ok: false; reason: string } {
	try {
		// A byte-order mark is an artefact of how some editors save UTF-8, not part of the JSON.
		return { ok: true, text: readFile(path).replace(/^\uFEFF/, '') };
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		const reason = typeof code === 'string' ? REASONS[code] : undefined;
		return { ok: false, reason: reason ?? String((error as Error).message ?? error) };
	}
}
