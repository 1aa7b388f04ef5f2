/**
 * `npm run -s formula-trees`: parses the shipped models' formulas (models/*.json) with mathjs and writes their
 * trees to src/lib/engine/compile/formula-trees.json, which the app's worker compiles without loading mathjs.
 * `npm run build` runs it first; src/lib/engine/compile/formula-trees.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { FORMULA_TREES_PATH, formulaTreesFile } from './formula-trees';

const text = await formulaTreesFile();
writeFileSync(FORMULA_TREES_PATH, text);
console.log(`${Object.keys(JSON.parse(text)).length} formula trees → ${FORMULA_TREES_PATH}`);
