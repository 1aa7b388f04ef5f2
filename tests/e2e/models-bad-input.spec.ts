/**
 * Bad input on /models/new and in the editor (issue 10 §3), in both languages: each gets its message in
 * the reader's language and loses nothing typed. Here: an empty text, another language, a text with no
 * numbers, a text over 200 KB, a full browser storage when saving a draft, a formula that reads itself
 * (a cycle), and the same model edited in two tabs. (Deleting an indicator targets use and a unit
 * changed under targets: models-editor.spec.ts; units on /models/new: models-units.spec.ts.)
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { draftPlan } from './draft-plan';
import { messages, openReady } from './helpers';
import { openCopyInEditor } from './editor-copy';

// The drafting worker's and the editor's first answers can take seconds on a shared machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const MODEL_PREFIX = 'target-scenarios:model:';

/** The message with its `{…}` parameters as a pattern (each any text). */
function pattern(message: string): RegExp {
	const parts = message.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(parts.join('.+'));
}

for (const lang of ['zh', 'en'] as const) {
	test.describe(`bad input in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		const t = messages(lang);

		test('empty text, another language, no numbers and 200 KB are refused with their reasons; the text stays', async ({
			page
		}) => {
			await openReady(page, '/models/new');
			const box = page.getByTestId('plan-text');
			const problem = page.getByTestId('plan-problem').locator('p');
			await page.getByTestId('plan-draft').click();
			await expect(problem).toHaveText(t.models_new_problem_empty!);
			await box.fill('Over the next 5 years we will hold 3 meetings.');
			await page.getByTestId('plan-draft').click();
			await expect(problem).toHaveText(t.models_new_problem_other_language!);
			await expect(box).toHaveValue('Over the next 5 years we will hold 3 meetings.');
			await box.fill('坚持稳中求进工作总基调，推动高质量发展。');
			await page.getByTestId('plan-draft').click();
			await expect(problem).toHaveText(t.models_new_problem_no_numbers!);
			await expect(box).toHaveValue('坚持稳中求进工作总基调，推动高质量发展。');

			const long = '到2026年,地区生产总值达到1800亿元。'.repeat(5000);
			await box.fill(long);
			await page.getByTestId('plan-draft').click();
			await expect(problem).toHaveText(pattern(t.models_new_problem_too_long!));
			await expect(problem).toContainText(/\d{3} KB/);
			expect((await box.inputValue()).length).toBe(long.length);
			await expect(page.getByTestId('candidate')).toHaveCount(0);
		});

		test('a full storage on saving a draft is said, and the text and review stay', async ({ page }) => {
			await page.addInitScript((prefix) => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key.startsWith(prefix))
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					return setItem.call(this, key, value);
				};
			}, MODEL_PREFIX);
			await openReady(page, '/models/new');
			const text = '今后五年,金融业增加值年均增长10%,新增上市企业10家以上。';
			await draftPlan(page, text, '2021');
			await expect(page.getByTestId('candidate')).toHaveCount(2);
			await page.getByTestId('accept-all').click();
			await page.getByTestId('plan-save').click();
			const error = page.getByTestId('plan-store-error');
			await expect(error).toHaveText(
				pattern(t.issue_model_storage_full!.replace(/^./, (c) => c.toUpperCase()))
			);
			// In the reader's language: not the browser's English fallback.
			await expect(error.locator('[lang="en"]')).toHaveCount(0);
			await expect(page).toHaveURL(/\/models\/new/);
			await expect(page.getByTestId('plan-text')).toHaveValue(text);
			await expect(page.locator('[data-testid="candidate"][data-decision="accepted"]')).toHaveCount(2);
		});

		test('a formula that reads itself is a cycle, said beside it and pointing at the name', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await openCopyInEditor(page);
			const formula = page.getByTestId('formula-digital_core_share');
			await formula.fill('digital_core_value_added / digital_core_share');
			const problem = page.getByTestId('formula-problem');
			await expect(problem).toHaveText(pattern(t.editor_formula_at!), { timeout: 30_000 });
			await expect(problem).toContainText('digital_core_share → digital_core_share');
			await expect(problem).toHaveAttribute('data-at', '27');
			await expect(formula).toHaveValue('digital_core_value_added / digital_core_share');
		});

		test('the same model edited in two tabs: said at once, the later save refused, the edit kept, both kept', async ({
			context
		}) => {
			test.setTimeout(120_000);
			const first = await context.newPage();
			await openCopyInEditor(first);
			const title = await first.getByTestId('editor-model-title').textContent();
			const second = await context.newPage();
			await second.goto(first.url());
			await expect(second.getByTestId('preview-count')).toBeVisible();
			const box = (page: Page) => page.getByTestId('rate-tech_contract_turnover');
			await box(first).fill('1');
			await box(first).press('Enter');
			await expect(first.getByTestId('editor-saved')).toHaveAttribute('data-revision', '2');
			// The other tab hears of it at once (a storage event), before any edit of its own.
			await expect(second.getByTestId('editor-conflict')).toContainText(t.editor_conflict!);
			await expect(box(second)).not.toHaveValue('1');
			await box(second).fill('2');
			await box(second).press('Enter');
			await expect(second.getByTestId('editor-conflict')).toContainText(t.editor_conflict!);
			await expect(box(second)).toHaveValue('2');
			await second.getByTestId('editor-keep-both').click();
			await expect(second.getByTestId('editor-model-title')).not.toHaveText(title!);
			await expect(box(second)).toHaveValue('2');
			await first.reload();
			await expect(box(first)).toHaveValue('1');
		});
	});
}
