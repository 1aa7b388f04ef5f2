/**
 * What a draft still needs before it runs, by JSON path: each missing base value with its source, each
 * yearly rate or amount that follows from it, each unit the engine does not know. The engine's own
 * validation is run as well, and its issues are kept where they say something the draft checks do not.
 */
import type { Json } from '../spec/checks';
import { issue, message, type Issue, type IssueParam } from '../spec/result';
import { isUnit, UNITS } from '../spec/units';
import { validateModel } from '../spec/validate-model';

/** Every issue of a draft model (parsed JSON), each at its JSON path; none when it is ready to run. */
export function checkDraft(raw: unknown): Issue[] {
	const issues: Issue[] = [];
	const model = raw as { baseYear?: unknown; indicators?: unknown };
	const baseYear = typeof model?.baseYear === 'number' ? model.baseYear : message('draft-the-base-year');
	const indicators = Array.isArray(model?.indicators) ? (model.indicators as Record<string, unknown>[]) : [];
	indicators.forEach((indicator, i) => {
		const path = `$.indicators[${i}]`;
		if (typeof indicator !== 'object' || indicator === null) return;
		const unit = typeof indicator.unit === 'string' ? indicator.unit : '?';
		// A known unit by its name in the reader's language (亿元 / 100 million yuan: the model's scale, as the
		// drafting page's boxes name it); one the engine does not know, as the plan writes it.
		const unitText: IssueParam =
			unit === 'fraction'
				? message('draft-unit-fraction')
				: unit === 'unknown' || unit === '?'
					? message('draft-unit-its')
					: isUnit(unit)
						? { ...UNITS[unit].label, unit }
						: unit;
		if (indicator.base === null)
			issues.push(issue(`${path}.base`, 'draft-needs-base', { year: baseYear, unit: unitText }));
		if (indicator.rate === null)
			issues.push(issue(`${path}.rate`, 'draft-needs-rate', { unit: message('draft-unit-rate') }));
		if (indicator.annual === null)
			issues.push(issue(`${path}.annual`, 'draft-needs-annual', { unit: unitText }));
		if (!isUnit(unit))
			issues.push(
				unit === 'unknown'
					? issue(`${path}.unit`, 'draft-needs-unit')
					: issue(`${path}.unit`, 'draft-unit-unsupported', { unit })
			);
	});
	const covered = (path: string) =>
		issues.some(
			(i) => path === i.path || path.startsWith(i.path.replace(/\.(base|rate|annual|unit)$/, '.source'))
		) || issues.some((i) => path.startsWith(i.path));
	const engine = validateModel(raw as Json);
	if (!engine.ok) issues.push(...engine.issues.filter((issue) => !covered(issue.path)));
	return issues;
}
