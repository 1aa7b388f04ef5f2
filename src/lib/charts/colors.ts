/**
 * The app's colours, one place. Status colours are Okabe–Ito (distinguishable with the common forms of
 * colour blindness), but colour is never the only signal: every status is also drawn with a symbol and
 * a word (WCAG 1.4.1), exported here so every view pairs them the same way.
 *
 * Each colour is also a CSS custom property, so a page (or a dark theme) can restyle the charts without
 * touching them; the marks read `var(--name, fallback)` and work without any stylesheet.
 */
import type { Locale } from './format';

/** How a target stands: met, met but close (at risk), not met. */
export type Status = 'met' | 'at-risk' | 'miss';

/** The kinds of line a chart draws. */
export type LineKind = 'plan' | 'scenario' | 'actual';

/**
 * Status fills and strokes (Okabe–Ito blue, orange, vermillion). For marks beside their symbol and text;
 * orange on white is only 2.3:1, so text uses STATUS_INK.
 */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
	met: '#0072B2',
	'at-risk': '#E69F00',
	miss: '#D55E00'
};

/** Darker status colours for text and thin strokes: each at least 4.5:1 on white (WCAG AA text). */
export const STATUS_INK: Readonly<Record<Status, string>> = {
	met: '#0072B2',
	'at-risk': '#8F5F00',
	miss: '#B35000'
};

/** The shape that goes with each status colour, so the status reads in greyscale too. */
export const STATUS_SYMBOLS: Readonly<Record<Status, string>> = { met: '✓', 'at-risk': '!', miss: '✗' };

/** The word that goes with each status colour and symbol. */
export const STATUS_LABELS: Readonly<Record<Status, Readonly<Record<Locale, string>>>> = {
	met: { zh: '达成', en: 'met' },
	'at-risk': { zh: '有风险', en: 'at risk' },
	miss: { zh: '未达成', en: 'not met' }
};

/**
 * Line colours. The plan is context (grey, dashed); the scenario is the subject, in a purple that is
 * none of the status colours, so a scenario line never looks "met" or "missed" by its hue. Actual
 * (reported) figures are Okabe–Ito bluish green. All at least 3:1 on white (WCAG 1.4.11 graphics).
 */
export const LINE_COLORS: Readonly<Record<LineKind, string>> = {
	plan: '#767676',
	scenario: '#5E3C99',
	actual: '#009E73'
};

/** The other chart inks: the threshold rule, gridlines, axis text, and the band fill (drawn translucent). */
export const CHART_COLORS = {
	threshold: '#333333',
	grid: '#E5E5E5',
	axis: '#555555',
	band: '#5E3C99'
} as const;

/** The CSS custom property (name → default) behind every colour above. */
export const CSS_CUSTOM_PROPERTIES = {
	'--status-met': STATUS_COLORS.met,
	'--status-at-risk': STATUS_COLORS['at-risk'],
	'--status-miss': STATUS_COLORS.miss,
	'--status-met-ink': STATUS_INK.met,
	'--status-at-risk-ink': STATUS_INK['at-risk'],
	'--status-miss-ink': STATUS_INK.miss,
	'--line-plan': LINE_COLORS.plan,
	'--line-scenario': LINE_COLORS.scenario,
	'--line-actual': LINE_COLORS.actual,
	'--chart-threshold': CHART_COLORS.threshold,
	'--chart-grid': CHART_COLORS.grid,
	'--chart-axis': CHART_COLORS.axis,
	'--chart-band': CHART_COLORS.band
} as const satisfies Record<`--${string}`, string>;

/** The name of one of the app's colour custom properties. */
export type CssProperty = keyof typeof CSS_CUSTOM_PROPERTIES;

/** `var(--name, default)`: the property with its default, for inline styles (SVG attributes cannot hold var()). */
export function cssVar(name: CssProperty): string {
	return `var(${name}, ${CSS_CUSTOM_PROPERTIES[name]})`;
}

/** The status colour as a CSS value that honours an override of its custom property. */
export function statusColor(status: Status): string {
	return cssVar(`--status-${status}`);
}

/** The status text colour as a CSS value that honours an override of its custom property. */
export function statusInk(status: Status): string {
	return cssVar(`--status-${status}-ink`);
}

/** The line colour of `kind` as a CSS value that honours an override of its custom property. */
export function lineColor(kind: LineKind): string {
	return cssVar(`--line-${kind}`);
}

/** Every custom property as declarations (`--status-met: #0072B2; …`), for a `:root` rule or a style attribute. */
export function cssCustomProperties(): string {
	return Object.entries(CSS_CUSTOM_PROPERTIES)
		.map(([name, value]) => `${name}: ${value};`)
		.join(' ');
}
