/**
 * `--seek`, `--seek-all`, `--sensitivity` and `--consistency`: runs the engine's analysis the command line
 * asked for and prints it as a table (for a person) or JSON (for a script). The other formats are rows of
 * targets or series, which these answers are not, so they are refused with a one-line message.
 */
import {
	checkConsistency,
	seekAll,
	seekParameter,
	sensitivity,
	type Actuals,
	type CompiledModel,
	type Issue,
	type Uncertainty
} from '../lib/engine/index';
import type { AnalysisRequest } from './analysis-args';
import type { Format } from './args';
import { formatConsistencyTable } from './format-analysis-consistency';
import { formatSeekAllTable, formatSeekTable } from './format-analysis-seek';
import { formatSensitivityTable } from './format-analysis-sensitivity';
import { analysisHeader, type AnalysisFrame } from './format-analysis-header';

/** What an analysis run needs besides the request. */
export interface AnalysisInput {
	model: CompiledModel;
	scenario: Record<string, number>;
	actuals?: Actuals;
	/** --uncertainty / --sd, used by --sensitivity for its ranges. */
	uncertainty?: Uncertainty;
	format: Format;
	colour: boolean;
}

/** The printed answer, or one line saying what is wrong (quoting the option as typed). */
export type AnalysisOutput = { ok: true; stdout: string } | { ok: false; line: string };

/** Runs `request` and formats it. */
export function runAnalysis(request: AnalysisRequest, input: AnalysisInput): AnalysisOutput {
	if (input.format !== 'table' && input.format !== 'json') {
		return {
			ok: false,
			line: `${request.text}: prints a table or JSON; use --format table or --format json, not ${input.format}`
		};
	}
	const { model, scenario, actuals } = input;
	const frame: AnalysisFrame = { model, scenario, ...(actuals ? { actuals } : {}) };
	// The request without `text` (the option as typed, for messages) says what was asked in the JSON.
	const { text: _typed, ...asked } = request;
	const json = (result: unknown) =>
		JSON.stringify(
			{ model: model.model.id, scenario, ...(actuals ? { actuals } : {}), analysis: asked, result },
			null,
			2
		) + '\n';
	const table = input.format === 'table';
	const header = analysisHeader(frame, input.colour);

	switch (request.kind) {
		case 'seek': {
			const r = seekParameter({
				model,
				scenario,
				actuals,
				target: request.target,
				parameter: request.parameter
			});
			if (!r.ok) return problem(request, r.issues);
			return { ok: true, stdout: table ? header + formatSeekTable(r.value, scenario) : json(r.value) };
		}
		case 'seek-all': {
			const r = seekAll({
				model,
				scenario,
				actuals,
				targets: request.targets,
				...(request.parameters ? { parameters: request.parameters } : {})
			});
			if (!r.ok) return problem(request, r.issues);
			return { ok: true, stdout: table ? header + formatSeekAllTable(r.value) : json(r.value) };
		}
		case 'sensitivity': {
			const r = sensitivity({
				model,
				scenario,
				actuals,
				target: request.target,
				...(input.uncertainty ? { uncertainty: input.uncertainty } : {})
			});
			if (!r.ok) return problem(request, r.issues);
			return {
				ok: true,
				stdout: table ? header + formatSensitivityTable(r.value, input.colour) : json(r.value)
			};
		}
		case 'consistency': {
			const r = checkConsistency({ model, scenario, actuals });
			if (!r.ok) return problem(request, r.issues);
			return {
				ok: true,
				stdout: table ? header + formatConsistencyTable(r.value, model, input.colour) : json(r.value)
			};
		}
		default:
			return request satisfies never;
	}
}

/** One line: the option as typed, then the first issue (its path when the option does not already show it). */
function problem(request: AnalysisRequest, issues: readonly Issue[]): AnalysisOutput {
	const [first, ...rest] = issues;
	const path = request.text.includes(first!.path) ? '' : `${first!.path}: `;
	const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
	return { ok: false, line: `${request.text}: ${path}${first!.message}${more}` };
}
