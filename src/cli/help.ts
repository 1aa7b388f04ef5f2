/**
 * The text of `--help`. Kept beside the parser so the two change together; src/cli/README.md says the same
 * at more length.
 */

/** Usage, options, examples and exit codes, ending with a newline. */
export const HELP = `Usage: npm run -s simulate -- [--model FILE] [--set ID.PARAM=VALUE]...
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
  --lang en|zh          The language of the model's and the engine's error messages
                        on stderr and of the --consistency findings (default en);
                        the rest of the report stays English.
  -h, --help            Show this help.

Examples:
  npm run -s simulate
  npm run -s simulate -- --set finance_value_added.rate=0.08
  npm run -s simulate -- --set 'gdp.rate[2024]=0.05' --set 'gdp.rate[2025]=0.06'
  npm run -s simulate -- --actuals models/shinan-actuals-example.json
  npm run -s simulate -- --actual 'domestic_capital_used[2023]=201'
  npm run -s simulate -- --sd finance_value_added.rate=0.02 --samples 10000
  npm run -s simulate -- --format json > result.json
  npm run -s simulate -- --format csv > targets.csv

Quote a --set or --actual that has [YEAR]: some shells treat brackets as a file pattern.

Exit codes: 0 the report was printed (met or not), 2 bad arguments or a bad
model (one line on stderr says what and where), 1 an internal error.
`;
