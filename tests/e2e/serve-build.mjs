// A plain static file server for build/: no SvelteKit, no Vite, nothing but files. If the app works behind
// this, it works behind any static host. Clean URLs map to .html files, as adapter-static writes them.
// Usage: node serve-build.mjs [port] [fallback]. An unknown path gets `fallback` (default 404.html, sent with
// status 404, as GitHub Pages does); with `index.html` it gets the home page with status 200, as hosts set up
// for single-page apps do (Netlify's `/* /index.html 200`, nginx's `try_files $uri /index.html`).
// BUILD_DIR=<dir> serves another build (the browser benchmark compares this one with an earlier one).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.BUILD_DIR
	? `${resolve(process.env.BUILD_DIR)}/`
	: fileURLToPath(new URL('../../build/', import.meta.url));
const port = Number(process.argv[2] ?? 4317);
const fallback = process.argv[3] ?? '404.html';
if (!['404.html', 'index.html'].includes(fallback))
	throw new Error(`fallback must be 404.html or index.html, not ${fallback}`);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

function file(path) {
	try {
		return statSync(path).isFile() ? path : undefined;
	} catch {
		return undefined;
	}
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!path.startsWith(root.slice(0, -1))) return res.writeHead(403).end();
	const found = file(path) ?? file(`${path}.html`) ?? file(join(path, 'index.html'));
	const served = found ?? join(root, fallback);
	res.writeHead(found || fallback === 'index.html' ? 200 : 404, {
		'content-type': types[extname(served)] ?? 'application/octet-stream'
	});
	createReadStream(served).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving build/ on http://127.0.0.1:${port}`));
