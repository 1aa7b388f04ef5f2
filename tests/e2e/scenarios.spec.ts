import { expect, test, type Page } from '@playwright/test';
import { expectResults, expectView, messages, model, numberBox, openReady } from './helpers';

test.use({ locale: 'en-US' });

const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';
const PREFIX = 'target-scenarios:';
const en = messages('en');
const zh = messages('zh');

/** Every target's status on the page, by id. */
function statuses(page: Page): Promise<Record<string, string>> {
	return page
		.locator('[data-target]')
		.evaluateAll((rows) =>
			Object.fromEntries(rows.map((r) => [r.getAttribute('data-target'), r.getAttribute('data-status')]))
		);
}

/** A saved entry as the store writes it (schema 2). */
function entry(id: string, name: string, scenario: Record<string, number>) {
	const time = '2025-03-01T10:00:00.000Z';
	return { schema: 2, id, name, modelId: 'shinan-2022-2026', createdAt: time, updatedAt: time, scenario };
}

/**
 * Writes `entries` (and the index) into the page's storage, raw strings as they are, for the next load to
 * find. Waits for the page's first results before writing: the app reads storage once the model has loaded,
 * and a read after the write would already set bad entries aside on this load, leaving nothing to report
 * after the reload (a race that failed one CI run).
 */
async function seed(page: Page, entries: Record<string, unknown>): Promise<void> {
	await expectResults(page);
	await page.evaluate(
		({ entries, prefix }) => {
			for (const [id, value] of Object.entries(entries)) {
				localStorage.setItem(
					`${prefix}scenario:${id}`,
					typeof value === 'string' ? value : JSON.stringify(value)
				);
			}
			localStorage.setItem(`${prefix}index`, JSON.stringify({ version: 1, ids: Object.keys(entries) }));
		},
		{ entries, prefix: PREFIX }
	);
}

async function saveFromMenu(page: Page, name: string): Promise<void> {
	await page.getByTestId('scenario-menu').click();
	const panel = page.getByTestId('scenario-menu-panel');
	await panel.getByRole('textbox').fill(name);
	await panel.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(panel.getByRole('status')).toContainText(`Saved “${name}”`);
}

test('a saved scenario survives a reload and reproduces the same results', async ({ page }) => {
	await openReady(page, '/');
	const plan = await statuses(page);
	await numberBox(page, KEY).fill('8');
	await expectView(page, KEY, '8', { [TARGET]: 'miss' });
	const changed = await statuses(page);
	const headline = await page.getByTestId('headline').innerText();
	expect(changed).not.toEqual(plan);

	await saveFromMenu(page, 'Slow finance');
	await expect(page.getByTestId('scenario-menu-current')).toHaveText('Slow finance');

	// A fresh load of the plain address: the plan again, the scenario still saved.
	await page.goto('/');
	await expectResults(page);
	await expectView(page, KEY, '10', { [TARGET]: /^(met|at-risk)$/ });
	expect(await statuses(page)).toEqual(plan);

	await page.getByTestId('scenario-menu').click();
	await page.getByTestId('scenario-menu-panel').getByRole('button', { name: 'Slow finance' }).click();
	await expectView(page, KEY, '8', { [TARGET]: 'miss' });
	await expect.poll(() => statuses(page)).toEqual(changed);
	await expect(page.getByTestId('headline')).toHaveText(headline);
});

