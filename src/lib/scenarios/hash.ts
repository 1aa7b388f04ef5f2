/**
 * A short fingerprint of a model, so a link or an exported file can tell whether it was made with the
 * same model file the app now runs. Not a security hash: it detects edits, not forgeries.
 */

/**
 * JSON with object keys sorted and no whitespace: the same data gives the same text however its keys
 * were ordered or indented. `undefined` properties are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.keys(value)
			.sort()
			.flatMap((key) => {
				const v = (value as Record<string, unknown>)[key];
				return v === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(v)}`];
			});
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `text`, as 8 lowercase hex digits. Small, dependency-free and
 * easy to reimplement anywhere a reader wants to check a file.
 */
export function fnv1a32(text: string): string {
	let hash = 0x811c9dc5;
	const byte = (b: number) => {
		hash ^= b;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	};
	for (const char of text) {
		const c = char.codePointAt(0)!;
		// UTF-8 by hand: TextEncoder would do, but this keeps the module free of host globals.
		if (c < 0x80) byte(c);
		else if (c < 0x800) {
			byte(0xc0 | (c >> 6));
			byte(0x80 | (c & 63));
		} else if (c < 0x10000) {
			byte(0xe0 | (c >> 12));
			byte(0x80 | ((c >> 6) & 63));
			byte(0x80 | (c & 63));
		} else {
			byte(0xf0 | (c >> 18));
			byte(0x80 | ((c >> 12) & 63));
			byte(0x80 | ((c >> 6) & 63));
			byte(0x80 | (c & 63));
		}
	}
	return hash.toString(16).padStart(8, '0');
}

/** The model's fingerprint: FNV-1a 32 of its canonical JSON (see `canonicalJson`). */
export function modelHash(model: unknown): string {
	return fnv1a32(canonicalJson(model));
}

// Hash of a model the app ships trimmed → hash of the file it was trimmed from (see `trimmedFrom`).
const fileHashes = new Map<string, string>();

/**
 * Declares that a model whose `modelHash` is `own` is the model file with hash `file`, shipped without its
 * reading notes (the built-in plan: src/lib/view/model-docs.ts). Links and exported files then name the
 * file's hash, as the CLI and earlier versions of the app do, so neither reads as another version.
 */
export function trimmedFrom(own: string, file: string): void {
	fileHashes.set(own, file);
}

/** The hash of the model file `model` stands for: its own `modelHash`, or the file's if it is a trimmed copy. */
export function modelFileHash(model: unknown): string {
	const own = modelHash(model);
	return fileHashes.get(own) ?? own;
}
