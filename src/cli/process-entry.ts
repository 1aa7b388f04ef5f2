/**
 * What the CLI's commands (`simulate`, `draft`) share as process entries: one way to print a command's
 * output, set its exit code, and turn anything thrown into one line on stderr.
 */
import { ERROR_WORDS, errorLine, langOfArgv } from './error-words';
import { EXIT_INTERNAL } from './exit-codes';
import { guardStdout } from './stdout-guard';

/** What a command hands to the process: its stdout, its stderr and its exit code. */
export interface CommandOutput {
	stdout: string;
	stderr: string;
	code: number;
}

/**
 * Runs `command` as the process: guards stdout, writes the output and sets the exit code. `command`
 * imports the command's module itself, so that even a module failing to load ends in one line on stderr
 * (exit EXIT_INTERNAL), not a stack trace.
 */
export async function runAsProcess(command: () => Promise<CommandOutput>): Promise<void> {
	guardStdout();
	try {
		const result = await command();
		process.stdout.write(result.stdout);
		process.stderr.write(result.stderr);
		process.exitCode = result.code;
	} catch (error) {
		// The words of --lang (error-words.ts imports nothing, so it is loaded even when the command is not).
		const lang = langOfArgv(process.argv.slice(2));
		process.stderr.write(errorLine(ERROR_WORDS[lang].internal((error as Error).message), lang));
		process.exitCode = EXIT_INTERNAL;
	}
}
