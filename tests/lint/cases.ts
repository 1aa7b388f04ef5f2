/**
 * Lint fixtures: one import each, placed at a virtual path inside a layer, and whether the layer rules in
 * eslint.config.js must refuse it. Every rule has a case it refuses and a neighbouring case it lets through.
 * Virtual paths end in `.ts`: `.svelte` and `.svelte.ts` files are parsed with the TypeScript project
 * service, which cannot see a file that is not on disk (the rules apply to them by folder all the same).
 */

/** A fixture: the file it pretends to be, its source, and the rule that must report it (null: none). */
export interface LintCase {
	name: string;
	filePath: string;
	code: string;
	rule: 'no-restricted-imports' | '@typescript-eslint/no-restricted-imports' | null;
}

const value = (from: string) => `import { a } from '${from}';\nexport { a };\n`;
const typeOnly = (from: string) => `import type { A } from '${from}';\nexport type { A };\n`;
const UP = 'no-restricted-imports' as const;
const CORE = '@typescript-eslint/no-restricted-imports' as const;

export const CASES: LintCase[] = [
	// engine: the bottom layer, pure.
	{ name: 'engine → scenarios', filePath: 'src/lib/engine/x.ts', code: value('$lib/scenarios'), rule: UP },
	{
		name: 'engine → ../worker',
		filePath: 'src/lib/engine/spec/x.ts',
		code: value('../../worker/pool'),
		rule: UP
	},
	{ name: 'engine → svelte', filePath: 'src/lib/engine/x.ts', code: value('svelte'), rule: UP },
	{ name: 'engine → d3', filePath: 'src/lib/engine/x.ts', code: value('d3-scale'), rule: UP },
	{ name: 'engine → node:fs', filePath: 'src/lib/engine/x.ts', code: value('node:fs'), rule: UP },
	{ name: 'engine test → node:fs', filePath: 'src/lib/engine/x.test.ts', code: value('node:fs'), rule: null },
	{
		name: 'engine → its own spec',
		filePath: 'src/lib/engine/x.ts',
		code: value('./spec/result'),
		rule: null
	},

	// scenarios: engine only.
	{
		name: 'scenarios → worker',
		filePath: 'src/lib/scenarios/x.ts',
		code: value('$lib/worker/protocol'),
		rule: UP
	},
	{
		name: 'scenarios → ../state',
		filePath: 'src/lib/scenarios/x.ts',
		code: value('../state/context'),
		rule: UP
	},
	{
		name: 'scenarios → its own ./state',
		filePath: 'src/lib/scenarios/x.ts',
		code: value('./state'),
		rule: null
	},
	{
		name: 'scenarios → engine core',
		filePath: 'src/lib/scenarios/x.ts',
		code: value('$lib/engine/core'),
		rule: null
	},

	// worker: engine and scenarios; the engine through its entries.
	{ name: 'worker → state', filePath: 'src/lib/worker/x.ts', code: value('$lib/state/context'), rule: UP },
	{ name: 'worker → scenarios', filePath: 'src/lib/worker/x.ts', code: value('$lib/scenarios'), rule: null },
	{
		name: 'worker → engine internals',
		filePath: 'src/lib/worker/x.ts',
		code: value('$lib/engine/run'),
		rule: UP
	},
	{ name: 'worker → engine index', filePath: 'src/lib/worker/x.ts', code: value('$lib/engine'), rule: null },
	{
		name: 'worker → engine runtime entry',
		filePath: 'src/lib/worker/x.ts',
		code: value('$lib/engine/runtime'),
		rule: null
	},
	{
		name: 'worker → engine analyses entry',
		filePath: 'src/lib/worker/x.ts',
		code: value('$lib/engine/analyses'),
		rule: null
	},
	{
		name: 'worker → engine runtime internals',
		filePath: 'src/lib/worker/x.ts',
		code: value('$lib/engine/runtime/x'),
		rule: UP
	},

	// state: up to worker.
	{ name: 'state → view', filePath: 'src/lib/state/x.ts', code: value('$lib/view/status'), rule: UP },
	{
		name: 'state → components',
		filePath: 'src/lib/state/x.ts',
		code: value('$lib/components/model'),
		rule: UP
	},
	{ name: 'state → worker', filePath: 'src/lib/state/x.ts', code: value('$lib/worker/pool'), rule: null },

	// charts below view: view may use the charts' formats; charts never know the view.
	{
		name: 'view → components',
		filePath: 'src/lib/view/x.ts',
		code: value('$lib/components/model'),
		rule: UP
	},
	{ name: 'view → charts', filePath: 'src/lib/view/x.ts', code: value('$lib/charts'), rule: null },
	{ name: 'view → state', filePath: 'src/lib/view/x.ts', code: value('$lib/state'), rule: null },
	{
		name: 'charts → components',
		filePath: 'src/lib/charts/x.ts',
		code: value('../components/model'),
		rule: UP
	},
	{ name: 'charts → view', filePath: 'src/lib/charts/x.ts', code: value('$lib/view/units'), rule: UP },
	{ name: 'charts → scenarios', filePath: 'src/lib/charts/x.ts', code: value('$lib/scenarios'), rule: null },

	// components (ui included): everything but routes.
	{
		name: 'components → routes',
		filePath: 'src/lib/components/x.ts',
		code: value('../../routes/compare/page'),
		rule: UP
	},
	{
		name: 'components/ui → routes',
		filePath: 'src/lib/components/ui/x.ts',
		code: value('../../../routes/x'),
		rule: UP
	},
	{
		name: 'components → view',
		filePath: 'src/lib/components/ui/x.ts',
		code: value('$lib/view/status'),
		rule: null
	},

	// routes: the top; anything below.
	{
		name: 'routes → components',
		filePath: 'src/routes/x/+page.ts',
		code: value('$lib/components/model'),
		rule: null
	},

	// The main thread: engine values from the core entry only, types from anywhere.
	{
		name: 'components value ← engine index',
		filePath: 'src/lib/components/x.ts',
		code: value('$lib/engine'),
		rule: CORE
	},
	{
		name: 'routes value ← engine index',
		filePath: 'src/routes/x/+page.ts',
		code: value('$lib/engine'),
		rule: CORE
	},
	{
		name: 'routes value ← the in-process runner',
		filePath: 'src/routes/x/+page.ts',
		code: value('$lib/worker/in-process-runner'),
		rule: CORE
	},
	{
		name: 'state value ← ../worker/create-runner',
		filePath: 'src/lib/state/x.ts',
		code: value('../worker/create-runner'),
		rule: CORE
	},
	{
		name: 'routes +server.ts value ← the in-process runner (build time)',
		filePath: 'src/routes/x/+server.ts',
		code: value('$lib/worker/in-process-runner'),
		rule: null
	},
	{
		name: 'routes +page.server.ts value ← engine index (build time)',
		filePath: 'src/routes/x/+page.server.ts',
		code: value('$lib/engine'),
		rule: null
	},
	{
		name: 'routes value ← the worker runner',
		filePath: 'src/routes/x/+page.ts',
		code: value('$lib/worker/worker-runner'),
		rule: null
	},
	{
		name: 'scenarios value ← engine internals',
		filePath: 'src/lib/scenarios/x.ts',
		code: value('$lib/engine/spec/suggest'),
		rule: CORE
	},
	{
		name: 'charts value ← ../engine',
		filePath: 'src/lib/charts/x.ts',
		code: value('../engine/csv'),
		rule: CORE
	},
	{
		name: 'state value ← engine index',
		filePath: 'src/lib/state/x.ts',
		code: value('$lib/engine'),
		rule: CORE
	},
	{
		name: 'view value ← engine index',
		filePath: 'src/lib/view/x.ts',
		code: value('$lib/engine'),
		rule: CORE
	},
	{
		name: 'components value ← engine core',
		filePath: 'src/lib/components/x.ts',
		code: value('$lib/engine/core'),
		rule: null
	},
	{
		name: 'components type ← engine index',
		filePath: 'src/lib/components/x.ts',
		code: typeOnly('$lib/engine'),
		rule: null
	},
	{
		name: 'scenarios type ← engine internals',
		filePath: 'src/lib/scenarios/x.ts',
		code: typeOnly('$lib/engine/goal-seek/ranges'),
		rule: null
	},
	{
		name: 'components test value ← engine index',
		filePath: 'src/lib/components/x.test.ts',
		code: value('$lib/engine'),
		rule: null
	},

	// The CLI: the engine's entries, not its internals.
	{
		name: 'cli → engine internals',
		filePath: 'src/cli/x.ts',
		code: value('../lib/engine/spec/suggest'),
		rule: UP
	},
	{ name: 'cli → engine index', filePath: 'src/cli/x.ts', code: value('../lib/engine/index'), rule: null }
];
