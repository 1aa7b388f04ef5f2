import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMULA_TREES_PATH, formulaTreesFile } from './formula-trees';

describe('formula-trees.json', () => {
	it('holds the trees of the formulas now in models/ (else run `npm run -s formula-trees`)', async () => {
		const committed = readFileSync(FORMULA_TREES_PATH, 'utf8');
		const current = await formulaTreesFile();
		if (committed !== current) {
			throw new Error(
				`${FORMULA_TREES_PATH} is stale: a model's formulas changed. Regenerate it with \`npm run -s formula-trees\` and commit it.`
			);
		}
		expect(Object.keys(JSON.parse(committed)).length).toBeGreaterThan(0);
	});
});
