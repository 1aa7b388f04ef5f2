import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectResults, messages, openReady, targetRow } from './helpers';

// Two cores shared with other sessions' builds: a route's first chunk or a worker's answer can take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/** The Shinan copy's editor, opened from /models the way a reader would. */
async function openCopyInEditor(page: Page): Promise<void> {
	await openReady(page, '/models');
	await page.getByTestId('models-builtin').getByTestId('model-duplicate').click();
	await expect(page.getByTestId('model-row')).toHaveCount(1);
	await page.getByTestId('model-row').getByTestId('model-edit').click();
	await expect(page).toHaveURL(/\/models\/edit\?id=/);
}

const count = (page: Page) => page.getByTestId('preview-count');
const metOf = async (page: Page) => Number(await count(page).getAttribute('data-met'));

for (const lang of ['zh', 'en'] as const) {
	test.describe(`the model editor in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		const t = messages(lang);

		test('change a rate, see the verdict change, fix a bad formula, undo/redo, reload, use it', async ({
			page
		}) => {
			// Many steps, two of them a first formula parse in a worker (the preview's, then the app's).
			test.setTimeout(180_000);
			await openCopyInEditor(page);
			await expect(count(page)).toBeVisible({ timeout: 20_000 });
			const before = await metOf(page);
			const total = Number(await count(page).getAttribute('data-total'));
			await expect(
				page.locator('[data-testid="preview-row"][data-target="tech_contract_turnover_level"]')
			).toHaveAttribute('data-met', 'true');

			// No growth in technology contract turnover: its level target is now missed, live.
			const rate = page.getByTestId('rate-tech_contract_turnover');
			await rate.fill('0');
			await rate.press('Enter');
			await expect(count(page)).toHaveAttribute('data-met', String(before - 1));
			await expect(count(page)).toHaveText(
				t.editor_preview_count!.replace('{met}', String(before - 1)).replace('{total}', String(total))
			);
			await expect(
				page.locator('[data-testid="preview-row"][data-target="tech_contract_turnover_level"]')
			).toHaveAttribute('data-met', 'false');

			// A formula cut short: the message, in the reader's language, points at the character after "/ ".
			const formula = page.getByTestId('formula-digital_core_share');
			const original = await formula.inputValue();
			await formula.fill('digital_core_value_added / ');
			const problem = page.getByTestId('formula-problem');
			// The first formula typed fetches the parser into the preview's worker: allow for it.
			await expect(problem).toHaveText(
				t.editor_formula_at!.replace('{n}', '28').replace('{problem}', t.editor_formula_end!),
				{ timeout: 20_000 }
			);
			await expect(problem).toHaveAttribute('data-at', '27');
			await expect(page.getByTestId('formula-pointer')).toContainText('^');
			await formula.fill('digital_core_value_added / gdp * 1');
			await expect(page.getByTestId('formula-fine')).toHaveText(t.editor_formula_fine!);
			await formula.press('Enter');

			// Undo the formula with the keyboard (outside a text box), redo it with the button.
			await page.getByTestId('editor-model-title').click();
			await page.keyboard.press('Control+z');
			await expect(formula).toHaveValue(original);
			await expect(rate).toHaveValue('0');
			await page.getByTestId('editor-redo').click();
			await expect(formula).toHaveValue('digital_core_value_added / gdp * 1');
			await page.keyboard.press('Control+z');
			await expect(formula).toHaveValue(original);
			await page.keyboard.press('Control+Shift+z');
			await expect(formula).toHaveValue('digital_core_value_added / gdp * 1');

			// Saved as it went: a reload opens the edited model.
			await page.reload();
			await expect(page.getByTestId('rate-tech_contract_turnover')).toHaveValue('0');
			await expect(page.getByTestId('formula-digital_core_share')).toHaveValue(
				'digital_core_value_added / gdp * 1'
			);
			await expect(count(page)).toHaveAttribute('data-met', String(before - 1), { timeout: 20_000 });

			// Use it: the overview runs the edited model.
			// The overview's address names the stored model it runs (`model=ID`), so a shared link opens it.
			const id = new URL(page.url()).searchParams.get('id');
			await page.getByTestId('editor-use').click();
			await expect(page).toHaveURL(new RegExp(`/\\?(.*&)?model=${id}(&|$)`), { timeout: 60_000 });
			await expectResults(page);
			await expect(targetRow(page, 'tech_contract_turnover_level')).toHaveAttribute('data-status', 'miss');
		});
	});
}

test.describe('two tabs', () => {
	test.use({ locale: 'en-US' });
	const t = messages('en');

	test('a save from an old revision is refused: the edit is kept, then keep both', async ({ context }) => {
		test.setTimeout(90_000);
		const first = await context.newPage();
		await openCopyInEditor(first);
		const second = await context.newPage();
		await second.goto(first.url());
		await expect(count(second)).toBeVisible({ timeout: 20_000 });

		const box = (page: Page) => page.getByTestId('rate-tech_contract_turnover');
		await box(first).fill('1');
		await box(first).press('Enter');
		await expect(first.getByTestId('editor-saved')).toHaveAttribute('data-revision', '2');
		await box(second).fill('2');
		await box(second).press('Enter');
		await expect(second.getByTestId('editor-conflict')).toContainText(t.editor_conflict!);
		await expect(box(second)).toHaveValue('2');
		await second.getByTestId('editor-keep-both').click();
		await expect(second.getByTestId('editor-model-title')).toHaveText(/\(copy\) \(copy\)$/);
		await expect(box(second)).toHaveValue('2');
		await first.reload();
		await expect(box(first)).toHaveValue('1');
	});
});
