/**
 * `--seek`, `--seek-all`, `--sensitivity` and `--consistency`: runs the engine's analysis the command line
 * asked for and prints it as a table (for a person) or JSON (for a script). The other formats are rows of
 * targets or series, which these answers are not, so they are refused with a one-line message.
 */
import { ERROR_WORDS } from './error-words';
import {
	checkConsistency,
	seekAll,
	seekParameter,
	sensitivity,
	type Actuals,
	type CompiledModel,
	type Issue,
	type IssueLocale,
	type Result,
	type Uncertainty
} from '../lib/engine/index';
import type { AnalysisRequest } from './analysis-args';
import type { Format } from './args';
import { formatConsistencyTable } from './format-analysis-consistency';
import { formatSeekAllTable, formatSeekTable } from './format-analysis-seek';
import { formatSensitivityTable } from './format-analysis-sensitivity';
import { analysisHeader, type AnalysisFrame } from './format-analysis-header';
import { issueText } from './issue-text';

/** What an analysis run needs besides the request. */
export interface AnalysisInput {
	model: CompiledModel;
	scenario: Record<string, number>;
	actuals?: Actuals;
	/** --uncertainty / --sd, used by --sensitivity for its ranges. */
	uncertainty?: Uncertainty;
	format: Format;
	/** The language of issue messages (`--lang`). */
	lang: IssueLocale;
	colour: boolean;
}

/** The printed answer, or one line saying what is wrong (quoting the option as typed). */
export type AnalysisOutput = { ok: true; stdout: string } | { ok: false; line: string };

/** Runs `request` and formats it. */
export function runAnalysis(request: AnalysisRequest, input: AnalysisInput): AnalysisOutput {
	if (input.format !== 'table' && input.format !== 'json') {
		return {
			ok: false,
			line: `${request.text}${ERROR_WORDS[input.lang].tableOrJson(input.format)}`
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
	const header = analysisHeader(frame, input.colour, input.lang);

	const basis = { model, scenario, actuals };
	/** The analysis' answer as a table after the header, or as JSON; its issues as one line. */
	const print = <T>(r: Result<T>, formatTable: (value: T) => string): AnalysisOutput =>
		r.ok
			? { ok: true, stdout: table ? header + formatTable(r.value) : json(r.value) }
			: problem(request, r.issues, input.lang);

	switch (request.kind) {
		case 'seek':
			return print(
				seekParameter({ ...basis, target: request.target, parameter: request.parameter }),
				(value) => formatSeekTable(value, scenario, input.lang)
			);
		case 'seek-all': {
			const { targets, parameters } = request;
			const question = { ...basis, targets, ...(parameters ? { parameters } : {}) };
			return print(seekAll(question), (value) => formatSeekAllTable(value, input.lang));
		}
		case 'sensitivity': {
			const { uncertainty } = input;
			const question = { ...basis, target: request.target, ...(uncertainty ? { uncertainty } : {}) };
			return print(sensitivity(question), (value) => formatSensitivityTable(value, input.colour, input.lang));
		}
		case 'consistency':
			return print(checkConsistency(basis), (value) =>
				formatConsistencyTable(value, model, input.colour, input.lang)
			);
		default:
			return request satisfies never;
	}
}

/** One line: the option as typed, then the first issue (its path when the option does not already show it). */
function problem(request: AnalysisRequest, issues: readonly Issue[], lang: IssueLocale): AnalysisOutput {
	const [first, ...rest] = issues;
	const path = request.text.includes(first!.path) ? '' : `${first!.path}: `;
	const more = rest.length ? ERROR_WORDS[lang].more(rest.length) : '';
	return { ok: false, line: `${request.text}: ${path}${issueText(first!, lang)}${more}` };
}
