// Every route is prerendered; by default as a shell rendered in the browser, where the engine's worker, the
// remembered language and saved scenarios live. The overview and indicator pages override this (ssr = true):
// they are rendered at build time with the plan's default results (see src/README.md, "Decisions").
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
