import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runCli } from '../../src/cli/run-cli';
import { MET, messages, model, openReady, problems, scrollToLazy, slider, targetRow } from './helpers';

// Words are read in English.
test.use({ locale: 'en-US' });

const en = messages('en');

/** The Monte Carlo block on the page, its progress bar and its buttons. */
function monteCarlo(page: Page) {
	const panel = page.getByTestId('monte-carlo').first();
	return {
		panel,
		run: panel.getByTestId('mc-run'),
		cancel: panel.getByTestId('mc-cancel'),
		samples: panel.getByTestId('mc-samples'),
		progress: panel.getByTestId('mc-progress'),
		status: panel.getByTestId('mc-status')
	};
}

/** The probabilities on the overview, by target id, in one round trip. */
function probabilities(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[data-target]')].flatMap((row) => {
				const p = row.querySelector('[data-probability]')?.getAttribute('data-p');
				return p == null ? [] : [[row.getAttribute('data-target'), Number(p)]];
			})
		)
	);
}

test('a Monte Carlo run puts a probability on every target and on every field with targets', async ({
	page
}) => {
	const errors = problems(page);
	await openReady(page, '/');
	const mc = monteCarlo(page);
	// Nothing is computed until asked: no pool workers, no probabilities.
	expect(await probabilities(page)).toEqual({});
	await mc.run.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	await expect(mc.progress).toHaveAttribute('role', 'progressbar');
	await expect(mc.progress).toHaveAttribute('aria-valuenow', '100');

	const p = await probabilities(page);
	expect(Object.keys(p).sort()).toEqual(model.targets.map((t) => t.id).sort());
	for (const [id, value] of Object.entries(p)) {
		expect(value, id).toBeGreaterThanOrEqual(0);
		expect(value, id).toBeLessThanOrEqual(1);
	}
	// Text first: the percentage is written out beside the bar.
	await expect(targetRow(page, 'finance_value_added_growth').locator('[data-probability]')).toContainText(
		/P\(met\) (\d+|<1|>99)%/
	);
	// Every field but the economy's context indicator has targets.
	await expect(page.locator('[data-field-probability]')).toHaveCount(10);
	await expect(page.locator('[data-probability-all]')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a Monte Carlo result downloads as tables and as a file whose command reproduces it exactly', async ({
	page
}) => {
	// A scenario, an actual figure and an uncertainty of its own, besides the preset.
	await openReady(
		page,
		'/?v=1&s=gdp.rate:0.05&a=domestic_capital_used.2023:201&u=finance_value_added.rate:normal_0.1_0.03'
	);
	const mc = monteCarlo(page);
	await expect(page.getByTestId('mc-downloads')).toHaveCount(0);
	await mc.run.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	const shown = await probabilities(page);
	const downloads = page.getByTestId('mc-downloads');

	const save = async (kind: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			downloads.locator(`[data-mc-download="${kind}"]`).click()
		]);
		return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
	};
	const table = await save('probabilities');
	expect(table.name).toMatch(/^shinan-2022-2026_\d{4}-\d{2}-\d{2}_probabilities\.csv$/);
	expect(table.text).toContain('kind,id,probability,samples,seed,name');
	expect(table.text).toContain(
		`target,finance_value_added_growth,${shown.finance_value_added_growth},10000,`
	);
	expect((await save('bands')).text).toContain('indicator,year,unit,p5,p25,p50,p75,p95,mean');

	const json = await save('json');
	const file = JSON.parse(json.text);
	expect(file.format).toBe('target-scenarios/monte-carlo');
	// What was drawn, the preset included: every other growth rate at sd 2 points.
	expect(file.uncertainty.params['finance_value_added.rate']).toEqual({
		type: 'normal',
		mean: 0.1,
		sd: 0.03
	});
	expect(file.uncertainty.sd['gdp.rate']).toBe(0.02);
	// Saved under its own name, the file's command gives the same numbers, exactly.
	const dir = mkdtempSync(join(tmpdir(), 'mc-download-'));
	await writeFile(join(dir, json.name), json.text);
	const argv = file.cli.split(' ').map((w: string) => w.replace(/^'(.*)'$/, '$1'));
	expect(argv.slice(0, 5)).toEqual(['npm', 'run', '-s', 'simulate', '--']);
	const cli = runCli(argv.slice(5), (path) => readFileSync(path, 'utf8'), { cwd: dir });
	expect(cli.stderr).toBe('');
	const report = JSON.parse(cli.stdout);
	const fromCli = Object.fromEntries(
		report.targets.map((t: { id: string; probability: number }) => [t.id, t.probability])
	);
	expect(fromCli).toEqual(shown);
	// The bands too, to the last bit: the browser's and Node's engines share no Math.log or Math.cos, so
	// the draws use portable maths (src/lib/engine/monte-carlo/portable-math.ts).
	expect(report.monteCarlo.bands).toEqual(file.result.bands);
});

