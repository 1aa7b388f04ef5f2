/**
 * Saving a file from the page: a Blob behind an `<a download>` that is clicked and removed. Everything
 * stays in the browser (a `blob:` address, no request leaves the page). Call from a click handler.
 */

/** How long a blob address lives after its click: enough for the browser to start the download. */
const REVOKE_AFTER_MS = 30_000;

/** Offers `blob` as a download named `name`. */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Offers `text` as a UTF-8 file named `name` of type `type` (`text/csv`, `application/json`, …). */
export function downloadText(text: string, name: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), name);
}

/** Reads a picked file as text (UTF-8). */
export function readFileText(file: Blob): Promise<string> {
	return file.text();
}
