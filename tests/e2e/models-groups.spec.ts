import { expect as baseExpect, test } from '@playwright/test';
import { draftPlan } from './draft-plan';
import { messages, openReady } from './helpers';

// The drafting worker's first answer can take seconds on a shared machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const PLAN =
	'今后五年,金融业增加值年均增长10%,新增上市企业10家以上。' +
	'到2023年,技术合同成交额达到5000万元;到2026年,技术合同成交额突破2亿元。';

for (const lang of ['zh', 'en'] as const) {
	test.describe(`the drafting page's indicators in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		const t = messages(lang);

		test('move a candidate to another indicator and back to one of its own; a mixed unit is converted', async ({
			page
		}) => {
			await openReady(page, '/models/new');
			await draftPlan(page, PLAN, '2021');
			const candidates = page.getByTestId('candidate');
			await expect(candidates).toHaveCount(4);
			const groups = page.getByTestId('draft-group');
			await expect(groups).toHaveCount(3);
			await expect(page.getByTestId('draft-groups').locator('h3')).toHaveText(
				t.draft_groups_title!.replace('{count}', '3')
			);

			// 5000万元 on the indicator in 亿元: converted, and said.
			const unitLine = page.getByTestId('draft-group-unit');
			await expect(unitLine).toHaveAttribute('data-converted', 'true');
			await expect(unitLine).toContainText(lang === 'zh' ? '0.5 亿元' : '0.05 bn yuan');

			// The listed-firms candidate moved onto the finance indicator: two indicators left.
			const second = candidates.nth(1).getByTestId('candidate-group');
			const first = await candidates.nth(0).getByTestId('candidate-group').getAttribute('data-group');
			await second.selectOption(first!);
			await expect(groups).toHaveCount(2);
			await expect(groups.first()).toHaveAttribute('data-count', '2');
			await expect(groups.first()).toContainText(t.draft_group_count!.replace('{count}', '2'));
			await expect(second).toHaveAttribute('data-group', first!);

			// And split off onto one of its own.
			await second.selectOption('new');
			await expect(groups).toHaveCount(3);
			await expect(groups.first()).toHaveAttribute('data-count', '1');
			// One candidate in the singular ("1 candidates" read wrong; Chinese has no plural).
			await expect(groups.first()).toContainText(t.draft_group_count_one!);
			if (lang === 'en') await expect(groups.first()).not.toContainText('1 candidates');
		});
	});
}
