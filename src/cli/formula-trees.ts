/**
 * The content `npm run -s formula-trees` writes to src/lib/engine/compile/formula-trees.json: the shipped
 * models' formulas (models/*.json) parsed with mathjs, as trees (see that folder's formula-trees.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFormulaTrees, loadFormulaParser } from '../lib/engine/index';
import { REPO_ROOT } from './paths';

/** Where the trees go. */
export const FORMULA_TREES_PATH = join(REPO_ROOT, 'src/lib/engine/compile/formula-trees.json');
const MODELS_DIR = join(REPO_ROOT, 'models');

/** The file's text for the models now in models/ (tab-indented JSON, as prettier leaves it). */
export async function formulaTreesFile(): Promise<string> {
	const models = readdirSync(MODELS_DIR)
		.filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
		.map((name) => JSON.parse(readFileSync(join(MODELS_DIR, name), 'utf8')) as unknown);
	const trees = buildFormulaTrees(models, await loadFormulaParser());
	return JSON.stringify(trees, null, '\t') + '\n';
}
