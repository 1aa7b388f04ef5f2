import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { expectResults, expectView, model, numberBox, openReady } from './helpers';

test.use({ locale: 'en-US' });

const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';

/** Clicks `button` and returns the file it downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<Download> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return file;
}

async function text(file: Download): Promise<string> {
	return readFile((await file.path())!, 'utf8');
}

function exportButton(page: Page, kind: 'series' | 'targets' | 'json') {
	return page.getByTestId('export-current').locator(`[data-export="${kind}"]`);
}

test('CSV exports: every indicator and year, every target', async ({ page }) => {
	await openReady(page, '/scenarios?v=1&s=finance_value_added.rate:0.08');

	const series = await download(page, () => exportButton(page, 'series').click());
	expect(series.suggestedFilename()).toMatch(/^shinan-2022-2026_\d{4}-\d{2}-\d{2}_series\.csv$/);
	const seriesText = await text(series);
	// A byte-order mark, so Excel reads the UTF-8 names; then RFC 4180 lines.
	expect(seriesText.startsWith('\uFEFF')).toBe(true);
	const seriesLines = seriesText.slice(1).trimEnd().split('\r\n');
	expect(seriesLines[0]).toBe('indicator,year,value,unit,kind,source_kind,name');
	const years = model.endYear - model.baseYear + 1;
	expect(seriesLines).toHaveLength(1 + model.indicators.length * years);
	// The scenario's own value: 273.8 × 1.08^5 in 2026.
	const fin2026 = seriesLines.find((l) => l.startsWith(`finance_value_added,${model.endYear},`))!;
	expect(Number(fin2026.split(',')[2])).toBeCloseTo(273.8 * 1.08 ** 5, 9);

	const targets = await download(page, () => exportButton(page, 'targets').click());
	const targetLines = (await text(targets)).slice(1).trimEnd().split('\r\n');
	expect(targetLines[0]!.startsWith('id,indicator,kind,threshold,from,deadline,achieved,met,gap')).toBe(true);
	expect(targetLines).toHaveLength(1 + model.targets.length);
	expect(targetLines.find((l) => l.startsWith(`${TARGET},`))).toContain(',false,');
});

test('JSON export holds the state, the results and the CLI command; importing it gives the same state back', async ({
	page
}) => {
	await openReady(page, '/scenarios?v=1&s=finance_value_added.rate:0.08,gdp.rate:0.055&a=gdp.2022:1450.5');
	// The address as the app writes it (model hash added, canonical order).
	await expect(page).toHaveURL(/\?v=1&m=[0-9a-f]{8}&s=/);
	const before = page.url();
	const file = await download(page, () => exportButton(page, 'json').click());
	expect(file.suggestedFilename()).toMatch(/\.json$/);
	const json = JSON.parse(await text(file));
	expect(json.format).toBe('target-scenarios/run');
	expect(json.model.id).toBe('shinan-2022-2026');
	expect(json.scenario).toEqual({ 'gdp.rate': 0.055, [KEY]: 0.08 });
	expect(json.actuals).toEqual({ gdp: { '2022': 1450.5 } });
	expect(json.cli).toBe(
		"npm run -s simulate -- --set gdp.rate=0.055 --set finance_value_added.rate=0.08 --actual 'gdp[2022]=1450.5' --format json"
	);
	expect(json.result.targets).toHaveLength(model.targets.length);
	expect(json.result.targets.find((t: { id: string }) => t.id === TARGET).met).toBe(false);

	// Back to the plan, then import the file: the same state, so the same address and results.
	await page.getByTestId('scenario-menu').click();
	await page
		.getByTestId('scenario-menu-panel')
		.getByRole('button', { name: /The plan/ })
		.click();
	await expect(page).toHaveURL(/\/scenarios$/);
	await page.getByTestId('import-file').setInputFiles((await file.path())!);
	await expect(page.getByTestId('import-done')).toContainText('Imported the scenario');
	await expect(page).toHaveURL(before);
	await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
	await expectResults(page);
	await expectView(page, KEY, '8', { [TARGET]: 'miss' });
	await expect(numberBox(page, 'gdp.rate')).toHaveValue('5.5');
});

test('a file that is not a run for this model is refused with its JSON paths; nothing changes', async ({
	page
}) => {
	await openReady(page, '/scenarios?v=1&s=finance_value_added.rate:0.08');
	await expect(page).toHaveURL(/\?v=1&m=[0-9a-f]{8}&s=/);
	const url = page.url();
	const input = page.getByTestId('import-file');

	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": ')
	});
	await expect(page.getByTestId('import-errors')).toContainText('broken.json could not be imported');
	await expect(page.getByTestId('import-errors')).toContainText('$: is not valid JSON');

	const other = {
		format: 'target-scenarios/run',
		formatVersion: 1,
		model: { id: 'another-district' },
		scenario: {}
	};
	await input.setInputFiles({
		name: 'other.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(other))
	});
	await expect(page.getByTestId('import-errors')).toContainText('$.model.id');
	expect(page.url()).toBe(url);

	// Parts that do not fit are listed and nothing is applied until the user says so.
	const partial = {
		format: 'target-scenarios/run',
		formatVersion: 1,
		model: { id: 'shinan-2022-2026' },
		scenario: { 'gdp.rate': 0.05, 'gdp.rat': 0.05, [KEY]: '0.07' }
	};
	await input.setInputFiles({
		name: 'partial.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(partial))
	});
	const warnings = page.getByTestId('import-warnings');
	await expect(warnings).toContainText('$.scenario["gdp.rat"]');
	await expect(warnings).toContainText('$.scenario["finance_value_added.rate"]');
	expect(page.url()).toBe(url);
	await warnings.getByRole('button', { name: 'Apply the rest' }).click();
	await expect(page).toHaveURL(/s=gdp\.rate:0\.05$/);
});

test('the indicator chart downloads as a standalone SVG and as a PNG', async ({ page }) => {
	await openReady(page, '/indicator/finance_value_added?v=1&s=finance_value_added.rate:0.08');
	const chart = page.getByTestId('indicator-chart');
	const svgFile = await download(page, () => chart.locator('[data-chart-export="svg"]').click());
	expect(svgFile.suggestedFilename()).toMatch(/finance_value_added\.svg$/);
	const svg = await text(svgFile);
	expect(svg.startsWith('<svg')).toBe(true);
	expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
	// Styles are written in (no var(), no class rules needed), the dashed plan line included.
	expect(svg).not.toContain('var(--');
	expect(svg).toMatch(/stroke-dasharray: 6(px)?,? 4/);
	expect(svg).toContain('Value added of the financial sector');
	// It renders on its own: an image element can draw it.
	const size = await page.evaluate(async (source) => {
		const image = new Image();
		image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
		await image.decode();
		return [image.naturalWidth, image.naturalHeight];
	}, svg);
	expect(size[0]).toBeGreaterThan(300);
	expect(size[1]).toBeGreaterThan(200);

	const pngFile = await download(page, () => chart.locator('[data-chart-export="png"]').click());
	expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
	const png = await readFile((await pngFile.path())!);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	// Twice the SVG's size.
	expect(png.readUInt32BE(16)).toBe(size[0]! * 2);
});

test('the printable report lists the changed assumptions, every target and the charts of missed ones', async ({
	page
}) => {
	await openReady(page, '/print?v=1&s=finance_value_added.rate:0.08');
	const report = page.getByTestId('print-report');
	await expect(report.getByTestId('report-model-id')).toHaveText('shinan-2022-2026');
	await expect(report.getByTestId('report-hash')).toHaveText(/^[0-9a-f]{8}$/);
	await expect(report.getByTestId('report-link')).toHaveText(
		/\/\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.08$/
	);
	await expect(report.getByTestId('report-changes').locator('tbody tr')).toHaveCount(1);
	await expect(report.getByTestId('report-changes')).toContainText('8.0%');
	await expect(report.locator('[data-report-target]')).toHaveCount(model.targets.length);
	await expect(report.locator(`[data-report-target="${TARGET}"]`)).toHaveAttribute('data-status', 'miss');
	await expect(report.locator('[data-report-chart="finance_value_added"] svg[role="img"]')).toBeVisible();
	// In print, the site's frame and the buttons are gone.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(report.getByRole('button', { name: /Print/ })).toBeHidden();
});
