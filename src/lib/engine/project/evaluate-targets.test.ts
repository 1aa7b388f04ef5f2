import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { formatIssues } from '../../../cli/issue-text';
import { runScenario } from '../run';

const model = compiled(tinyModel());

describe('a target that cannot be measured', () => {
	it('is a code naming the target, its indicator, the year and the value there', () => {
		// core.base 0 makes the share 0 in 2021, and "double the share" has nothing to double.
		const result = runScenario({ model, scenario: { 'core.base': 0 } });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{
				path: '$.targets[2]',
				code: 'target-start-not-positive',
				params: { target: 'share_double', id: 'core_share', year: 2021, got: 0 }
			}
		]);
		expect(formatIssues(result.issues)).toBe(
			'$.targets[2]: share_double: the target is measured from core_share in 2021, which must be above 0, got 0'
		);
		expect(formatIssues(result.issues, 'zh')).toBe(
			'$.targets[2]: share_double：该目标以 2021 年的 core_share 为起点，要求其大于 0，实际为 0'
		);
	});
});
