// A static single-page app: every route is prerendered as a shell and rendered in the browser, where the
// engine's worker, the remembered language and saved scenarios live. Server rendering would have to guess
// the language and then repaint, and would render numbers the worker has not computed yet.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
