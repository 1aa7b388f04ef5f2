/**
 * Numbers as text, both ways, exactly: a link, a CSV cell or a command line must give back the very
 * double that was written, or a cited run would not reproduce.
 */
import { message, type IssueMessage } from '$lib/engine/core';

/**
 * The shortest text that reads back as exactly `x`. `Number.prototype.toString` already gives the shortest
 * round-trip form (ECMAScript's Number::toString); only −0 needs help, since it prints as "0".
 */
export function formatNumber(x: number): string {
	return Object.is(x, -0) ? '-0' : String(x);
}

/** Plain decimals only, as the CLI's `--set` takes them: optional sign, digits, optional fraction and exponent. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A parsed number, or what is wrong with the text (a predicate to follow the text's location). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: IssueMessage };

/**
 * Parses a plain decimal such as `0.08`, `-0.05`, `1200` or `1e-3`. `Number()` would also take "", "0x10",
 * " 1 " and "Infinity", each far more likely a slip than a meant value, so those are refused.
 */
export function parseDecimal(text: string): ParsedNumber {
	if (text === '') return { ok: false, reason: message('text-empty') };
	if (!DECIMAL.test(text)) {
		// A percentage is the likeliest slip for a rate: say how to write it rather than guess.
		return { ok: false, reason: message(/%$/.test(text) ? 'text-percent' : 'text-not-number') };
	}
	const value = Number(text);
	if (!Number.isFinite(value)) return { ok: false, reason: message('text-too-large') };
	return { ok: true, value };
}

/** A finite number (not NaN, not ±Infinity): the only numbers JSON, links and the engine all carry. */
export function isFiniteNumber(x: unknown): x is number {
	return typeof x === 'number' && Number.isFinite(x);
}