test('a large Monte Carlo run can be cancelled: the progress stops and the page says so', async ({
	page
}) => {
	const errors = problems(page);
	await openReady(page, '/');
	const mc = monteCarlo(page);
	await mc.samples.fill('500000');
	await mc.run.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'running');
	await expect
		.poll(async () => Number(await mc.progress.getAttribute('aria-valuenow')), { timeout: 30_000 })
		.toBeGreaterThan(0);
	await mc.cancel.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'cancelled');
	await expect(mc.status).toHaveText(en.an_mc_cancelled!);
	await expect(mc.cancel).toBeDisabled();
	const stopped = await mc.progress.getAttribute('aria-valuenow');
	expect(Number(stopped)).toBeLessThan(100);
	// Given time, nothing moves and no result appears.
	await page.waitForTimeout(1500);
	await expect(mc.progress).toHaveAttribute('aria-valuenow', stopped!);
	expect(await probabilities(page)).toEqual({});
	expect(errors).toEqual([]);
});

test('after a run, releasing a slider recomputes the probabilities for the new assumptions', async ({
	page
}) => {
	await openReady(page, '/');
	const mc = monteCarlo(page);
	await mc.run.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	const before = (await probabilities(page)).finance_value_added_growth!;
	// Five steps down from the plan's 10 % (each key press is an input and a release).
	await slider(page, 'finance_value_added.rate').focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	await expect
		.poll(async () => (await probabilities(page)).finance_value_added_growth, { timeout: 30_000 })
		.toBeLessThan(before);
	await expect(mc.panel).toHaveAttribute('data-stale', 'false');
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'done');
});

test('an uncertainty of its own changes a target’s probability; a bad one says why beside the field', async ({
	page
}) => {
	await openReady(page, '/');
	const mc = monteCarlo(page);
	await mc.run.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });

	const disclosure = page.locator('[data-uncertainty="finance_value_added.rate"]');
	if (!(await disclosure.isVisible())) {
		await page.locator('[data-testid="assumptions"] button[aria-expanded="false"]').click();
	}
	await disclosure.locator('summary').click();
	const editor = page.locator('[data-uncertainty-editor="finance_value_added.rate"]');
	await editor.locator('select').selectOption('normal');
	await editor.locator('[data-uncertainty-field="sd"]').fill('-1');
	await expect(editor).toContainText(en.an_unc_error_negative!);
	await expect(editor.locator('[data-uncertainty-field="sd"]')).toHaveAttribute('aria-invalid', 'true');
	// 20 % ± 0.1 pp a year: the 10 % target is met in every sample.
	await editor.locator('[data-uncertainty-field="mean"]').fill('20');
	await editor.locator('[data-uncertainty-field="sd"]').fill('0.1');
	await expect(disclosure.locator('summary')).toContainText('20.0%');
	await expect
		.poll(async () => (await probabilities(page)).finance_value_added_growth, { timeout: 30_000 })
		.toBe(1);
});

test('an actual below the plan raises the growth still needed and shows the progress', async ({ page }) => {
	await openReady(page, '/indicator/finance_value_added');
	const row = targetRow(page, 'finance_value_added_growth');
	await expect(row.locator('[data-required-remaining]')).toHaveCount(0);
	const dots = page.locator('[data-testid="indicator-chart"] svg[role="img"] circle');
	const dotsBefore = await dots.count();
	// The plan has 331.3 亿元 (¥33.13 bn) in 2023 (10 % a year from 273.8); English types ¥ bn, and
	// ¥30 bn (300 亿元) is well below.
	const input = page.locator('[data-actual-input="2023"]');
	await input.fill('30');
	await input.press('Enter');
	const remaining = row.locator('[data-required-remaining]');
	await expect(remaining).toBeVisible();
	expect(Number(await remaining.getAttribute('data-required-remaining'))).toBeGreaterThan(0.1);
	await expect(remaining).toContainText('2024');
	await expect(row).toHaveAttribute(
		'data-progress',
		/^(on_track|acceleration_needed|limited_progress|deterioration)$/
	);
	// The chart marks the observed value with a dot, and its legend names it.
	await expect(dots).toHaveCount(dotsBefore + 1);
	await expect(page.getByTestId('indicator-chart')).toContainText(en.an_chart_actual!);

	// A value that is not a number is refused beside the field; the last good one stays in use.
	const next = page.locator('[data-actual-input="2024"]');
	await next.fill('abc');
	await next.press('Enter');
	await expect(next).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('[data-actuals-table] [role="alert"]')).toHaveText(
		en.number_not_a_number!.replace('{text}', 'abc')
	);
	expect(Number(await remaining.getAttribute('data-required-remaining'))).toBeGreaterThan(0.1);
});

