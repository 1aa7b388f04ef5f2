import { describe, expect, it, vi } from 'vitest';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { builtinModel } from '$lib/view';
import { isExactly } from '$lib/worker/shipped-model';
import { shippedDigest } from 'virtual:builtin-model';
import { GET } from './plan-defaults.json/+server';
import { appMounted, loadedFromDefaults, loadPlanDefaults, type PlanDefaults } from './plan-defaults';

/** What the build writes to /plan-defaults.json. */
async function built(): Promise<PlanDefaults> {
	const response = await GET({} as Parameters<typeof GET>[0]);
	expect(response.status).toBe(200);
	return response.json();
}

describe('the prerendered plan defaults', () => {
	it('are what the worker answers when it loads the built-in model, rebuilt whole with the app’s model', async () => {
		// As the app's worker loads it: recognised as the shipped plan by its digest, so not validated (its
		// sources carry no texts); the defaults come from the validated whole file.
		const outcome = await createInProcessRunner({ shipped: isExactly(shippedDigest) }).load(builtinModel);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
		const defaults = await built();
		expect(Object.keys(defaults).sort()).toEqual(['baseline', 'findings', 'parameters']);
		// The model is not in the file: the app's copy must be the engine's, or hydration would draw another page.
		expect(loadedFromDefaults(defaults)).toEqual(outcome.value);
		expect(defaults.baseline.targets).toHaveLength(builtinModel.targets.length);
	});

	it('hold the findings the worker gives when the plan’s state settles', async () => {
		const runner = createInProcessRunner({ shipped: isExactly(shippedDigest) });
		await runner.load(builtinModel);
		// What Analysis asks for the plan's state (basisOf({}, {})).
		const findings = await runner.consistency({ scenario: {}, actuals: undefined });
		expect(findings.ok).toBe(true);
		const { findings: shipped } = await built();
		expect(shipped).toEqual(findings.ok && findings.value);
		expect(shipped.length).toBeGreaterThan(0);
	});

	it('are read while the first page renders, and no more once the app has mounted', async () => {
		const defaults = await built();
		const fetch = vi.fn(async () => Response.json(defaults));
		expect(await loadPlanDefaults(fetch)).toEqual(defaults);
		expect(fetch).toHaveBeenCalledWith('/plan-defaults.json');
		expect(await loadPlanDefaults(async () => new Response('', { status: 404 }))).toBeNull();
		appMounted();
		expect(await loadPlanDefaults(fetch)).toBeNull();
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('give no starting state when a page has none', () => {
		expect(loadedFromDefaults(null)).toBeNull();
		expect(loadedFromDefaults(undefined)).toBeNull();
	});
});
