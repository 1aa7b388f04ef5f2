/**
 * Small things that undermine trust (issue 9): a deep unknown path behind a host that falls back to
 * index.html, and the header's scenario button at every width.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { messages } from './helpers';

const text = { zh: messages('zh'), en: messages('en') };

/** Collects console errors and uncaught exceptions from the moment it is called. */
function problems(page: Page): string[] {
	const found: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') found.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => found.push(`page: ${e.message}`));
	return found;
}

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
					await expect(page).toHaveURL(`${origin}/`);
					await expect(page.locator('h1')).toHaveText(text[locale].overview_title!);
					expect(found).toEqual([]);
				});
			}
		});
	}
});

