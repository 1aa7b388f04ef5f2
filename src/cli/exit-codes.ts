/**
 * The CLI's exit codes, in one place so main, the tests and src/cli/README.md agree.
 * Unmet targets are not an error: the report is the answer, so a successful run exits 0 either way.
 */

/** The report was printed (or --help was asked for). */
export const EXIT_OK = 0;

/** Something went wrong that the input cannot explain: a bug in the CLI or the engine. */
export const EXIT_INTERNAL = 1;

/** The arguments, a --set value or the model file were wrong; the message says which and where. */
export const EXIT_USAGE = 2;
