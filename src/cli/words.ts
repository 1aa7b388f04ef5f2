/**
 * The CLI's own words around the engine's numbers and messages (the headings and labels of the target
 * table and of the analyses), in both languages of `--lang`. The engine's issues, findings and goal-seek
 * notes come from the app's messages (en.json / zh.json); these are the command line's alone, so they live
 * here, one typed table per language: a word missing in one language is a type error.
 */
import type { IssueLocale } from '../lib/engine/index';

/** Everything the table and analysis formatters say, in one language. */
export interface CliWords {
	/** Column titles of the target table. */
	columns: {
		target: string;
		achieved: string;
		threshold: string;
		gap: string;
		requiredRate: string;
		requiredAnnual: string;
		lastActual: string;
		rateNeededNow: string;
		progress: string;
	};
	/** `Model ID, YEARS · scenario: …`. */
	modelLine: (id: string, years: string, scenario: string) => string;
	/** The scenario when nothing was changed. */
	modelValues: string;
	/** `Actuals: 5 values, 2022–2023 (ids)`; `span` is `, 2022–2023` or empty. */
	actuals: (count: number, span: string, ids: string) => string;
	monteCarlo: (samples: string, seed: number, p: string) => string;
	/** After a field's heading with Monte Carlo. */
	fieldAllMet: (p: string) => string;
	targetsMet: (met: number, total: number) => string;
	/** A list separator (`, ` or `、`). */
	comma: string;
	seek: {
		title: (target: string, parameter: string) => string;
		noValue: (why: string) => string;
		noneWithin: string;
		searched: (range: string, runs: number) => string;
		isNow: (parameter: string, now: string, searched: string) => string;
		helps: string;
		hurts: string;
		found: (parameter: string, value: number, shown: string, now: string, which: string) => string;
		check: (
			parameter: string,
			value: number,
			target: string,
			achieved: string,
			threshold: string,
			met: boolean
		) => string;
		note: (text: string) => string;
		wholeRun: (sets: string) => string;
		allTitle: (targets: string) => string;
		mayChange: (parameters: string) => string;
		criterion: string;
		noSetting: string;
		atAnswer: string;
		inScenario: string;
		against: (achieved: string, threshold: string) => string;
		iterations: (iterations: number, runs: number) => string;
		/** A change of a rate in percentage points; of an amount in percent. */
		points: string;
	};
	sensitivity: {
		title: (target: string, achieved: string, met: boolean, threshold: string) => string;
		how: string;
		ranges: string;
		cannotRun: string;
		noEffect: string;
		columns: [string, string, string, string, string, string];
		axis: (low: string, high: string) => string;
		cannotRunAt: (parameter: string, value: number, why: string) => string;
	};
	consistency: {
		title: (findings: number, conflicts: number, warnings: number, info: number) => string;
		labels: { conflict: string; warning: string; info: string };
		targets: (ids: string, rule: string) => string;
		holds: (parameter: string, operator: string, value: string, raw: number) => string;
		none: string;
	};
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const en: CliWords = {
	columns: {
		target: 'target',
		achieved: 'achieved',
		threshold: 'threshold',
		gap: 'gap',
		requiredRate: 'required rate',
		requiredAnnual: 'required annual',
		lastActual: 'last actual',
		rateNeededNow: 'rate needed now',
		progress: 'progress'
	},
	modelLine: (id, years, scenario) => `Model ${id}, ${years} · scenario: ${scenario}`,
	modelValues: "the model's values (no --set)",
	actuals: (count, span, ids) => `Actuals: ${plural(count, 'value')}${span} (${ids})`,
	monteCarlo: (samples, seed, p) =>
		`Monte Carlo: ${samples} samples, seed ${seed} · P(every target met) = ${p}`,
	fieldAllMet: (p) => ` · P(all met) ${p}`,
	targetsMet: (met, total) => `${met} of ${total} targets met`,
	comma: ', ',
	seek: {
		title: (target, parameter) => `Goal seek: ${target} by ${parameter}`,
		noValue: (why) => `  no value: ${why}`,
		noneWithin: 'none within the bounds',
		searched: (range, runs) => `searched ${range} in ${runs} runs`,
		isNow: (parameter, now, searched) =>
			`  ${parameter} is ${now} in this scenario${searched ? `; ${searched}` : ''}`,
		helps: 'raising it helps the target, so this is the smallest value that meets it',
		hurts: 'raising it hurts the target, so this is the largest value that meets it',
		found: (parameter, value, shown, now, which) =>
			`  ${parameter} = ${value} (${shown}; now ${now}; ${which})`,
		check: (parameter, value, target, achieved, threshold, met) =>
			`  check: re-run with --set ${parameter}=${value}: ${target} achieves ${achieved} against ${threshold} ${met ? '✓ met' : '✗ not met'}`,
		note: (text) => `  note: ${text}`,
		wholeRun: (sets) => `  to see the whole run: npm run -s simulate -- ${sets}`,
		allTitle: (targets) => `Least change meeting ${targets}`,
		mayChange: (parameters) => `  parameters it may change: ${parameters}`,
		criterion:
			'  (change counted in percentage points for rates and percent for amounts; the sum of squares is minimised)',
		noSetting: '  no setting within the bounds meets them all:',
		atAnswer: '  targets at the answer (re-run):',
		inScenario: '  targets in the scenario:',
		against: (achieved, threshold) => `${achieved} against ${threshold}`,
		iterations: (iterations, runs) => `${plural(iterations, 'iteration')}, ${runs} model runs`,
		points: ' pp'
	},
	sensitivity: {
		title: (target, achieved, met, threshold) =>
			`Sensitivity of ${target}: ${achieved} in this scenario ${met ? '✓' : '✗'}, threshold ${threshold}`,
		how: 'Each parameter from the low to the high end of its range, the others as in the scenario; widest swing first.',
		ranges:
			'Ranges: given, from the uncertainty (5th–95th percentile), or by default a rate ± 5 pp and an amount ± 20 %.',
		cannotRun: 'cannot run',
		noEffect: 'no effect',
		columns: ['parameter', 'range (low … high)', 'at low', 'at high', 'swing', 'achieved at low…high'],
		axis: (low, high) => `Bar axis: ${low} … ${high}; ┃ marks the threshold.`,
		cannotRunAt: (parameter, value, why) => `${parameter} = ${value}: cannot run: ${why}`
	},
	consistency: {
		title: (findings, conflicts, warnings, info) =>
			`Consistency of the targets: ${plural(findings, 'finding')} (${plural(conflicts, 'conflict')}, ${plural(warnings, 'warning')}, ${info} information)`,
		labels: { conflict: '✗ conflict', warning: '! warning', info: '· info' },
		targets: (ids, rule) => `targets: ${ids} · rule: ${rule}`,
		holds: (parameter, operator, value, raw) => `holds while ${parameter} ${operator} ${value} (${raw})`,
		none: 'No two targets constrain each other in a way the rules recognise.'
	}
};

const zh: CliWords = {
	columns: {
		target: '目标',
		achieved: '实现值',
		threshold: '目标值',
		gap: '差距',
		requiredRate: '所需增速',
		requiredAnnual: '所需年增量',
		lastActual: '最近实际年份',
		rateNeededNow: '当前所需增速',
		progress: '进展'
	},
	modelLine: (id, years, scenario) => `模型 ${id}，${years} · 情景：${scenario}`,
	modelValues: '模型自身的取值（未用 --set）',
	actuals: (count, span, ids) => `实际数据：${count} 个数值${span.replace(/^, /, '，')}（${ids}）`,
	monteCarlo: (samples, seed, p) =>
		`蒙特卡洛：${samples} 个样本，随机种子 ${seed} · 全部目标达成的概率 = ${p}`,
	fieldAllMet: (p) => ` · 本领域全部达成的概率 ${p}`,
	targetsMet: (met, total) => `${total} 个目标中达成 ${met} 个`,
	comma: '、',
	seek: {
		title: (target, parameter) => `目标求解：以 ${parameter} 达成 ${target}`,
		noValue: (why) => `  无解：${why}`,
		noneWithin: '取值范围内没有满足的值',
		searched: (range, runs) => `在 ${range} 内搜索了 ${runs} 次运行`,
		isNow: (parameter, now, searched) =>
			`  本情景中 ${parameter} 为 ${now}${searched ? `；${searched}` : ''}`,
		helps: '提高它有利于该目标，因此这是达成目标的最小值',
		hurts: '提高它不利于该目标，因此这是达成目标的最大值',
		found: (parameter, value, shown, now, which) =>
			`  ${parameter} = ${value}（${shown}；当前 ${now}；${which}）`,
		check: (parameter, value, target, achieved, threshold, met) =>
			`  验证：以 --set ${parameter}=${value} 重新运行：${target} 实现 ${achieved}，目标值 ${threshold} ${met ? '✓ 达成' : '✗ 未达成'}`,
		note: (text) => `  说明：${text}`,
		wholeRun: (sets) => `  查看完整运行：npm run -s simulate -- ${sets}`,
		allTitle: (targets) => `同时达成 ${targets} 的最小调整`,
		mayChange: (parameters) => `  可调整的参数：${parameters}`,
		criterion: '  （增速的调整按百分点计，数量的调整按百分比计；使调整量的平方和最小）',
		noSetting: '  取值范围内没有能同时达成全部目标的设置：',
		atAnswer: '  按所求设置重新运行后的目标：',
		inScenario: '  本情景中的目标：',
		against: (achieved, threshold) => `${achieved}，目标值 ${threshold}`,
		iterations: (iterations, runs) => `${iterations} 次迭代，${runs} 次模型运行`,
		points: ' 个百分点'
	},
	sensitivity: {
		title: (target, achieved, met, threshold) =>
			`${target} 的敏感性：本情景实现 ${achieved} ${met ? '✓' : '✗'}，目标值 ${threshold}`,
		how: '每个参数从其范围的低端取到高端，其他参数保持本情景取值；摆幅最大的排在最前。',
		ranges: '范围：按所给，或取自不确定性设置（第 5 至第 95 百分位），默认增速 ± 5 个百分点、数量 ± 20%。',
		cannotRun: '无法运行',
		noEffect: '无影响',
		columns: ['参数', '范围（低 … 高）', '低端时', '高端时', '摆幅', '低端…高端的实现值'],
		axis: (low, high) => `条形坐标：${low} … ${high}；┃ 标出目标值。`,
		cannotRunAt: (parameter, value, why) => `${parameter} = ${value}：无法运行：${why}`
	},
	consistency: {
		title: (findings, conflicts, warnings, info) =>
			`目标之间的一致性：${findings} 项发现（冲突 ${conflicts} 项，警示 ${warnings} 项，信息 ${info} 项）`,
		labels: { conflict: '✗ 冲突', warning: '! 警示', info: '· 信息' },
		targets: (ids, rule) => `目标：${ids} · 规则：${rule}`,
		holds: (parameter, operator, value, raw) => `成立条件：${parameter} ${operator} ${value}（${raw}）`,
		none: '按现有规则，没有两个目标相互制约。'
	}
};

/** The CLI's words in each language of `--lang`. */
export const WORDS: Record<IssueLocale, CliWords> = { en, zh };
