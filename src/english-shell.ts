/**
 * app.html is written for the Chinese pages, with a bilingual title, description and notice for readers
 * without JavaScript. `englishShell` turns a page rendered from it into an English copy's (under `/en`,
 * at build time: see hooks.server.ts): `<html lang="en">`, no Chinese title (each such page sets its own
 * in `<svelte:head>`, which then is the only one), the description's and the notice's English halves.
 * Each replacement matches app.html's text; english-shell.test.ts runs it on app.html itself.
 */
export function englishShell(html: string): string {
	return html
		.replace('<html lang="zh-CN">', '<html lang="en">')
		.replace(/<title>[^<]*<\/title>\s*/, '')
		.replace(/(<meta\s+name="description"\s+content=")[^"·]*·\s*/, '$1')
		.replace(/<span lang="zh-CN"\s*>[^<]*<\/span\s*>\s*·\s*/, '');
}