test('saved scenarios can be renamed, duplicated, updated and deleted (after a confirmation)', async ({
	page
}) => {
	await page.goto('/scenarios');
	await seed(page, { aaaa1111: entry('aaaa1111', 'Fast GDP', { 'gdp.rate': 0.06 }) });
	await page.reload();
	await expectResults(page);
	const list = page.getByTestId('saved-scenarios');
	const row = list.locator('[data-scenario="aaaa1111"]');
	await expect(row).toContainText('Fast GDP');
	await expect(row).toContainText('assumptions changed: 1');

	await row.locator('[data-action="rename"]').click();
	await row.getByRole('textbox').fill('Faster GDP');
	await row.getByRole('button', { name: 'Save' }).click();
	await expect(row).toContainText('Faster GDP');

	await row.locator('[data-action="duplicate"]').click();
	await expect(list.locator('[data-name="Faster GDP (2)"]')).toBeVisible();

	// Open it, change something on the overview (an in-app move keeps the state), update it.
	await row.locator('[data-action="open"]').click();
	await expect(page.getByTestId('current-name')).toHaveText('Faster GDP');
	await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
	await expectResults(page);
	await numberBox(page, KEY).fill('9');
	await expect(page.getByTestId('scenario-menu-current')).toHaveText('Faster GDP (changed)');
	await page.getByTestId('scenario-menu').click();
	await page.getByTestId('menu-update').click();
	await expect(page.getByTestId('scenario-menu-panel').getByRole('status')).toContainText(
		'Updated “Faster GDP”'
	);
	const stored = await page.evaluate(
		(k) => JSON.parse(localStorage.getItem(k) ?? '{}'),
		`${PREFIX}scenario:aaaa1111`
	);
	expect(stored.scenario).toEqual({ 'gdp.rate': 0.06, [KEY]: 0.09 });

	await page
		.getByTestId('scenario-menu-panel')
		.getByRole('link', { name: /Manage/ })
		.click();
	const copy = list.locator('[data-name="Faster GDP (2)"]');
	await copy.locator('[data-action="delete"]').click();
	await expect(copy).toContainText('Delete “Faster GDP (2)”?');
	await copy.locator('[data-action="confirm-delete"]').click();
	await expect(copy).toHaveCount(0);
	await expect(list.locator('[data-scenario="aaaa1111"]')).toBeVisible();
});

test('a corrupt saved entry is set aside and reported; the other scenarios are still listed', async ({
	page
}) => {
	await page.goto('/');
	await seed(page, {
		good0001: entry('good0001', 'Still here', { 'gdp.rate': 0.05 }),
		bad00001: '{"schema": 2, "name": "broken", ',
		bad00002: JSON.stringify({ schema: 2, id: 'bad00002', name: 42 })
	});
	await page.reload();
	await expectResults(page);
	// Reported on any page…
	await expect(page.getByTestId('storage-notice')).toContainText('could not be read: 2');
	await page.getByTestId('storage-notice').getByRole('link').click();
	// … and in detail on the scenarios page: what is wrong, where it was put, what is left.
	const problems = page.getByTestId('storage-problems');
	await expect(problems).toContainText('saved scenario bad00001 is not valid JSON');
	await expect(problems).toContainText('saved scenario bad00002 cannot be read');
	await expect(problems.locator('[data-quarantine]')).toHaveCount(2);
	await expect(page.getByTestId('saved-scenarios').locator('[data-scenario="good0001"]')).toContainText(
		'Still here'
	);

	// The raw text can be downloaded, untouched.
	const first = problems.locator('[data-quarantine*="bad00001"]');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		first.getByRole('button', { name: 'Download raw text' }).click()
	]);
	const text = await download.createReadStream().then(async (stream) => {
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks).toString('utf8');
	});
	expect(text).toBe('{"schema": 2, "name": "broken", ');

	// Discarding asks first, then deletes only that entry.
	await first.getByRole('button', { name: 'Discard' }).click();
	await first.getByRole('button', { name: 'Discard' }).last().click();
	await expect(problems.locator('[data-quarantine]')).toHaveCount(1);
	await page.reload();
	await expectResults(page);
	await expect(page.getByTestId('storage-problems').locator('[data-quarantine]')).toHaveCount(1);
	await expect(page.getByTestId('saved-scenarios').locator('[data-scenario="good0001"]')).toBeVisible();
});

test('a full storage is reported with the store message, and nothing is half-saved', async ({ page }) => {
	await page.addInitScript((prefix) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith(`${prefix}scenario:`))
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return setItem.call(this, key, value);
		};
	}, PREFIX);
	await openReady(page, '/scenarios');
	await page.getByTestId('save-name').fill('Too big');
	await page.getByTestId('save-scenario').click();
	const alert = page.getByTestId('current-scenario').getByRole('alert');
	await expect(alert).toContainText('Not saved');
	await expect(alert).toContainText('browser storage is full');
	await expect(page.getByTestId('saved-scenarios').locator('[data-name="Too big"]')).toHaveCount(0);
});

