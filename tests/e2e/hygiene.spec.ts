import { expect, test, type Page } from '@playwright/test';
import { expectResults, showAssumptions } from './helpers';

// English first; each test then switches to Chinese in place.
test.use({ locale: 'en-US' });

const pages = [
	{ path: '/', ready: (page: Page) => page.locator('[data-target]').first() },
	{
		path: '/indicator/finance_value_added',
		ready: (page: Page) => page.locator('[data-testid="indicator-chart"] svg[role="img"]')
	},
	{ path: '/source', ready: (page: Page) => page.locator('mark[id^="quote-"]').first() },
	{ path: '/scenarios', ready: (page: Page) => page.getByTestId('saved-scenarios') },
	{
		path: '/compare?ids=current&v=1&s=finance_value_added.rate:0.08,gdp.rate:0.06',
		ready: (page: Page) => page.locator('[data-testid="compare-chart"] svg[role="img"]')
	},
	{ path: '/learn', ready: (page: Page) => page.locator('[data-learn-section="share"] svg[role="img"]') },
	{
		path: '/print?v=1&s=finance_value_added.rate:0.08',
		ready: (page: Page) => page.locator('[data-report-chart] svg[role="img"]').first()
	}
];
const widths = [1400, 390];

/** Everything that went wrong while the page was open, and every request it made. */
function watch(page: Page) {
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => requests.push(request.url()));
	page.on('requestfailed', (request) => {
		// A navigation or reload the test itself makes cancels requests still in flight (the browser's own
		// favicon fetch, say): that is ERR_ABORTED, not a failure of the site. Every other failure counts.
		const error = request.failure()?.errorText;
		if (error !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${error})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return { problems, requests };
}

/** No text a broken number or a missing value leaves behind. */
async function expectCleanText(page: Page): Promise<void> {
	const text = await page.locator('body').innerText();
	for (const bad of ['NaN', 'undefined', 'Infinity']) {
		const at = text.indexOf(bad);
		expect(at, `"${bad}" on the page: …${text.slice(Math.max(0, at - 60), at + 60)}…`).toBe(-1);
	}
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
		const width = window.innerWidth;
		// The element that sticks out furthest, to say what to fix.
		let widest = '';
		let right = width;
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.right > right + 1 && box.width > 0) {
				right = box.right;
				widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(box.right)} px)`;
			}
		}
		return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, widest };
	});
	expect(
		scrollWidth,
		`the page is wider than the ${innerWidth} px screen; widest: ${widest}`
	).toBeLessThanOrEqual(innerWidth + 1);
}

for (const { path, ready } of pages) {
	test(`${path} at ${widths.join(' and ')} px: no errors, no foreign requests, no NaN, no overflow on a phone (en, zh)`, async ({
		page,
		baseURL
	}) => {
		const { problems, requests } = watch(page);
		for (const width of widths) {
			// A fresh load at each width: the layout is built for the screen it starts on.
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			await expectResults(page);
			await expect(ready(page)).toBeVisible();
			await expectCleanText(page);
			if (width > 500) continue;
			await expectNoHorizontalOverflow(page);
			if (path === '/') {
				// On a phone the overview's assumptions sit behind a tab; show them and check again.
				await showAssumptions(page);
				await expectCleanText(page);
				await expectNoHorizontalOverflow(page);
			}
			// The same in Chinese (switched in place): other words, other line breaks.
			await page.getByRole('button', { name: '中文' }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
			await expectCleanText(page);
			await expectNoHorizontalOverflow(page);
		}

		const origin = new URL(baseURL!).origin;
		const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
		expect(foreign, 'requests to other origins').toEqual([]);
		expect(requests.length).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
}
