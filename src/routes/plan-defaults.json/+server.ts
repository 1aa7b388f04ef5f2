/**
 * The plan's default results, computed once at build time with the full engine (server-only code: the
 * engine and mathjs never reach the browser from here) and written as a static file, `/plan-defaults.json`.
 * The overview and indicator pages read it while they are prerendered, so their HTML shows the headline
 * and every target's status before any script runs; SvelteKit inlines the response in those pages, so the
 * browser never fetches it separately when it hydrates them. With them the plan's consistency findings, which
 * the overview shows once its state has settled: the engine worker need not start for the plan's own state.
 */
import { error, json } from '@sveltejs/kit';
import full from '$models/shinan-2022-2026.json';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import type { PlanDefaults } from '../plan-defaults';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () => {
	// The same runner code the worker uses, so the numbers are the ones the worker will confirm. The whole
	// model file, validated: the app's copy (builtinModel) lacks the reading texts validation asks for, and
	// has the same numbers (plan-defaults.test.ts compares the two).
	const runner = createInProcessRunner();
	const outcome = await runner.load(full);
	if (!outcome.ok) {
		// Fails the build, naming what is wrong: a model that does not load cannot be prerendered.
		error(
			500,
			`the built-in model does not load: ${outcome.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
		);
	}
	// The model itself is in the app's code already (builtinModel, equal to the engine's copy): not sent twice.
	const { parameters, baseline } = outcome.value;
	// What Analysis asks the worker when the plan's state settles (basisOf: no overrides, no actuals).
	const findings = await runner.consistency({ scenario: {}, actuals: undefined });
	if (!findings.ok) error(500, `the plan's consistency check failed: ${JSON.stringify(findings.issues)}`);
	return json({ parameters, baseline, findings: findings.value } satisfies PlanDefaults);
};