test('without browser storage the app still works and says scenarios last this session only', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await openReady(page, '/scenarios');
	// The language may fall back to Chinese here: the remembered choice lives in the storage that is refused.
	await expect(page.getByTestId('storage-unavailable')).toContainText(
		new RegExp(`${en.sc_storage_unavailable_title}|${zh.sc_storage_unavailable_title}`)
	);
	await page.getByTestId('save-name').fill('Session only');
	await page.getByTestId('save-scenario').click();
	await expect(page.getByTestId('saved-scenarios').locator('[data-name="Session only"]')).toBeVisible();
});

test('compare: up to three scenarios beside the plan, with statuses, differences and overlaid paths', async ({
	page
}) => {
	await page.goto('/');
	await seed(page, {
		slowfin1: entry('slowfin1', 'Slow finance', { [KEY]: 0.08 }),
		slowdig1: entry('slowdig1', 'Slow digital', { 'digital_core_value_added.rate': 0.15 })
	});
	await openReady(page, '/scenarios');
	// Picked on the scenarios page (in saved order), opened in the app.
	const list = page.getByTestId('saved-scenarios');
	await list.getByRole('checkbox', { name: 'Compare “Slow finance”' }).check();
	await list.getByRole('checkbox', { name: 'Compare “Slow digital”' }).check();
	await page.getByTestId('compare-selected').click();
	await expect(page).toHaveURL(/\/compare\?ids=slowfin1,slowdig1/);
	const table = page.getByTestId('compare-table');
	await expect(table.locator('[data-cmp-met="slowfin1"]')).toContainText('of 37 met');
	const row = table.locator(`[data-cmp-target="${TARGET}"]`);
	await expect(row.locator('[data-cmp-scenario="plan"]')).toHaveAttribute('data-status', /^(met|at-risk)$/);
	await expect(row.locator('[data-cmp-scenario="slowfin1"]')).toHaveAttribute('data-status', 'miss');
	await expect(row.locator('[data-cmp-scenario="slowfin1"]')).toContainText('vs plan');
	await expect(row.locator('[data-cmp-scenario="slowdig1"]')).toHaveAttribute(
		'data-status',
		/^(met|at-risk)$/
	);
	// Only the targets that differ are listed at first; all of them on request.
	const shown = await table.locator('[data-cmp-target]').count();
	expect(shown).toBeLessThan(model.targets.length);
	await page.getByTestId('compare-only-differing').uncheck();
	await expect(table.locator('[data-cmp-target]')).toHaveCount(model.targets.length);

	// The chart: the plan and both scenarios, each its own colour and dash pattern, in the legend too.
	await page.getByTestId('compare-indicator').selectOption('finance_value_added');
	const chart = page.getByTestId('compare-chart');
	await expect(chart.locator('.legend li')).toHaveCount(4);
	const looks = await chart.locator('svg[role="img"] g.line path').evaluateAll((paths) =>
		paths.map((p) => {
			const style = getComputedStyle(p);
			return `${style.stroke} ${style.strokeDasharray}`;
		})
	);
	expect(looks).toHaveLength(3);
	expect(new Set(looks).size).toBe(3);

	// The selection is in the address and can be changed.
	await expect(page).toHaveURL(/ids=slowfin1,slowdig1/);
	await page.locator('[data-compare-option="slowdig1"]').uncheck();
	await expect(page).toHaveURL(/ids=slowfin1(?!,)/);
	await expect(table.locator('thead [data-cmp-scenario]')).toHaveCount(1);
});

test('compare: a scenario in the link that is not saved here is named', async ({ page }) => {
	await openReady(page, '/compare?ids=nothere1');
	await expect(page.getByTestId('compare-missing')).toContainText('nothere1');
});
