/**
 * What each number box on /models/new reads, through the project's one parser (engine/number-input.ts):
 * so a full-width １００ works and `8,5` is refused with "did you mean 8.5?" here as everywhere else.
 * The boxes here are in engine units (a rate is a fraction, 0.1 = 10 %), unlike the scenario boxes
 * (percent), hence the narrowed limits for a rate pace.
 */
import { parseNumberInput, type NumberParse } from '$lib/engine/core';

/**
 * - `base`: an indicator's base-year value (a level or a share, not negative);
 * - `pace-rate`: a yearly growth rate as a fraction, above −1 (−100 %) and at most 10 (1,000 %);
 * - `pace-amount`: a yearly addition, which may be negative;
 * - `threshold`: a candidate target's threshold (a rate may be negative);
 * - `deadline`: a candidate target's year.
 */
export type TypedBox = 'base' | 'pace-rate' | 'pace-amount' | 'threshold' | 'deadline';

/** Reads the text typed in `box`; a refusal carries the parser's issue code for the page to render. */
export function readTyped(text: string, box: TypedBox): NumberParse {
	switch (box) {
		case 'base':
			return parseNumberInput(text, 'amount');
		case 'pace-rate':
			return parseNumberInput(text, 'rate', { min: -1, max: 10, percent: false });
		case 'pace-amount':
		case 'threshold':
			return parseNumberInput(text, 'signed');
		case 'deadline':
			return parseNumberInput(text, 'year');
		default:
			return box satisfies never;
	}
}
