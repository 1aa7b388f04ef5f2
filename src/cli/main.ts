/**
 * The `simulate` command (`npm run -s simulate -- …`): connects runCli to the process. Everything that
 * decides what to print lives in run-cli.ts, where tests can reach it.
 */
import { readFileSync } from 'node:fs';
import { runAsProcess } from './process-entry';

await runAsProcess(async () => {
	// Imported here, not at the top, so that even a module failing to load ends in one line on stderr.
	const { runCli } = await import('./run-cli');
	return runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), {
		cwd: process.cwd(),
		// https://no-color.org: any NO_COLOR turns colour off; a pipe or a file never gets escape codes.
		colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined
	});
});
