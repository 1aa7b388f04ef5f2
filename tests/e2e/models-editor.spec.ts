import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectResults, messages, targetRow } from './helpers';
import { openCopyInEditor } from './editor-copy';

// Two cores shared with other sessions' builds: a route's first chunk or a worker's answer can take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

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
			// The overview, at the English reader's address (`/en`) in English.
			await expect(page).toHaveURL(new RegExp(`/(en)?\\?(.*&)?model=${id}(&|$)`), { timeout: 60_000 });
			await expectResults(page);
			await expect(targetRow(page, 'tech_contract_turnover_level')).toHaveAttribute('data-status', 'miss');
		});

		test('add a field and an indicator with a target, rename it, delete it with its target, undo', async ({
			page
		}) => {
			test.setTimeout(180_000);
			await openCopyInEditor(page);
			await expect(count(page)).toBeVisible({ timeout: 20_000 });
			const total = Number(await count(page).getAttribute('data-total'));
			const cards = page.getByTestId('editor-indicator');
			const n = await cards.count();

			// A field, then an indicator in it; a malformed id is refused at its JSON path, in the reader's words.
			await page.getByTestId('new-field-id').fill('tourism');
			await page.getByTestId('new-field-zh').fill('文旅');
			await page.getByTestId('new-field-en').fill('Tourism');
			await page.getByTestId('add-field').click();
			await expect(page.locator('[data-testid="editor-field"][data-id="tourism"]')).toBeVisible();

			await page.getByTestId('new-indicator-id').fill('Parks!');
			await page.getByTestId('new-indicator-zh').fill('公园');
			await page.getByTestId('new-indicator-en').fill('Parks');
			await page.getByTestId('new-indicator-unit').selectOption('个');
			await page.getByTestId('new-indicator-field').selectOption('tourism');
			await page.getByTestId('indicator-add-submit').click();
			const refusedId = page.locator(
				`[data-testid="refused-new-indicator"] li[data-path="$.indicators[${n}].id"]`
			);
			await expect(refusedId).toContainText(t.issue_edit_bad_id!.split('{got}')[1]!.slice(0, 12));
			await page.getByTestId('new-indicator-id').fill('parks');
			await page.getByTestId('indicator-add-submit').click();
			await expect(cards).toHaveCount(n + 1);
			await expect(page.getByTestId('field-parks')).toHaveValue('tourism');

			// Its base with a source and its yearly additions; then a target on it.
			await page.getByTestId('source-text-parks').fill('assumed for the test');
			await page.getByTestId('base-parks').fill('10');
			await page.getByTestId('base-parks').press('Enter');
			await page.getByTestId('annual-parks').fill('2');
			await page.getByTestId('annual-parks').press('Enter');
			await page.getByTestId('add-indicator').selectOption('parks');
			await page.getByTestId('add-kind').selectOption('level');
			await page.getByTestId('add-threshold').fill('30');
			await page.getByTestId('add-threshold').press('Tab');
			await page.getByTestId('add-quote').fill('公园达到30个');
			await page.getByTestId('add-target').click();
			await expect(count(page)).toHaveAttribute('data-total', String(total + 1), { timeout: 20_000 });
			const targetId = await page.getByTestId('editor-target').last().getAttribute('data-id');

			// Rename its id and names in one edit: the target follows.
			await page.getByTestId('rename-parks').click();
			await page.getByTestId('rename-id').fill('city_parks');
			await page.getByTestId('rename-zh').fill('城市公园');
			await page.getByTestId('rename-en').fill('City parks');
			await page.getByTestId('rename-apply').click();
			const card = page.locator('[data-testid="editor-indicator"][data-id="city_parks"]');
			await expect(card.locator('h3')).toContainText(lang === 'zh' ? '城市公园' : 'City parks');
			await expect(page.getByTestId(`target-indicator-${targetId}`)).toHaveValue('city_parks');

			// Delete it: the confirmation names the target that goes with it; undo brings both back.
			await page.getByTestId('delete-city_parks').click();
			await expect(page.getByTestId('delete-targets')).toHaveAttribute('data-count', '1');
			await expect(page.getByTestId('delete-targets')).toContainText(targetId!);
			await page.getByTestId('delete-apply').click();
			await expect(card).toHaveCount(0);
			await expect(count(page)).toHaveAttribute('data-total', String(total), { timeout: 20_000 });
			await page.getByTestId('editor-undo').click();
			await expect(card).toHaveCount(1);
			await expect(page.getByTestId(`target-indicator-${targetId}`)).toHaveValue('city_parks');
			await expect(count(page)).toHaveAttribute('data-total', String(total + 1), { timeout: 20_000 });

			// A unit change under a target says what it does to the threshold before it applies.
			await page.getByTestId('unit-talent_attracted').selectOption('人');
			await expect(page.getByTestId('unit-change-line')).toHaveText(
				t
					.editor_unit_threshold!.replace('{target}', 'talent_attracted_total')
					// As every page shows it: English shows 20 万人 as 200000 people, before and after.
					.replace('{before}', lang === 'zh' ? '20 万人' : '200000 people')
					.replace('{after}', `200000 ${lang === 'zh' ? '人' : 'people'}`)
			);
			await page.getByTestId('unit-change-apply').click();
			await expect(page.getByTestId('unit-talent_attracted')).toHaveValue('人');
			await expect(page.getByTestId('unit-change-talent_attracted')).toHaveCount(0);
		});
	});
}
