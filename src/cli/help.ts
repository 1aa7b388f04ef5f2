/**
 * The text of `--help`, in each language of `--lang`. Kept beside the parser so the two change together;
 * src/cli/README.md says the same at more length.
 */
import type { IssueLocale } from '../lib/engine/index';

/** The commands both languages' help show: typed the same in either. */
const EXAMPLES = `  npm run -s simulate
  npm run -s simulate -- --set finance_value_added.rate=0.08
  npm run -s simulate -- --set 'gdp.rate[2024]=0.05' --set 'gdp.rate[2025]=0.06'
  npm run -s simulate -- --actuals models/shinan-actuals-example.json
  npm run -s simulate -- --actual 'domestic_capital_used[2023]=201'
  npm run -s simulate -- --sd finance_value_added.rate=0.02 --samples 10000
  npm run -s simulate -- --format json > result.json
  npm run -s simulate -- --format csv > targets.csv`;

/** Usage, options, examples and exit codes, ending with a newline. */
const HELP_EN = `Usage: npm run -s simulate -- [--model FILE] [--set ID.PARAM=VALUE]...
         [--actual ID[YEAR]=VALUE]... [--actuals FILE]
         [--samples N] [--seed S] [--sd ID.PARAM=SD]... [--uncertainty FILE]
         [--format FORMAT] [--lang en|zh]

Projects a plan model year by year to its end year and reports, for every target,
what is achieved, whether it is met and what it would take.

Options:
  --model FILE          The model (JSON), relative to the current directory.
                        Default: models/shinan-2022-2026.json in this repository.
  --set ID.PARAM=VALUE  Change one parameter of the model; repeat for more.
                        PARAM is base, rate (growth indicators) or annual (stocks
                        and flows); ID.rate[YEAR] or ID.annual[YEAR] changes one year.
                        Rates are fractions per year: 0.08 means 8 % a year.
  --actual ID[YEAR]=VALUE
                        An observed value (in the indicator's unit) replacing the
                        projection in YEAR; the projection continues from it. Targets
                        it bears on show the rate needed now and their progress.
  --actuals FILE        Observed values from a JSON file: an actuals file such as
                        models/shinan-actuals-example.json, or { "ID": { "YEAR": VALUE } }.
                        An --actual wins over the file for the same indicator and year.
  --samples N           Monte Carlo with N samples (default 10000 when --seed, --sd or
                        --uncertainty is given): the probability that each target,
                        each field and every target is met.
  --seed S              The random seed (a whole number, default 20220217).
  --sd ID.PARAM=SD      Uncertainty: a normal distribution with this sd around the
                        scenario's value of the parameter (gdp.rate=0.02: ±2 points).
  --uncertainty FILE    Uncertainty from a JSON file: { "params": { KEY: distribution },
                        "sd": { KEY: SD }, "yearlyNoise": { ID: SD } } (see src/cli/README.md).
  --format FORMAT       table (default), json, csv (one row per target) or
                        csv-series (one row per indicator and year).
  --lang en|zh          The language of the report, of this help and of the error
                        messages on stderr (default en).
  -h, --help            Show this help.

Examples:
${EXAMPLES}

Quote a --set or --actual that has [YEAR]: some shells treat brackets as a file pattern.

Exit codes: 0 the report was printed (met or not), 2 bad arguments or a bad
model (one line on stderr says what and where), 1 an internal error.
`;

/** The same in Chinese (`--lang zh`): options, ids and commands as typed, the rest in Chinese. */
const HELP_ZH = `用法：npm run -s simulate -- [--model FILE] [--set ID.PARAM=VALUE]...
         [--actual ID[YEAR]=VALUE]... [--actuals FILE]
         [--samples N] [--seed S] [--sd ID.PARAM=SD]... [--uncertainty FILE]
         [--format FORMAT] [--lang en|zh]

逐年推算规划模型直至末年，并对每个目标报告：实现值、是否达成，以及达成所需的条件。

选项：
  --model FILE          模型文件（JSON），相对于当前目录。
                        默认：本仓库的 models/shinan-2022-2026.json。
  --set ID.PARAM=VALUE  修改模型的一个参数；可重复使用。
                        PARAM 为 base、rate（增长型指标）或 annual（存量与流量型指标）；
                        ID.rate[YEAR] 或 ID.annual[YEAR] 只修改一年。
                        增速为每年的小数：0.08 即每年 8%。
  --actual ID[YEAR]=VALUE
                        某年的实际值（指标自身的单位），替代该年的推算值，
                        推算从该值继续。相关目标会显示当前所需增速及进展。
  --actuals FILE        JSON 文件中的实际值：如 models/shinan-actuals-example.json，
                        或 { "ID": { "YEAR": VALUE } }。
                        同一指标同一年份，--actual 优先于文件。
  --samples N           以 N 个样本做蒙特卡洛模拟（给出 --seed、--sd 或 --uncertainty 时
                        默认 10000）：每个目标、每个领域及全部目标达成的概率。
  --seed S              随机种子（整数，默认 20220217）。
  --sd ID.PARAM=SD      不确定性：以情景取值为中心、标准差为 SD 的正态分布
                        （gdp.rate=0.02：± 2 个百分点）。
  --uncertainty FILE    JSON 文件中的不确定性：{ "params": { KEY: 分布 },
                        "sd": { KEY: SD }, "yearlyNoise": { ID: SD } }（见 src/cli/README.md）。
  --format FORMAT       table（默认）、json、csv（每个目标一行）或
                        csv-series（每个指标每年一行）。
  --lang en|zh          报告、本帮助及错误信息（标准错误输出）的语言（默认 en）。
  -h, --help            显示本帮助。

示例：
${EXAMPLES}

带 [YEAR] 的 --set 或 --actual 请加引号：有些命令行环境会把方括号当作文件匹配模式。

退出码：0 已输出报告（无论目标是否达成），2 参数或模型有误（标准错误输出中一行说明
问题及位置），1 内部错误。
`;

/** `--help` in each language. */
export const HELP: Record<IssueLocale, string> = { en: HELP_EN, zh: HELP_ZH };
