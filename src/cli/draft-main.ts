/**
 * The `draft` command (`npm run -s draft -- FILE …`): connects runDraft to the process.
 */
import { readFileSync } from 'node:fs';
import { runAsProcess } from './process-entry';

await runAsProcess(async () => {
	const { runDraft } = await import('./draft-run');
	return runDraft(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), new Date().getFullYear());
});
