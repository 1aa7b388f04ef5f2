import { describe, expect, it } from 'vitest';
import { checkState } from './check-state';
import { shinanShape } from './test-fixtures';
import { issueText } from '../../cli/issue-text';

describe('checkState', () => {
	it('reads a saved scenario against the current model, naming what no longer fits', () => {
		const saved = {
			scenario: { 'gdp.rate': 0.05, 'retired_indicator.rate': 0.1, 'gdp.rate[2030]': 0.02 },
			actuals: { gdp: { '2022': 1400 } }
		};
		const checked = checkState(saved, shinanShape);
		expect(checked.value).toEqual({ scenario: { 'gdp.rate': 0.05 }, actuals: { gdp: { '2022': 1400 } } });
		expect(checked.issues.map((i) => `${i.path}: ${issueText(i)}`)).toEqual([
			'$.scenario["retired_indicator.rate"]: is not a parameter of this model — ignored',
			'$.scenario["gdp.rate[2030]"]: names year 2030, outside 2022–2026 — ignored'
		]);
	});

	it('says where a non-object sits', () => {
		expect(checkState(null, shinanShape, 'saved')).toEqual({
			value: { scenario: {} },
			issues: [
				{
					path: 'saved',
					code: 'ignored',
					params: { reason: { code: 'state-not-object', params: { got: { gist: 'null' } } } }
				}
			]
		});
	});
});
