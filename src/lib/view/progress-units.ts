/**
 * The SDG progress line's amounts in the reader's unit. The engine writes the arithmetic with raw numbers
 * in the model's unit (`(250 / 273.8)^(1/1) − 1`, `5 亿元/yr`); the page shows the same values in the unit
 * of its typed boxes, charts and tables (English `¥25.0 bn`, so `(25 / 27.38)`, `0.5 bn yuan/yr`). The
 * ratio R and the rates do not change; only the amounts and their unit's name do.
 */
import type { IssueMessage, IssueParam } from '$lib/engine';
import { shownFactor, unitLabel, type Locale } from '$lib/charts/format';

/** The params of each progress code that hold an amount in the model's unit. */
const AMOUNTS: Partial<Record<string, readonly string[]>> = {
	'progress-how-growth': ['now', 'start'],
	'progress-how-growth-one': ['now', 'start'],
	'progress-undefined': ['now', 'start'],
	'progress-undefined-achieved': ['now', 'start'],
	'progress-pace-amount': ['value']
};

function isMessage(value: IssueParam): value is IssueMessage {
	return typeof value === 'object' && value !== null && 'code' in value;
}

/** `formula` (a progress message, nested messages included) with its amounts converted from `unit`. */
export function progressInShownUnit(formula: IssueMessage, unit: string, locale: Locale): IssueMessage {
	const factor = shownFactor(unit, locale);
	const amounts = AMOUNTS[formula.code] ?? [];
	const params: Record<string, IssueParam> = {};
	for (const [name, value] of Object.entries(formula.params)) {
		if (isMessage(value)) params[name] = progressInShownUnit(value, unit, locale);
		// Six significant digits, as the engine gives them: 273.8 × 0.1 is 27.38, not 27.380000000000003.
		else if (typeof value === 'number' && amounts.includes(name))
			params[name] = Number((value * factor).toPrecision(6));
		else params[name] = value;
	}
	if (formula.code === 'progress-pace-amount') params.unit = unitLabel(unit, locale);
	return { ...formula, params };
}
