/**
 * The address bar's query as the app writes it: the scenario's link text (`encodeState`, written as is so
 * it stays readable) first, then any other parameter the address already had (`lang=en`, `ids=…`), also as
 * typed. Pure string work, so it is tested without a browser.
 */
import { isStateParam } from '$lib/scenarios';

/** The name of a `name=value` part, decoded if it can be (a malformed escape is kept as typed). */
function nameOf(part: string): string {
	const eq = part.indexOf('=');
	const raw = eq === -1 ? part : part.slice(0, eq);
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** The `name=value` parts of a query or fragment (without its `?` or `#`), empty parts dropped. */
function partsOf(text: string): string[] {
	return text
		.replace(/^[?#]/, '')
		.split('&')
		.filter((part) => part !== '');
}

/** True if a query or fragment holds any part of a scenario link (`v`, `m`, `s`, `a`, `u`). */
export function hasState(text: string): boolean {
	return partsOf(text).some((part) => isStateParam(nameOf(part)));
}

/** The parts of `search` that are not the scenario's, as typed. */
export function otherParams(search: string): string[] {
	return partsOf(search).filter((part) => !isStateParam(nameOf(part)));
}

/**
 * The query for an address whose query is now `search` and whose scenario encodes to `encoded`:
 * `?v=1&m=…&s=…&lang=en`, or `''` when nothing is left (the plan, no other parameter).
 */
export function linkQuery(search: string, encoded: string): string {
	const parts = [...(encoded ? [encoded] : []), ...otherParams(search)];
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * The fragment to keep: a fragment that carried a scenario (`#v=1&s=…`, read when the page opened) is
 * dropped once the query holds the scenario; any other fragment (`#quote-gdp`) stays.
 */
export function keptHash(hash: string): string {
	return hasState(hash) ? '' : hash;
}

/** `search` with parameter `name` set to `value` (as typed) or, with null, removed; other parts as typed. */
export function withParam(search: string, name: string, value: string | null): string {
	const parts = partsOf(search).filter((part) => nameOf(part) !== name);
	if (value !== null && value !== '') parts.push(`${name}=${value}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The value of parameter `name` in a query, decoded, or null. */
export function readParam(search: string, name: string): string | null {
	for (const part of partsOf(search)) {
		if (nameOf(part) !== name) continue;
		const eq = part.indexOf('=');
		const raw = eq === -1 ? '' : part.slice(eq + 1);
		try {
			return decodeURIComponent(raw.replaceAll('+', ' '));
		} catch {
			return raw;
		}
	}
	return null;
}
