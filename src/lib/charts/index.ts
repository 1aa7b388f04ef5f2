/**
 * The charts' public entry: components, number formatting and colours. Pages import from `$lib/charts`
 * only. Nothing here runs the engine; it only reads the engine's types.
 */
export { default as LineChart } from './LineChart.svelte';
export type { ChartLine, ChartThreshold, ChartBand } from './LineChart.svelte';
export { default as Sparkline } from './Sparkline.svelte';
export { default as ChartTable } from './ChartTable.svelte';
export { default as TableHead, type TableColumn } from './TableHead.svelte';
export {
	formatValue,
	formatRate,
	formatMultiple,
	formatTargetValue,
	formatGap,
	shownFactor,
	unitLabel,
	tickFormat,
	MISSING,
	MINUS,
	RATE_UNIT,
	MULTIPLE_UNIT,
	type Locale
} from './format';
export { describeChart, describeYear, yearLabel, type Reading } from './describe';
export {
	STATUS_COLORS,
	STATUS_INK,
	STATUS_SYMBOLS,
	STATUS_LABELS,
	LINE_COLORS,
	CHART_COLORS,
	CSS_CUSTOM_PROPERTIES,
	cssVar,
	cssCustomProperties,
	statusColor,
	statusInk,
	lineColor,
	type Status,
	type LineKind,
	type CssProperty
} from './colors';
