/**
 * Recognising the shipped plan in the worker, so it can be compiled without loading the validation code
 * (issue 11: the page's worker starts smaller). Strict on purpose: only a model whose canonical JSON has the
 * SHA-256 computed at build time from the shipped plan counts (`modelHash`'s FNV-1a would detect edits, not
 * forgeries); anything else is validated as usual. Where the digest cannot be computed (no `crypto.subtle`
 * outside a secure context), the model's canonical JSON is compared with the shipped plan's own text,
 * fetched then: the plan as shipped lacks the reading texts validation asks for (view/model-docs.ts), so it
 * must be recognised there too. A value that is not JSON is validated.
 */
import { canonicalJson } from '$lib/scenarios/hash';

/** SHA-256 of `canonicalJson(value)`, 64 lowercase hex digits. Throws where `crypto.subtle` is missing. */
export async function modelDigest(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalJson(value));
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A check that `raw` is, key order aside, exactly the model whose `modelDigest` is `digest`; where no digest
 * can be computed, exactly the model whose canonical JSON `canonical` fetches. Never throws.
 */
export function isExactly(
	digest: string,
	canonical?: () => Promise<string>
): (raw: unknown) => Promise<boolean> {
	return async (raw) => {
		try {
			if (globalThis.crypto?.subtle) return (await modelDigest(raw)) === digest;
			return canonical ? canonicalJson(raw) === (await canonical()) : false;
		} catch {
			return false;
		}
	};
}
