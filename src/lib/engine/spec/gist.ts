/**
 * What an issue says was given ("got …"): a value as a gist, its kind and, when small, the value itself.
 * Apart from the renderer (`issue-render.ts`) so that code building issues (the app's checks of a link,
 * an import, stored data) does not bring along the catalogue of codes the renderer reads: the app loads
 * that, with the sentences, only when an issue is shown.
 */
import type { Gist } from './result';

/** What was given, for "got …": a number as it is (formatted when rendered), anything else as a gist. */
export function gotNumber(value: unknown): number | Gist {
	return typeof value === 'number' ? value : gist(value);
}

/** A JSON value as a gist for "got …" in an issue: its kind and, when small, the value itself. */
export function gist(value: unknown): Gist {
	if (value === undefined) return { gist: 'nothing' };
	if (value === null) return { gist: 'null' };
	if (Array.isArray(value)) return { gist: 'array' };
	if (typeof value === 'object') return { gist: 'object' };
	if (typeof value === 'string')
		return { gist: 'string', text: value.length > 40 ? value.slice(0, 40) + '…' : value };
	if (typeof value === 'number')
		return Number.isFinite(value)
			? { gist: 'number', text: String(value) }
			: { gist: 'other', text: String(value) };
	if (typeof value === 'boolean') return { gist: 'boolean', text: String(value) };
	return { gist: 'other', text: typeof value };
}
