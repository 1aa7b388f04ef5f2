/**
 * The analysis part of `--help`, appended to the general help (help.ts) by run-cli.ts.
 */

/** Usage of --seek, --seek-all, --sensitivity and --consistency, ending with a newline. */
export const ANALYSIS_HELP = `
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
