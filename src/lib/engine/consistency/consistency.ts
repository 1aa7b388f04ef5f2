/**
 * Do the targets agree with each other? Findings derived from the model's structure (which indicators are
 * shares, changes or stocks, which targets sit on them), with the numbers of one run of the scenario.
 * No rule names a Shinan id: the same rules read any model.
 */
import type { RunRequest } from '../run';
import { ok, type Result } from '../spec/result';
import { newVsTotalFindings } from './consistency-new-total';
import type { RuleInput } from './consistency-rule';
import { cumulativeVsAnnualFindings, growthVsLevelFindings } from './consistency-same-indicator';
import { shareFindings } from './consistency-share';
import { stockFindings } from './consistency-stock';
import type { Finding, Severity } from './consistency-types';
import { runWith } from '../goal-seek/goal-seek-probe';

export type { Condition, Finding, FindingKind, Severity } from './consistency-types';

const RULES: readonly ((input: RuleInput) => Finding[])[] = [
	shareFindings,
	stockFindings,
	newVsTotalFindings,
	growthVsLevelFindings,
	cumulativeVsAnnualFindings
];

const RANK: Record<Severity, number> = { conflict: 0, warning: 1, info: 2 };

/**
 * Every finding for the model under `scenario` (default: the model's values) and `actuals`: conflicts
 * first, then warnings, then information; within a severity, in the order of the model's targets.
 * A scenario the model cannot run is returned as its issues.
 */
export function checkConsistency({ model, scenario = {}, actuals }: RunRequest): Result<Finding[]> {
	const run = runWith({ model, scenario, actuals });
	if (!run.ok) return run;
	const input: RuleInput = { model, run: run.value };
	const order = new Map(model.targets.map((t, i) => [t.spec.id, i]));
	const first = (f: Finding) => Math.min(...f.targets.map((id) => order.get(id) ?? Infinity));
	const findings = RULES.flatMap((rule) => rule(input));
	return ok(findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || first(a) - first(b)));
}
