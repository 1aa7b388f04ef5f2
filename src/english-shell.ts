/**
 * app.html is written for the Chinese pages: a Chinese fallback `<title>` (the shells' only one until the
 * app sets theirs), a bilingual description and a bilingual notice for readers without JavaScript. Each page
 * rendered at build time (hooks.server.ts) leaves with one `<title>` in its own language:
 * - `chineseShell`: a page that sets its own title in `<svelte:head>` drops app.html's (which comes first and
 *   would win), and the description keeps its Chinese half;
 * - `englishShell` (the English copies under `/en`): `<html lang="en">`, app.html's title dropped where the
 *   page sets its own and otherwise given in English, the description's and the notice's English halves.
 * Each replacement matches app.html's text; english-shell.test.ts runs them on app.html itself.
 */

/** The app's name in English, the fallback title of an English page that sets none (en.json `app_title`). */
const ENGLISH_TITLE = 'Shinan plan targets: scenario simulator';

const TITLE = /<title>[^<]*<\/title>\s*/;

/** True if the page sets a title of its own besides app.html's (which is always the first). */
function hasOwnTitle(html: string): boolean {
	return (html.match(/<title>/g) ?? []).length > 1;
}

/** A Chinese page rendered from app.html, with one `<title>` and a Chinese description. */
export function chineseShell(html: string): string {
	const titled = hasOwnTitle(html) ? html.replace(TITLE, '') : html;
	return titled.replace(/(<meta\s+name="description"\s+content="[^"·]*?)\s*·[^"]*"/, '$1"');
}

/** An English copy's page rendered from app.html (see the file's comment). */
export function englishShell(html: string): string {
	const titled = hasOwnTitle(html)
		? html.replace(TITLE, '')
		: html.replace(/<title>[^<]*<\/title>/, `<title>${ENGLISH_TITLE}</title>`);
	return titled
		.replace('<html lang="zh-CN">', '<html lang="en">')
		.replace(/(<meta\s+name="description"\s+content=")[^"·]*·\s*/, '$1')
		.replace(/<span lang="zh-CN"\s*>[^<]*<\/span\s*>\s*·\s*/, '');
}
