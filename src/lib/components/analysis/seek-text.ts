/**
 * A goal seek's answer in words ("GDP growth at least 4.47 %/yr (now 4.00 %/yr)", or why there is none),
 * shared by the indicator page's "what would it take?" and the overview's expanding target rows.
 */
import type { Indicator, Model, SeekNote, SeekNoteCode, SeekResult } from '$lib/engine';
import { formatTargetValue } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { parameterLabel, parameterValue } from './labels';

/** The sentence for `found`: the value that just meets the target, else why no value does or all do. */
export function seekSentence(found: SeekResult, model: Model, indicator: Indicator, locale: Locale): string {
	const name = parameterLabel(model, found.parameter, locale);
	const show = (x: number) => parameterValue(model, found.parameter, x, locale);
	const targetValue = (x: number) => formatTargetValue(x, found.unit, indicator.unit, locale);
	if (found.value !== null) {
		return (found.direction === 'decreasing' ? m.an_seek_found_at_most : m.an_seek_found_at_least)({
			parameter: name,
			value: show(found.value),
			current: show(found.current)
		});
	}
	if (found.direction === 'none') return m.an_seek_no_effect({ parameter: name });
	if (found.closest) {
		return m.an_seek_unreachable({
			parameter: name,
			value: show(found.closest.value),
			achieved: targetValue(found.closest.achieved),
			threshold: targetValue(found.threshold)
		});
	}
	return m.an_seek_always({ parameter: name, low: show(found.bounds.low), high: show(found.bounds.high) });
}

/** True when the answer is a value other than the current one (worth a button that sets it). */
export function seekChanges(found: SeekResult | null): boolean {
	return (
		found !== null &&
		found.value !== null &&
		Math.abs(found.value - found.current) > 1e-12 * Math.max(1, Math.abs(found.current))
	);
}

/** Notes whose whole content the sentence above already says (no effect, out of reach, met anywhere). */
const SAID: readonly SeekNoteCode[] = ['gs-no-effect', 'gs-unreachable', 'gs-met-anywhere'];

/**
 * The note worth a line of its own under the sentence: why the structure rules the parameter out, a
 * caveat on the value (an effect that is not monotone), or a model that cannot run; else null.
 */
export function seekCaveat(found: SeekResult | null): SeekNote | null {
	const note = found?.note;
	return note && !SAID.includes(note.code) ? note : null;
}
