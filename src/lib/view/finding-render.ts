/**
 * A consistency finding's title and explanation as sentences: its message codes (engine
 * `consistency/finding-codes.ts`) filled with its params, each param shown as the catalogue says it is
 * (an id as the model's name, an amount in the reader's unit, a rate as a percentage). The words come
 * from the caller's `lookup` (Paraglide in the app: `finding-text.ts`; `en.json` / `zh.json` in the CLI:
 * `cli/finding-text.ts`), so the two front ends say the same thing. Pure, and free of `$lib` imports so
 * the CLI can load it in Node.
 *
 * Amounts use the unit of the app's typed boxes and axes (`shownFactor` / `unitLabel`, as
 * `view/units.ts`): 亿元 in Chinese, bn yuan in English; counts as 家 / firms. Unlike a table, a finding
 * shows arithmetic the reader may redo, so amounts keep the unit's decimals (at least one: 212.6 firms a
 * year), rates and bounds 2 decimals, and a margin smaller than that reads `<0.01` (never 0.000004).
 */
import {
	FINDING_CODES,
	UNITS,
	findingKey,
	isUnit,
	type FindingMessage,
	type FindingParam,
	type FindingParamKind
} from '../engine/core';
import type { Finding } from '../engine/consistency/consistency-types';
import { MINUS, shownFactor, unitLabel, type Locale } from '../charts/format';

/** Looks up message `key` (`finding_share_growth`) in `locale` and fills its `{name}` placeholders. */
export type FindingLookup = (key: string, params: Record<string, string>, locale: Locale) => string;

/** What rendering needs besides the finding: the language, its messages and the model's names. */
export interface FindingContext {
	locale: Locale;
	lookup: FindingLookup;
	/** An indicator's name in `locale`. */
	indicatorName: (id: string) => string;
	/** A target's own name in `locale`, else its indicator's. */
	targetLabel: (id: string) => string;
}

/** A finding's two sentences in the context's language. */
export interface FindingSentences {
	title: string;
	explanation: string;
}

const formats = new Map<number, Intl.NumberFormat>();

/** |x| with up to `decimals` decimals (trailing zeros dropped), thousands grouped, a real minus. */
export function plainNumber(x: number, decimals: number): string {
	let f = formats.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
		formats.set(decimals, f);
	}
	const text = f.format(Math.abs(x));
	// Rounding −0.004 gives 0: a sign on a zero only distracts.
	return x < 0 && /[1-9]/.test(text) ? MINUS + text : text;
}

/** A fraction as a percentage with up to `decimals` decimals: 0.044661 → `4.47%`. */
export function percentText(fraction: number, decimals = 2): string {
	return `${plainNumber(fraction * 100, decimals)}%`;
}

/**
 * A difference of two fractions in percentage points with 2 decimals, unsigned (the sentence says which
 * way): `0.53`; too small to show, `<0.01` (never a `0` beside a verdict that depends on its sign).
 */
export function pointsText(difference: number): string {
	const text = plainNumber(Math.abs(difference) * 100, 2);
	return difference !== 0 && !/[1-9]/.test(text) ? '<0.01' : text;
}

/**
 * An amount in `unit` as the reader's unit shows it: zh `1,200 家`, `1,377.9 亿元`; en `1,200 firms`,
 * `137.79 bn yuan`, `200,500 people`. Decimals: the unit's own (at least one), shifted with the scale
 * (亿元 → bn yuan: one more), trailing zeros dropped.
 */
export function amountText(value: number, unit: string, locale: Locale): string {
	if (unit === 'fraction') return percentText(value); // a share: 5.25%
	const factor = shownFactor(unit, locale);
	const own = Math.max(isUnit(unit) ? UNITS[unit].decimals : 2, 1);
	const decimals = Math.max(own - Math.round(Math.log10(factor)), 0);
	const text = plainNumber(value * factor, decimals);
	const label = unitLabel(unit, locale);
	// The English count labels are plurals (firms, flats); exactly one reads "1 firm".
	const shown = locale === 'en' && text === '1' && /^[a-z]+s$/.test(label) ? label.slice(0, -1) : label;
	return shown ? `${text} ${shown}` : text;
}

function paramText(
	kind: FindingParamKind,
	value: FindingParam | undefined,
	unit: string,
	ctx: FindingContext
): string {
	if (value === undefined) return '';
	if (typeof value === 'object') return renderFindingMessage(value, ctx);
	if (typeof value === 'string') {
		if (kind === 'indicator') return ctx.indicatorName(value);
		if (kind === 'target') return ctx.targetLabel(value);
		return value; // a formula or a unit, quoted as it is
	}
	switch (kind) {
		case 'amount':
			return amountText(value, unit, ctx.locale);
		case 'rate':
			return percentText(value);
		case 'share':
			return percentText(value, 4);
		case 'points':
			return pointsText(value);
		case 'factor':
			return plainNumber(value, 4);
		default:
			return String(value); // a year or a count of years
	}
}

/** A rate as `percentText` shows it (2 decimals of a percent), back as a fraction: 0.053349 → 0.0533. */
function shownRate(fraction: number): number {
	return Math.round(fraction * 10_000) / 10_000;
}

/**
 * The share finding's verdict ("over by 0.87 pp") with its margin taken from the two rates the same
 * sentence shows: 5.33% against a bound of 4.47% is over by 0.86 pp, though the unrounded margin
 * (5.334 − 4.468) rounds to 0.87 (issue 9: gaps consistent with the values shown). When the shown rates are
 * equal the unrounded margin stays, so it still reads `<0.01`, never 0 beside a verdict.
 */
function withShownMargin(msg: FindingMessage): FindingMessage {
	const { verdict, bound, denominatorGrowth } = msg.params;
	if (msg.code !== 'share-growth' || typeof verdict !== 'object' || verdict === null) return msg;
	if (typeof bound !== 'number' || typeof denominatorGrowth !== 'number') return msg;
	const shown = shownRate(denominatorGrowth) - shownRate(bound);
	if (shown === 0 || typeof verdict.params.points !== 'number') return msg;
	// Conflict: points = growth − bound (> 0); spare: bound − growth (> 0). Same magnitude, kept sign.
	const points = Math.sign(verdict.params.points) * Math.abs(shown);
	return {
		...msg,
		params: { ...msg.params, verdict: { ...verdict, params: { ...verdict.params, points } } }
	};
}

/**
 * One message as a sentence: each param of its code rendered by its kind, nested messages first. A clause
 * the finding leaves out (an optional note) renders empty, and the space before it goes too.
 */
export function renderFindingMessage(message: FindingMessage, ctx: FindingContext): string {
	const msg = withShownMargin(message);
	const kinds = FINDING_CODES[msg.code] as Record<string, FindingParamKind>;
	const unit = typeof msg.params.unit === 'string' ? msg.params.unit : '';
	const params: Record<string, string> = {};
	let empty = false;
	for (const [name, kind] of Object.entries(kinds)) {
		params[name] = paramText(kind, msg.params[name], unit, ctx);
		if (params[name] === '') empty = true;
	}
	const text = ctx.lookup(findingKey(msg.code), params, ctx.locale);
	return empty ? text.replace(/ +(?=[.;,]|$)/g, '') : text;
}

/** A finding's title and explanation in the context's language. */
export function findingSentences(finding: Finding, ctx: FindingContext): FindingSentences {
	return {
		title: renderFindingMessage(finding.title, ctx),
		explanation: renderFindingMessage(finding.explanation, ctx)
	};
}
