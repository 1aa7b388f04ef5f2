/**
 * Small things that undermine trust (issue 9): a deep unknown path behind a host that falls back to
 * index.html, and the header's scenario button at every width.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { messages, numberBox, openReady, problems } from './helpers';

const text = { zh: messages('zh'), en: messages('en') };

test.describe('behind a host that answers unknown paths with index.html', () => {
	let server: ChildProcess | undefined;
	let origin = '';

	// A second server over the same build/, falling back to index.html with status 200 as single-page-app
	// hosts do; its port sits apart from the suite's own (E2E_PORT) so parallel runs do not collide.
	test.beforeAll(async () => {
		const port = Number(process.env.E2E_PORT ?? 4317) + 100 + test.info().parallelIndex;
		const script = fileURLToPath(new URL('./serve-build.mjs', import.meta.url));
		server = spawn(process.execPath, [script, String(port), 'index.html'], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		await new Promise<void>((ready, fail) => {
			server!.stdout!.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('serving')) ready();
			});
			server!.on('exit', (code) => fail(new Error(`serve-build.mjs exited with ${code}`)));
		});
		origin = `http://127.0.0.1:${port}`;
	});
	test.afterAll(() => {
		server?.kill();
	});

	for (const locale of ['zh', 'en'] as const) {
		test.describe(`in ${locale}`, () => {
			test.use({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });

			for (const path of ['/indicator/xyz', '/anything/else']) {
				test(`${path} shows the app's not-found page, with no errors`, async ({ page }) => {
					const found = problems(page);
					const response = await page.goto(origin + path);
					expect(response?.status()).toBe(200);
					const error = page.getByTestId('error-page');
					await expect(error).toHaveAttribute('data-status', '404');
					await expect(error.locator('h1')).toHaveText(text[locale].error_not_found_title!);
					if (path === '/indicator/xyz') await expect(error).toContainText('xyz');
					else await expect(error).toContainText(text[locale].error_not_found!);
					await expect(page.locator('header nav a').first()).toHaveText(text[locale].nav_overview!);
					await error.locator('a.home').click();
					// The overview's copy in the reader's language (English under /en).
					await expect(page).toHaveURL(`${origin}${locale === 'en' ? '/en' : '/'}`);
					await expect(page.locator('h1')).toHaveText(text[locale].overview_title!);
					expect(found).toEqual([]);
				});
			}
		});
	}
});

/** How the header's scenario button lays out: line boxes of its text, and whether the name is cut. */
async function buttonLayout(page: Page) {
	return page.getByTestId('scenario-menu').evaluate((button) => {
		const range = document.createRange();
		range.selectNodeContents(button);
		const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
		const style = getComputedStyle(button);
		const lineHeight =
			style.lineHeight === 'normal' ? 1.2 * parseFloat(style.fontSize) : parseFloat(style.lineHeight);
		const name = button.querySelector<HTMLElement>('[data-testid="scenario-menu-current"]')!;
		const box = button.getBoundingClientRect();
		return {
			// Every fragment of text starts on the same line (a wrapped "情 / 景" starts a line lower).
			oneLine: Math.max(...tops) - Math.min(...tops) < lineHeight / 2,
			tallerThanOneLine: box.height > 2 * lineHeight,
			nameCut: name.scrollWidth > name.clientWidth + 1,
			// Nothing runs past the button's border (the counts did, at every width, with three of them).
			overflows: button.scrollWidth > button.clientWidth + 1,
			inViewport: box.left >= 0 && box.right <= window.innerWidth,
			text: button.textContent!.replace(/\s+/g, ' ').trim()
		};
	});
}

for (const locale of ['zh', 'en'] as const) {
	test.describe(`the header's scenario button in ${locale}`, () => {
		test.use({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });

		test('keeps one line and shows the change count from 360 to 1920 px', async ({ page }) => {
			await openReady(page, '/');
			await numberBox(page, 'finance_value_added.rate').fill('9');
			const count = text[locale].sc_changed_count!.replace('{count}', '1');
			await expect(page.getByTestId('scenario-menu-count')).toHaveText(count);
			for (const width of [360, 1024, 1280, 1440, 1920]) {
				await page.setViewportSize({ width, height: 900 });
				await expect
					.poll(() => buttonLayout(page), { message: `${locale} at ${width} px` })
					.toEqual({
						oneLine: true,
						tallerThanOneLine: false,
						nameCut: false,
						overflows: false,
						inViewport: true,
						text: expect.stringContaining(count)
					});
			}
		});

		test('with changes, actual figures and uncertainty: every count inside the button, the header one row from 1440 px', async ({
			page
		}) => {
			// The busiest header: two assumptions changed, three actual figures, one uncertainty.
			await openReady(
				page,
				'/?v=1&s=gdp.rate:0.06,finance_value_added.rate:0.08' +
					'&a=gdp.2022:1420,gdp.2023:1500,finance_value_added.2022:250&u=gdp.rate:normal_0.06_0.01'
			);
			const counts = [
				text[locale].sc_changed_count!.replace('{count}', '2'),
				text[locale].sc_actuals_count_short!.replace('{count}', '3'),
				text[locale].trust_uncertainty_count!.replace('{count}', '1')
			].join(' · ');
			await expect(page.getByTestId('scenario-menu-count')).toHaveText(counts);
			for (const width of [360, 390, 1024, 1280, 1440, 1920]) {
				await page.setViewportSize({ width, height: 900 });
				await expect
					.poll(() => buttonLayout(page), { message: `${locale} at ${width} px` })
					.toMatchObject({ oneLine: true, overflows: false, inViewport: true });
				// From 1440 px the brand, the navigation, this button and the language switch share one row.
				if (width >= 1440) {
					const tops = await page
						.locator('header .inner > *')
						.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
					const heights = await page
						.locator('header .inner > *')
						.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom));
					expect(Math.max(...tops), `${locale} at ${width} px: one row`).toBeLessThan(Math.min(...heights));
				}
			}
		});
	});
}

for (const locale of ['zh', 'en'] as const) {
	test.describe(`actual figures with no assumption changed, in ${locale}`, () => {
		test.use({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });

		test('the headline and the header name the actual figures, never "changed: 0"', async ({ page }) => {
			const t = text[locale];
			await openReady(page, '/');
			await expect(page.getByTestId('plan-difference')).toHaveText(t.headline_unchanged!);
			await page.getByTestId('actuals-load-example').click();
			await expect(page.getByTestId('actuals-controls')).toHaveAttribute('data-actuals-count', '5');
			await expect(page.getByTestId('plan-difference')).toHaveText(
				`${t.trust_assumptions_unchanged!} · ${t.sc_actuals_count_short!.replace('{count}', '5')}`
			);
			await expect(page.getByTestId('scenario-menu-count')).toHaveText(
				t.sc_actuals_count_short!.replace('{count}', '5')
			);
			const zeroChanges = t.sc_changed_count!.replace('{count}', '0');
			await expect(page.locator('body')).not.toContainText(zeroChanges);
			await expect(page.locator('body')).not.toContainText(t.headline_unchanged!);
		});
	});
}
