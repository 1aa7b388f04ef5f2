/**
 * `--sensitivity` as a text tornado: one row per parameter, widest swing first, each with its range, what
 * the target achieves at either end, and a bar on a common axis marked at the threshold.
 */
import type { SensitivityEnd, SensitivityResult } from '../lib/engine/index';
import { bold } from './format-analysis-header';
import { formatValue } from './format-value';
import { issueText } from './issue-text';
import { displayWidth, pad } from './text-width';

/** Columns of the bar. */
const BAR_WIDTH = 32;

const end = (e: SensitivityEnd, unit: string) =>
	e.achieved === null ? 'cannot run' : `${formatValue(e.achieved, unit)} ${e.met ? '✓' : '✗'}`;

/** The tornado for `r`; `colour` makes the heading bold. */
export function formatSensitivityTable(r: SensitivityResult, colour: boolean): string {
	const out = [
		bold(
			`Sensitivity of ${r.target}: ${formatValue(r.achieved, r.unit)} in this scenario ${r.met ? '✓' : '✗'}, threshold ${formatValue(r.threshold, r.unit)}`,
			colour
		),
		'Each parameter from the low to the high end of its range, the others as in the scenario; widest swing first.',
		'Ranges: given, from the uncertainty (5th–95th percentile), or by default a rate ± 5 pp and an amount ± 20 %.',
		''
	];
	const achieved = r.entries.flatMap((e) => [e.low.achieved, e.high.achieved]).filter((v) => v !== null);
	const lo = Math.min(...achieved, r.threshold);
	const hi = Math.max(...achieved, r.threshold);
	const at = (v: number) => (hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BAR_WIDTH - 1)));
	const rows = r.entries.map((e) => {
		let bar = '';
		if (e.low.achieved !== null && e.high.achieved !== null) {
			const [a, b] = [
				at(Math.min(e.low.achieved, e.high.achieved)),
				at(Math.max(e.low.achieved, e.high.achieved))
			];
			const mark = at(r.threshold);
			bar = Array.from({ length: BAR_WIDTH }, (_, i) =>
				i === mark ? '┃' : i >= a && i <= b && e.swing > 0 ? '█' : ' '
			).join('');
		}
		return [
			e.parameter,
			`${formatValue(e.low.value, e.parameterUnit)} … ${formatValue(e.high.value, e.parameterUnit)}`,
			end(e.low, r.unit),
			end(e.high, r.unit),
			e.swing === 0 ? 'no effect' : formatValue(e.swing, r.unit === 'fraction/yr' ? 'fraction/yr' : r.unit),
			bar
		];
	});
	const titles = ['parameter', 'range (low … high)', 'at low', 'at high', 'swing', 'achieved at low…high'];
	const align: ('left' | 'right')[] = ['left', 'left', 'right', 'right', 'right', 'left'];
	const widths = titles.map((t, i) => Math.max(displayWidth(t), ...rows.map((row) => displayWidth(row[i]!))));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => pad(c, widths[i]!, align[i]!))
			.join('  ')
			.trimEnd();
	out.push(line(titles));
	for (const row of rows) out.push(line(row));
	out.push('');
	out.push(`Bar axis: ${formatValue(lo, r.unit)} … ${formatValue(hi, r.unit)}; ┃ marks the threshold.`);
	for (const e of r.entries) {
		for (const side of [e.low, e.high]) {
			if (side.issue) {
				const why = `${side.issue.path}: ${issueText(side.issue)}`;
				out.push(`${e.parameter} = ${side.value}: cannot run: ${why}`);
			}
		}
	}
	return out.join('\n') + '\n';
}
