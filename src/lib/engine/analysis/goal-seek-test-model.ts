/**
 * Test support for the analyses (imported by *.test.ts only): the Shinan model compiled, optionally with
 * extra targets, and a failing test on any issue.
 */
import shinan from '../../../../models/shinan-2022-2026.json';
import type { CompiledModel } from '../compile/compile-model';
import { loadModel } from '../load';
import { formatIssues, type Result } from '../spec/result';
import type { Model, Target } from '../spec/types';

/** The Shinan model, compiled, with `extra` targets appended (each needs only id, indicator, kind, threshold). */
export function shinanModel(extra: Partial<Target>[] = []): CompiledModel {
	const raw = structuredClone(shinan) as unknown as Model;
	for (const t of extra) raw.targets.push({ deadline: raw.endYear, quote: '今后五年', ...t } as Target);
	return must(loadModel(raw));
}

/** A model from `raw`, compiled. */
export function compiledModel(raw: Model): CompiledModel {
	return must(loadModel(raw));
}

/** The value of a successful result; throws the issues otherwise (a test bug, or the failure under test). */
export function must<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}
