/**
 * The analysis part of `--help`, appended to the general help (help.ts) by run-cli.ts, in each language.
 */
import type { IssueLocale } from '../lib/engine/index';

/** Usage of --seek, --seek-all, --sensitivity and --consistency, ending with a newline. */
const ANALYSIS_HELP_EN = `
Analyses (one per run; --format table or json; --set and --actual apply):
  --seek TARGET:PARAM   The value of PARAM that just meets TARGET, the rest held
                        at the scenario, with the re-run that checks it.
  --seek-all TARGET,TARGET[:PARAM,PARAM]
                        The least change of PARAMs (default: all that affect
                        the targets) meeting every TARGET, or which targets
                        conflict and why.
  --sensitivity TARGET  A tornado: TARGET at the low and high end of each
                        parameter's range (--uncertainty/--sd, else a rate
                        ± 5 pp and an amount ± 20 %), widest swing first.
  --consistency         Findings on whether the targets agree with each other:
                        the bounds and implied bases their numbers need.

  npm run -s simulate -- --seek digital_core_share_doubling:gdp.rate
  npm run -s simulate -- --sensitivity digital_core_share_doubling
  npm run -s simulate -- --consistency --set financial_institutions.base=137
`;

const ANALYSIS_HELP_ZH = `
分析（每次运行一项；--format table 或 json；--set 与 --actual 同样适用）：
  --seek TARGET:PARAM   其余参数保持情景取值时，恰好达成 TARGET 的 PARAM 取值，
                        并附验证用的重新运行。
  --seek-all TARGET,TARGET[:PARAM,PARAM]
                        同时达成每个 TARGET 所需的最小参数调整（默认：影响这些
                        目标的全部参数），或哪些目标相互冲突及原因。
  --sensitivity TARGET  龙卷风图：每个参数取其范围低端与高端时 TARGET 的实现值
                        （范围取自 --uncertainty/--sd，否则增速 ± 5 个百分点、
                        数量 ± 20%），摆幅最大的排在最前。
  --consistency         目标之间是否相互一致的发现：其数字所需的界限与隐含基数。

  npm run -s simulate -- --seek digital_core_share_doubling:gdp.rate
  npm run -s simulate -- --sensitivity digital_core_share_doubling
  npm run -s simulate -- --consistency --set financial_institutions.base=137
`;

/** The analysis help in each language. */
export const ANALYSIS_HELP: Record<IssueLocale, string> = { en: ANALYSIS_HELP_EN, zh: ANALYSIS_HELP_ZH };
