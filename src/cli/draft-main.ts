/**
 * The `draft` command (`npm run -s draft -- FILE …`): connects runDraft to the process.
 */
import { readFileSync } from 'node:fs';
import { EXIT_INTERNAL } from './exit-codes';
import { guardStdout } from './stdout-guard';

guardStdout();

try {
	const { runDraft } = await import('./draft-run');
	const result = runDraft(
		process.argv.slice(2),
		(path) => readFileSync(path, 'utf8'),
		new Date().getFullYear()
	);
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
} catch (error) {
	process.stderr.write(
		`error: internal error: ${(error as Error).message}; this is a bug, please report it\n`
	);
	process.exitCode = EXIT_INTERNAL;
}
