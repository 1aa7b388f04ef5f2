/**
 * No number on screen shows binary noise (issue 9): after a few slider changes, every route in both
 * languages is scanned for what floating point leaves when a number is printed without the precision its
 * unit deserves: runs like 0000x or 9999x after a decimal point (`5.000004`, `9.1699999`), a negative zero
 * (`-0`, `−0.00`), `NaN` and `Infinity`, in the UI and inside the engine's own sentences (`ENGINE_TEXT`:
 * finding titles and explanations) alike.
 */
import { expect, test, type Page } from '@playwright/test';
import { showAssumptions } from './helpers';
import { busyPath, moveSliders, openSettled, ROUTES, showEverything, visibleText } from './text-scan';

const NOISE: [string, RegExp][] = [
	['a run of zeros after the point', /\d[.]\d*0000[1-9]/],
	['a run of nines after the point', /\d[.]\d*9999\d/],
	// A minus before a zero that is all there is of the number: −0, −0.0, −0.00 (not −0.5, not 2024-03).
	['a negative zero', /(?<![\d\w])[-−]0(?:[.,]0+)?(?![\d.,])/],
	['NaN', /\bNaN\b/],
	['Infinity', /Infinity/]
];

/** Each noisy number on the page: what it is, the text around it and where; the engine's apart. */
async function noise(page: Page): Promise<{ ui: string[]; engine: string[] }> {
	const found = { ui: [] as string[], engine: [] as string[] };
	for (const piece of await visibleText(page)) {
		for (const [what, pattern] of NOISE) {
			const match = pattern.exec(piece.text);
			if (!match) continue;
			const text = `${what} “${match[0]}” in “${piece.text.slice(0, 90)}” at ${piece.where}`;
			(piece.engine ? found.engine : found.ui).push(text);
		}
	}
	return found;
}

for (const locale of ['zh', 'en'] as const) {
	test.describe(`in ${locale}`, () => {
		test.use({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
		test.describe.configure({ timeout: 240_000 });

		// A phone lays the same results out differently (cards, the phone bar, the assumptions tab): both widths.
		for (const width of [1440, 390]) {
			test(`at ${width} px: after slider changes, no number on any route shows binary noise`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height: 900 });
				await openSettled(page, busyPath('/'));
				const before = page.url();
				if (width < 500) await showAssumptions(page);
				await moveSliders(page);
				// The changed state, carried to every route by its link.
				await expect.poll(() => page.url()).not.toBe(before);
				const query = new URL(page.url()).search;
				const report: string[] = [];
				const fromEngine: string[] = [];
				for (const route of ROUTES) {
					const path = route === '/compare' ? `/compare${query}&ids=current` : `${route}${query}`;
					await openSettled(page, path);
					await showEverything(page);
					const found = await noise(page);
					report.push(...found.ui.map((n) => `${route}: ${n}`));
					fromEngine.push(...found.engine.map((n) => `${route}: ${n}`));
				}
				expect(report, `noisy numbers (${report.length})`).toEqual([]);
				expect(fromEngine, `noisy numbers in engine text (${fromEngine.length})`).toEqual([]);
			});
		}
	});
}

test('the patterns catch the noise of issue 9 and pass clean numbers', () => {
	const caught = (text: string) => NOISE.filter(([, p]) => p.test(text)).map(([what]) => what);
	for (const bad of ['+0.000002 pp', 'at most 5.000004 % a year', '9.1699999 %', '−0.00 pp', '-0', 'NaN'])
		expect(caught(bad), bad).not.toEqual([]);
	for (const good of ['+0.5 pp', '−0.83 pp', '2024-03-22', '10.0 %', '1,000', '5.00 %', '×2.00', '2026'])
		expect(caught(good), good).toEqual([]);
});
