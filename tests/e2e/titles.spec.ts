/**
 * One `<title>` per page, in the page's language (issue 9): every prerendered HTML file of the build (the
 * overview and indicator pages in Chinese and under /en in English, and the shells the browser renders)
 * has exactly one, with no Chinese in an English page's and none of the other language's words in a Chinese
 * page's; in the browser, the tab's title follows the language on screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { messages, openReady } from './helpers';

const BUILD = fileURLToPath(new URL('../../build', import.meta.url));

/** Every .html file under `dir`, as paths relative to the build. */
function htmlFiles(dir: string, base = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(base, entry.name);
		if (entry.isDirectory()) return htmlFiles(join(dir, entry.name), path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test('every prerendered page has one <title>, in its language', () => {
	const files = htmlFiles(BUILD);
	// The Chinese and English overviews and indicator pages, and the shells.
	expect(files.length).toBeGreaterThan(10);
	const problems: string[] = [];
	for (const file of files) {
		const html = readFileSync(join(BUILD, file), 'utf8');
		const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
		// The first <html lang> is the element (app.html's script mentions one in a comment, later).
		const lang = /<html lang="([^"]+)"/.exec(html)?.[1] === 'en' ? 'en' : 'zh';
		if (titles.length !== 1) problems.push(`${file}: ${titles.length} titles (${titles.join(' | ')})`);
		for (const title of titles) {
			// A Chinese term of art keeps its gloss in parentheses (“…” SMEs (专精特新)), as the model names it.
			const english = title.replace(/\([^()]*\)/g, '');
			if (lang === 'en' && /\p{Script=Han}/u.test(english)) problems.push(`${file}: Chinese in “${title}”`);
			if (lang === 'zh' && !/\p{Script=Han}/u.test(title)) problems.push(`${file}: no Chinese in “${title}”`);
			// Abbreviations Chinese writes in capitals (GDP) are Chinese text; a lower-case word is not.
			if (lang === 'zh' && /[a-z]{2,}/.test(title)) problems.push(`${file}: English in “${title}”`);
		}
	}
	expect(problems).toEqual([]);
});

for (const locale of ['zh', 'en'] as const) {
	test(`the tab's title is in ${locale === 'zh' ? 'Chinese' : 'English'} on the overview and a shell`, async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
		const page = await context.newPage();
		// "{page} · site": the site's name as the page title message ends.
		const site = messages(locale).page_title!.replace('{page} · ', '');
		for (const path of ['/', '/learn']) {
			await openReady(page, path);
			await expect(page).toHaveTitle(new RegExp(`${site}$`));
			const title = await page.title();
			expect(title).toMatch(locale === 'en' ? /^[^\p{Script=Han}]+$/u : /^[^A-Za-z]+$/);
			expect(await page.locator('title').count()).toBe(1);
		}
		await context.close();
	});
}