test('the published example loads with its sources and marks the targets it bears on; clear removes it', async ({
	page
}) => {
	await openReady(page, '/');
	await page.getByTestId('actuals-load-example').click();
	await expect(page.getByTestId('actuals-controls')).toHaveAttribute('data-actuals-count', '5');
	await expect(page.locator('[data-target][data-progress]').first()).toBeVisible();
	await expect(targetRow(page, 'domestic_capital_cumulative')).toHaveAttribute('data-progress', /.+/);
	await page.getByTestId('actuals-controls').locator('details summary').click();
	await expect(page.getByTestId('actuals-controls')).toContainText('20.1 billion yuan');
	await page.getByTestId('actuals-clear').click();
	await expect(page.locator('[data-target][data-progress]')).toHaveCount(0);
});

test('the consistency findings say the digital share holds only while GDP grows at most 4.47 %', async ({
	page
}) => {
	await openReady(page, '/');
	// The section and the fields' findings load as the reader scrolls to them.
	await scrollToLazy(page);
	const id = 'share-growth:digital_core_share_doubling';
	const section = page.getByTestId('consistency');
	const finding = section.locator(`[data-finding="${id}"]`);
	await expect(finding).toBeVisible({ timeout: 15_000 });
	await expect(finding).toContainText('4.47%');
	await expect(finding).toHaveAttribute('data-severity', 'info');
	// Also where the targets are: under the digital economy's heading.
	await expect(page.locator(`[data-field="digital_economy"] [data-finding="${id}"]`)).toBeVisible();

	// GDP at 5 % breaks it: a conflict.
	const box = page.locator('input[data-param-input="gdp.rate"]');
	await box.fill('5');
	await box.press('Tab');
	await expect(finding).toHaveAttribute('data-severity', 'conflict', { timeout: 15_000 });
});

test('goal seek: GDP growth of at most 4.47 % keeps the digital share doubling; applying it sets the slider', async ({
	page
}) => {
	await openReady(page, '/indicator/digital_core_share');
	const row = targetRow(page, 'digital_core_share_doubling');
	const seek = row.locator('[data-seek]');
	await expect(seek.locator('[data-seek-parameter]')).toBeVisible({ timeout: 15_000 });
	await seek.locator('[data-seek-parameter]').selectOption('gdp.rate');
	const answer = seek.locator('[data-seek-parameter-key="gdp.rate"][data-seek-value]');
	await expect(answer).toBeVisible();
	const value = Number(await answer.getAttribute('data-seek-value'));
	expect(value).toBeCloseTo(0.0447, 4);
	await expect(answer).toContainText('4.47%');
	// The tornado lists the assumptions that move it.
	await expect(row.locator('[data-tornado-entry="gdp.rate"]')).toBeVisible();

	await seek.locator('[data-seek-apply]').click();
	await expect(slider(page, 'gdp.rate')).toHaveValue('4.5');
	await expect(row).toHaveAttribute('data-status', MET);
});

test('meeting every target of a field: nothing to change under the plan, the least change after a cut', async ({
	page
}) => {
	await openReady(page, '/indicator/finance_value_added');
	const block = page.locator('[data-seek-all="finance"]');
	await block.locator('[data-seek-all-run]').click();
	await expect(block.locator('[data-seek-all-feasible="true"]')).toHaveText(en.an_seek_all_already!);

	const box = page.locator('input[data-param-input="finance_value_added.rate"]');
	await box.fill('8');
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	await block.locator('[data-seek-all-run]').click();
	const change = block.locator('[data-seek-all-change="finance_value_added.rate"]');
	await expect(change).toBeVisible();
	await expect(change).toContainText('10.00%');
	await block.locator('[data-seek-all-apply]').click();
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', MET);
});

test('the indicator page draws the Monte Carlo fan once a run has kept its values', async ({ page }) => {
	await openReady(page, '/indicator/finance_value_added');
	const areas = page.locator('[data-testid="indicator-chart"] svg path.area');
	await expect(areas).toHaveCount(0);
	const mc = monteCarlo(page);
	await mc.run.click();
	await expect(mc.panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	await expect(areas).toHaveCount(2);
	await page.locator('[data-percentiles="finance_value_added"] summary').click();
	await expect(page.locator('[data-percentiles="finance_value_added"] tbody tr')).toHaveCount(6);
});
