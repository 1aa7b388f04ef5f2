/**
 * What each number box on /models/new reads, through the project's one parser (engine/number-input.ts):
 * so a full-width １００ works and `8,5` is refused with "did you mean 8.5?" here as everywhere else.
 * The boxes show values as every page does (`candidate-units.ts`): a rate in percent a year (8 or 8%),
 * an amount in the unit shown (en: bn yuan); the page converts the value read to the model's unit.
 */
import { parseNumberInput, type NumberParse } from '$lib/engine/core';

/**
 * - `base`: an indicator's base-year value (a level or a share, not negative);
 * - `pace-rate`: a yearly growth rate in percent, above −100 and at most 1,000;
 * - `pace-amount`: a yearly addition, which may be negative;
 * - `threshold`: a candidate target's threshold in its unit (a level, a total, a factor);
 * - `threshold-rate`: a candidate rate target's threshold in percent a year (a fall is negative);
 * - `deadline`: a candidate target's year.
 */
export type TypedBox = 'base' | 'pace-rate' | 'pace-amount' | 'threshold' | 'threshold-rate' | 'deadline';

/** Reads the text typed in `box`; a refusal carries the parser's issue code for the page to render. */
export function readTyped(text: string, box: TypedBox): NumberParse {
	switch (box) {
		case 'base':
			return parseNumberInput(text, 'amount');
		case 'pace-rate':
		case 'threshold-rate':
			return parseNumberInput(text, 'rate');
		case 'pace-amount':
		case 'threshold':
			return parseNumberInput(text, 'signed');
		case 'deadline':
			return parseNumberInput(text, 'year');
		default:
			return box satisfies never;
	}
}
