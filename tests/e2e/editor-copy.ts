/** Opening the editor on a copy of the built-in model, as a reader would, for the editor specs. */
import { expect, type Page } from '@playwright/test';
import { openReady } from './helpers';

/** Duplicates the built-in Shinan model on /models and opens the copy in the editor. */
export async function openCopyInEditor(page: Page): Promise<void> {
	await openReady(page, '/models');
	await page.getByTestId('models-builtin').getByTestId('model-duplicate').click();
	await expect(page.getByTestId('model-row')).toHaveCount(1);
	await page.getByTestId('model-row').getByTestId('model-edit').click();
	await expect(page).toHaveURL(/\/models\/edit\?id=/, { timeout: 15_000 });
}
