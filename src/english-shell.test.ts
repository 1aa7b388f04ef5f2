import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishShell } from './english-shell';

const appHtml = readFileSync(new URL('./app.html', import.meta.url), 'utf8');

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
		// The pages set their own title; app.html's would come first and win.
		expect(shell).not.toContain('<title>');
	});

	it('changes nothing else', () => {
		const removed = appHtml.length - shell.length;
		expect(removed).toBeLessThan(200);
		expect(shell).toContain('%sveltekit.head%');
		expect(shell).toContain('%sveltekit.body%');
		expect(shell.split('<script>').length).toBe(appHtml.split('<script>').length);
	});
});
