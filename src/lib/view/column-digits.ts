/**
 * How many decimals a column of numbers is shown with: the fewest (up to `max`) that show every value of the
 * column exactly at that rounding, the same for all rows, so a column reads 30.12 / 44.10 and not
 * 30.12 / 44.1 (a trimmed zero looks like a less precise figure).
 */
export function columnDigits(values: readonly (number | undefined)[], max = 2): number {
	let digits = 0;
	for (const x of values) {
		if (x === undefined || !Number.isFinite(x)) continue;
		while (digits < max && !exactAt(x, digits)) digits++;
	}
	return digits;
}

/** True if `x` rounded to `digits` decimals is `x` (within binary noise). */
function exactAt(x: number, digits: number): boolean {
	const scale = 10 ** digits;
	return Math.abs(Math.round(x * scale) / scale - x) <= 1e-9 * Math.max(1, Math.abs(x));
}
