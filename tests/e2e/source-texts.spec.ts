/**
 * The sources' texts on the overview (issue 11: `/`'s JavaScript). The app ships the built-in plan with each
 * source's kind only; the overview's source disclosures are closed, in the prerendered HTML as after
 * hydration, and the first one opened fetches the texts from the site itself. Checked in both languages, with
 * every request the page makes outside its own origin counted (the browser calls nowhere else by itself).
 */
import { expect, test } from '@playwright/test';
import { expectResults, messages, model } from './helpers';

/** The indicators with a source (every one not derived), as the model file has them. */
const sourced = model.indicators as unknown as {
	id: string;
	kind: string;
	source?: { reason?: Record<string, string> };
}[];
const withSource = sourced.filter((i) => i.kind !== 'derived');
const gdpReason = sourced.find((i) => i.id === 'gdp')!.source!.reason!;

for (const { lang, path, locale } of [
	{ lang: 'zh', path: '/', locale: 'zh-CN' },
	{ lang: 'en', path: '/en', locale: 'en-US' }
] as const) {
	const text = messages(lang);

	test(`${lang}: the overview's sources are closed in its HTML, without their texts`, async ({ request }) => {
		const html = await (await request.get(path)).text();
		const details = html.match(/<details class="source [^"]*"[^>]*>/g) ?? [];
		expect(details).toHaveLength(withSource.length);
		// Closed, as on screen; the label is there, the text is not in the page at all.
		expect(details.some((d) => / open[ =>]/.test(d))).toBe(false);
		expect(html).toContain(text.source_label!.replace('{kind}', text.source_kind_assumption!));
		expect(html).not.toContain(gdpReason[lang]!.slice(0, 40));
	});

	test(`${lang}: opening a source fetches its text from the site, in the reader's language`, async ({
		browser
	}) => {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		const origin = new URL(test.info().project.use.baseURL!).origin;
		const elsewhere: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).origin !== origin) elsewhere.push(r.url());
		});
		await page.goto(path);
		await expectResults(page);
		await page.waitForLoadState('networkidle');
		const gdp = page.locator('details[data-source="gdp"]');
		await expect(gdp).not.toHaveAttribute('open');
		// The scripts that bring a source's text (opening may also scroll other lazy sections in). Each body
		// is read as it arrives and awaited before counting: a read still pending when the context closed
		// failed the test once (session 11), and counting before the reads end could miss one.
		const needle = JSON.stringify(gdpReason[lang]!.slice(0, 30)).slice(1, -1);
		const scripts: Promise<string | undefined>[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() !== 'script') return;
			scripts.push(
				r.text().then(
					(body) => (body.includes(needle) ? r.url() : undefined),
					// A body that cannot be read (a redirect) brings no text.
					() => undefined
				)
			);
		});
		const withText = async () => (await Promise.all(scripts)).filter((url) => url !== undefined);
		await gdp.locator('summary').click();
		await expect(gdp.locator('dd')).toHaveText(gdpReason[lang]!);
		await expect(gdp.locator('dt')).toHaveText(text.source_reason!);
		expect(await withText()).toHaveLength(1);
		// Fetched once, for the first source opened: the next one opens with its text at once.
		const other = page.locator(`details[data-source="${withSource[1]!.id}"]`);
		await other.locator('summary').click();
		await expect(other.locator('dl')).toBeVisible();
		await expect(other.locator('[aria-busy]')).toHaveCount(0);
		expect(await withText()).toHaveLength(1);
		expect(elsewhere).toEqual([]);
		await context.close();
	});
}

test('a source that cannot be fetched says so in the reader’s language, and opens once it can', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/');
	await expectResults(page);
	await page.waitForLoadState('networkidle');
	// The site unreachable from here on: the texts' chunk cannot arrive.
	await context.setOffline(true);
	const gdp = page.locator('details[data-source="gdp"]');
	await gdp.locator('summary').click();
	await expect(gdp.getByRole('alert')).toHaveText(messages('zh').source_load_failed!);
	await context.setOffline(false);
	await gdp.locator('summary').click();
	await gdp.locator('summary').click();
	await expect(gdp.locator('dd')).toHaveText(gdpReason.zh!);
	await context.close();
});

test('the editor’s copy of the built-in plan has every source’s text', async ({ page }) => {
	// From /models/edit, where the built-in plan opens read-only with "duplicate to edit".
	await page.goto('/models/edit');
	await page.getByTestId('editor-duplicate').click();
	await expect(page).toHaveURL(/\/models\/edit\?id=/, { timeout: 15_000 });
	const gdpText = page.getByTestId('source-text-gdp');
	await expect(gdpText).toHaveValue(new RegExp(`^(${escape(gdpReason.zh!)}|${escape(gdpReason.en!)})$`));
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an indicator page shows its description, in its HTML and on screen, in both languages', async ({
	browser,
	request
}) => {
	// Shipped, like the notes, only with the indicator's own page (its docs.json).
	const described = model.indicators.find((i) => i.id === 'import_export') as unknown as {
		description: Record<'zh' | 'en', string>;
	};
	for (const [path, lang, locale] of [
		['/indicator/import_export', 'zh', 'zh-CN'],
		['/en/indicator/import_export', 'en', 'en-US']
	] as const) {
		expect(await (await request.get(path)).text()).toContain(described.description[lang]);
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto(path);
		await expectResults(page);
		await expect(page.locator('p.description')).toHaveText(described.description[lang]);
		await context.close();
	}
});
