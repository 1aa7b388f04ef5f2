/**
 * How the CLI's commands treat their stdout closing early, shared by `simulate` and `draft`.
 */
import { ERROR_WORDS, errorLine, langOfArgv } from './error-words';
import { EXIT_INTERNAL } from './exit-codes';

/**
 * `simulate | head -1` closes stdout early; that is the reader's choice, not a failure worth a stack trace.
 * Any other write error ends the process with one line on stderr.
 */
export function guardStdout(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		const lang = langOfArgv(process.argv.slice(2));
		process.stderr.write(errorLine(ERROR_WORDS[lang].cannotWrite(error.message), lang));
		process.exit(EXIT_INTERNAL);
	});
}
