/**
 * Recognising the shipped plan in the worker, so it can be compiled without loading the validation code
 * (issue 11: the page's worker starts smaller). Strict on purpose: only a model whose canonical JSON has the
 * SHA-256 computed at build time from the shipped plan counts (`modelHash`'s FNV-1a would detect edits, not
 * forgeries); anything else, or any failure to compute the digest (no `crypto.subtle` outside a secure
 * context, a value that is not JSON), is validated as usual.
 */
import { canonicalJson } from '$lib/scenarios/hash';

/** SHA-256 of `canonicalJson(value)`, 64 lowercase hex digits. Throws where `crypto.subtle` is missing. */
export async function modelDigest(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalJson(value));
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A check that `raw` is, key order aside, exactly the model whose `modelDigest` is `digest`. Never throws. */
export function isExactly(digest: string): (raw: unknown) => Promise<boolean> {
	return async (raw) => {
		try {
			return (await modelDigest(raw)) === digest;
		} catch {
			return false;
		}
	};
}
