/**
 * What a draft still needs before it runs, by JSON path: each missing base value with its source, each
 * yearly rate or amount that follows from it, each unit the engine does not know. The engine's own
 * validation is run as well, and its issues are kept where they say something the draft checks do not.
 */
import type { Json } from '../spec/checks';
import type { Issue } from '../spec/result';
import { isUnit } from '../spec/units';
import { validateModel } from '../spec/validate-model';

const SOURCES = 'published with its citation, implied with its derivation, or an assumption with its reason';

/** Every issue of a draft model (parsed JSON), each at its JSON path; none when it is ready to run. */
export function checkDraft(raw: unknown): Issue[] {
	const issues: Issue[] = [];
	const model = raw as { baseYear?: unknown; indicators?: unknown };
	const baseYear = typeof model?.baseYear === 'number' ? model.baseYear : 'the base year';
	const indicators = Array.isArray(model?.indicators) ? (model.indicators as Record<string, unknown>[]) : [];
	indicators.forEach((indicator, i) => {
		const path = `$.indicators[${i}]`;
		if (typeof indicator !== 'object' || indicator === null) return;
		const unit = typeof indicator.unit === 'string' ? indicator.unit : '?';
		const unitText =
			unit === 'fraction' ? 'a fraction' : unit === 'unknown' || unit === '?' ? 'its unit' : unit;
		if (indicator.base === null)
			issues.push({
				path: `${path}.base`,
				message: `needs a base value for ${baseYear} (in ${unitText}) and its source (${SOURCES}); the plan does not state it`
			});
		if (indicator.rate === null)
			issues.push({
				path: `${path}.rate`,
				message:
					'needs a yearly growth rate (a fraction: 0.1 = 10 %); it follows from the base value once that is set'
			});
		if (indicator.annual === null)
			issues.push({
				path: `${path}.annual`,
				message: `needs a yearly amount (in ${unitText}); it follows from the base value once that is set`
			});
		if (!isUnit(unit))
			issues.push({
				path: `${path}.unit`,
				message:
					unit === 'unknown'
						? 'needs a unit: the plan names none for this quantity (e.g. 亿元, 家, fraction)'
						: `"${unit}" is not one of the engine's units yet: convert the figures to one (e.g. 万元 → 亿元) or add the unit to spec/units.ts`
			});
	});
	const covered = (path: string) =>
		issues.some(
			(issue) =>
				path === issue.path || path.startsWith(issue.path.replace(/\.(base|rate|annual|unit)$/, '.source'))
		) || issues.some((issue) => path.startsWith(issue.path));
	const engine = validateModel(raw as Json);
	if (!engine.ok) issues.push(...engine.issues.filter((issue) => !covered(issue.path)));
	return issues;
}
