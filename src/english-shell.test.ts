import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseShell, englishShell } from './english-shell';

const appHtml = readFileSync(new URL('./app.html', import.meta.url), 'utf8');
/** app.html as a page that sets its own title in `<svelte:head>` renders it. */
const titled = appHtml.replace('%sveltekit.head%', '<title>总览 · 市南区规划目标情景模拟</title>');
const titleCount = (html: string) => (html.match(/<title>/g) ?? []).length;

describe("the English copies' shell", () => {
	const shell = englishShell(appHtml);

	it('leaves no Chinese in app.html, and keeps its English', () => {
		expect(appHtml).toMatch(/[\u4e00-\u9fff]/);
		expect(shell).not.toMatch(/[\u4e00-\u9fff]/);
		expect(shell).toContain('<html lang="en">');
		expect(shell).toContain('content="Scenario simulator for the 2022–2026 plan targets');
		expect(shell).toMatch(
			/<noscript\s*><p[^>]*>\s*<span lang="en"\s*>Changing the assumptions needs JavaScript/
		);
	});

	it('has one title: the English fallback, or the page’s own', () => {
		expect(titleCount(shell)).toBe(1);
		expect(shell).toContain('<title>Shinan plan targets: scenario simulator</title>');
		const own = englishShell(
			titled.replace('总览 · 市南区规划目标情景模拟', 'Overview · Shinan plan targets')
		);
		expect(titleCount(own)).toBe(1);
		expect(own).toContain('<title>Overview · Shinan plan targets</title>');
	});

	it('changes nothing else', () => {
		const removed = appHtml.length - shell.length;
		expect(removed).toBeLessThan(200);
		expect(shell).toContain('%sveltekit.head%');
		expect(shell).toContain('%sveltekit.body%');
		expect(shell.split('<script>').length).toBe(appHtml.split('<script>').length);
	});
});

describe("the Chinese pages' shell", () => {
	it('app.html’s own title is Chinese only', () => {
		const [title] = appHtml.match(/<title>[^<]*<\/title>/) ?? [''];
		expect(title).toBe('<title>市南区规划目标情景模拟</title>');
	});

	it('keeps one title: the page’s own when it sets one, else app.html’s', () => {
		expect(titleCount(titled)).toBe(2);
		const own = chineseShell(titled);
		expect(titleCount(own)).toBe(1);
		expect(own).toContain('<title>总览 · 市南区规划目标情景模拟</title>');
		const shell = chineseShell(appHtml);
		expect(titleCount(shell)).toBe(1);
		expect(shell).toContain('<title>市南区规划目标情景模拟</title>');
	});

	it('describes the page in Chinese only', () => {
		const shell = chineseShell(appHtml);
		const [, description] = /<meta\s+name="description"\s+content="([^"]*)"/.exec(shell) ?? [];
		expect(description).toBe('市南区 2022—2026 年规划目标情景模拟');
		expect(shell).toContain('<html lang="zh-CN">');
	});
});
