/**
 * `--sensitivity` as a text tornado: one row per parameter, widest swing first, each with its range, what
 * the target achieves at either end, and a bar on a common axis marked at the threshold.
 */
import type { IssueLocale, SensitivityEnd, SensitivityResult } from '../lib/engine/index';
import { bold } from './format-analysis-header';
import { formatValue } from './format-value';
import { issueText } from './issue-text';
import { displayWidth, pad } from './text-width';
import { WORDS } from './words';

/** Columns of the bar. */
const BAR_WIDTH = 32;

/** The tornado for `r` in `lang` (`--lang`); `colour` makes the heading bold. */
export function formatSensitivityTable(
	r: SensitivityResult,
	colour: boolean,
	lang: IssueLocale = 'en'
): string {
	const w = WORDS[lang].sensitivity;
	const value = (v: number, unit: string) => formatValue(v, unit, lang);
	const end = (e: SensitivityEnd, unit: string) =>
		e.achieved === null ? w.cannotRun : `${value(e.achieved, unit)} ${e.met ? '✓' : '✗'}`;
	const out = [
		bold(w.title(r.target, value(r.achieved, r.unit), r.met, value(r.threshold, r.unit)), colour),
		w.how,
		w.ranges,
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
			`${value(e.low.value, e.parameterUnit)} … ${value(e.high.value, e.parameterUnit)}`,
			end(e.low, r.unit),
			end(e.high, r.unit),
			e.swing === 0 ? w.noEffect : value(e.swing, r.unit === 'fraction/yr' ? 'fraction/yr' : r.unit),
			bar
		];
	});
	const titles = w.columns;
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
	out.push(w.axis(value(lo, r.unit), value(hi, r.unit)));
	for (const e of r.entries) {
		for (const side of [e.low, e.high]) {
			if (side.issue) {
				const why = `${side.issue.path}: ${issueText(side.issue, lang)}`;
				out.push(w.cannotRunAt(e.parameter, side.value, why));
			}
		}
	}
	return out.join('\n') + '\n';
}
