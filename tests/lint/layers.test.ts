/**
 * The layer rules of eslint.config.js, run by ESLint itself on each fixture of cases.ts: every refused
 * import is reported by the rule named, and every allowed neighbour is not reported at all.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES } from './cases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });
const IMPORT_RULES = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'];

describe('layer lint rules', () => {
	// The first run loads the config and its plugins: seconds, on a busy machine tens of them.
	beforeAll(() => eslint.lintText('', { filePath: join(ROOT, 'src/lib/engine/x.ts') }), 120_000);

	it.each(CASES)('$name', async ({ filePath, code, rule }) => {
		const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
		const reported = result!.messages.filter((m) => m.ruleId === null || IMPORT_RULES.includes(m.ruleId));
		expect(reported.map((m) => m.ruleId)).toEqual(rule === null ? [] : [rule]);
	});
});
