/**
 * The `simulate` command (`npm run -s simulate -- …`): connects runCli to the process. Everything that
 * decides what to print lives in run-cli.ts, where tests can reach it.
 */
import { readFileSync } from 'node:fs';
import { EXIT_INTERNAL } from './exit-codes';
import { guardStdout } from './stdout-guard';

guardStdout();

try {
	// Imported here, not at the top, so that even a module failing to load ends in one line on stderr.
	const { runCli } = await import('./run-cli');
	const result = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), {
		cwd: process.cwd(),
		// https://no-color.org: any NO_COLOR turns colour off; a pipe or a file never gets escape codes.
		colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined
	});
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
} catch (error) {
	process.stderr.write(
		`error: internal error: ${(error as Error).message}; this is a bug, please report it\n`
	);
	process.exitCode = EXIT_INTERNAL;
}
