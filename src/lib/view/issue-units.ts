/**
 * An issue's units as the app shows them. The engine names a model unit in an issue by its labels (亿元 /
 * 100 million yuan, the model's scale: `LocalizedParam.unit`) or, for a share, by the message
 * `draft-unit-fraction`, a yearly rate by `draft-unit-rate` (a fraction in the file); the app types and shows amounts in the unit `view/units.ts` chooses (English
 * ¥ bn, shares in %), so a sentence such as "needs a base value for 2021 (in …)" beside a box names the
 * box's unit. The presentation is applied here, in the view, so neither the engine nor the state layer
 * depends on it.
 */
import {
	isIssueMessage,
	isLocalizedParam,
	type Issue,
	type IssueMessage,
	type IssueParam
} from '$lib/engine/core';
import type { Locale } from '$lib/state';
import { RATE_UNIT } from '$lib/charts/format';
import { inputUnit } from './units';

function shownParam(value: IssueParam, locale: Locale): IssueParam {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	if (isIssueMessage(value)) {
		if (value.code === 'draft-unit-fraction') return inputUnit('fraction', locale);
		if (value.code === 'draft-unit-rate') return inputUnit(RATE_UNIT, locale);
		return shownMessage(value, locale);
	}
	if (isLocalizedParam(value) && value.unit !== undefined) return inputUnit(value.unit, locale);
	return value;
}

function shownMessage<T extends IssueMessage>(msg: T, locale: Locale): T {
	const params = Object.fromEntries(
		Object.entries(msg.params).map(([name, value]) => [name, shownParam(value, locale)])
	);
	return { ...msg, params };
}

/** `issue` with every model unit it names in the unit the app shows it in, in `locale`. */
export function inShownUnits(issue: Issue, locale: Locale): Issue {
	return issue.code === undefined ? issue : shownMessage(issue, locale);
}
