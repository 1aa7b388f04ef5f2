/**
 * Reading a run file back: a file this app exported (`exportScenarioJson`) or the CLI's `--format json`
 * output. The file is untrusted text: everything is checked against the model the app runs, each problem
 * named by its JSON path, and whatever fits is kept.
 */
import type { Issue, IssueMessage, RunResult } from '$lib/engine';
import { gist, issue, message } from '$lib/engine/core';
import { readState } from './check-state';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export';
import { child, isRecord } from './json-path';
import type { ModelShape } from './model-shape';
import { isFiniteNumber } from './numbers';
import type { Checked } from '$lib/engine';
import type { ScenarioState } from './state';

/** A run file, read. */
export interface ImportedRun {
	/** What the file holds for the app to load: only what fits the model. */
	state: ScenarioState;
	/** `export`: a file this app wrote; `cli`: the CLI's `--format json` output. */
	kind: 'export' | 'cli';
	/** The model the file names; `hash` only in exports. */
	model: { id: string; hash?: string };
	name?: string;
	notes?: string;
	createdAt?: string;
	appVersion?: string;
	/** The results stored in the file, if they look like a run (the app runs the state again anyway). */
	result?: RunResult;
}

/**
 * Reads `text` as a run file for the model `shape`. Fails (`ok: false`) when nothing usable is in it:
 * not JSON, not a run file, or a file for another model. Otherwise succeeds, with `issues` listing what
 * was ignored (`$.scenario["gdp.rate"]: should be a number, got "0.05" — ignored`) and what is worth
 * knowing (a file made with another version of the model).
 */
export function importScenarioJson(text: string, shape: ModelShape): Checked<ImportedRun> {
	let root: unknown;
	try {
		root = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		// The parser's own message is English and engine-specific, so only the fact is reported.
		return failure(issue('$', 'import-not-json'));
	}
	if (!isRecord(root)) return failure(issue('$', 'import-not-object', { got: gist(root) }));
	if (root.format === EXPORT_FORMAT) return readExport(root, shape);
	if (root.format === undefined && typeof root.model === 'string' && 'targets' in root)
		return readCliReport(root, shape);
	if (root.format !== undefined) {
		return failure(
			issue('$.format', 'import-unknown-format', { got: gist(root.format), expected: EXPORT_FORMAT })
		);
	}
	return failure(issue('$', 'import-not-run-file', { format: EXPORT_FORMAT }));
}

function failure(problem: Issue): Checked<ImportedRun> {
	return { ok: false, issues: [problem] };
}

/** A string field, or undefined with an issue if present but not a string. */
function optionalText(
	x: Record<string, unknown>,
	key: string,
	path: string,
	issues: Issue[]
): string | undefined {
	const value = x[key];
	if (value === undefined || typeof value === 'string') return value;
	issues.push(issue(child(path, key), 'import-text-ignored', { got: gist(value) }));
	return undefined;
}

/** The file's model must be the one the app runs; another version of it only earns a warning. */
function checkModel(
	id: unknown,
	hash: unknown,
	path: string,
	shape: ModelShape,
	issues: Issue[]
): Issue | undefined {
	if (typeof id !== 'string') return issue(child(path, 'id'), 'import-model-id', { got: gist(id) });
	if (id !== shape.id) {
		return issue(child(path, 'id'), 'import-other-model', { model: id, current: shape.id });
	}
	if (hash !== undefined && hash !== shape.hash) {
		issues.push(
			issue(child(path, 'hash'), 'import-other-version', {
				model: id,
				got: gist(hash),
				current: shape.hash
			})
		);
	}
	return undefined;
}

function readExport(root: Record<string, unknown>, shape: ModelShape): Checked<ImportedRun> {
	const issues: Issue[] = [];
	const version = root.formatVersion;
	if (version !== EXPORT_FORMAT_VERSION) {
		issues.push(
			issue('$.formatVersion', 'import-format-version', {
				got: gist(version),
				version: EXPORT_FORMAT_VERSION
			})
		);
	}
	if (!isRecord(root.model))
		return failure(issue('$.model', 'import-model-not-object', { got: gist(root.model) }));
	const wrongModel = checkModel(root.model.id, root.model.hash, '$.model', shape, issues);
	if (wrongModel) return { ok: false, issues: [wrongModel] };

	const state = readState(root, '$', shape, issues);
	const result = readResult(root.result, '$.result', issues);
	const app = isRecord(root.app) ? root.app : {};
	return {
		ok: true,
		value: {
			state,
			kind: 'export',
			model: { id: shape.id, hash: typeof root.model.hash === 'string' ? root.model.hash : undefined },
			name: optionalText(root, 'name', '$', issues),
			notes: optionalText(root, 'notes', '$', issues),
			createdAt: optionalText(root, 'createdAt', '$', issues),
			appVersion: optionalText(app, 'version', '$.app', issues),
			...(result ? { result } : {})
		},
		issues
	};
}

/** The CLI's report: `model` is the id, `scenario` the --set values, `series` and `targets` at the top. */
function readCliReport(root: Record<string, unknown>, shape: ModelShape): Checked<ImportedRun> {
	const issues: Issue[] = [];
	const wrongModel = checkModel(root.model, undefined, '$', shape, issues);
	if (wrongModel) return { ok: false, issues: [{ ...wrongModel, path: '$.model' }] };
	const state = readState(root, '$', shape, issues);
	const result = readResult(
		{ model: root.model, years: root.years, series: root.series, targets: root.targets },
		'$',
		issues
	);
	return {
		ok: true,
		value: { state, kind: 'cli', model: { id: shape.id }, ...(result ? { result } : {}) },
		issues
	};
}

/**
 * The stored results, if they have a run's shape (years, one number per year in each series, targets
 * with ids). Only the shape is checked: the app runs the state again and shows its own numbers.
 */
function readResult(raw: unknown, path: string, issues: Issue[]): RunResult | undefined {
	const ignored = (where: string, reason: IssueMessage): undefined => {
		issues.push(issue(where, 'import-result-ignored', { reason }));
		return undefined;
	};
	if (raw === undefined) return undefined;
	if (!isRecord(raw)) return ignored(path, message('import-result-not-run', { got: gist(raw) }));
	const { model, years, series, targets } = raw;
	if (!Array.isArray(years) || !years.every(Number.isInteger))
		return ignored(child(path, 'years'), message('import-result-years'));
	if (!isRecord(series)) return ignored(child(path, 'series'), message('import-result-series'));
	for (const [id, values] of Object.entries(series)) {
		if (!Array.isArray(values) || values.length !== years.length || !values.every(isFiniteNumber)) {
			return ignored(
				child(child(path, 'series'), id),
				message('import-result-values', { count: years.length })
			);
		}
	}
	if (!Array.isArray(targets) || !targets.every((t) => isRecord(t) && typeof t.id === 'string')) {
		return ignored(child(path, 'targets'), message('import-result-targets'));
	}
	return { model: typeof model === 'string' ? model : '', years, series, targets } as RunResult;
}
