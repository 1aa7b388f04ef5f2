/**
 * Model validation as an entry of its own: the app's worker fetches it on the first model that did not come
 * from the build as the shipped plan (a model file, the editor, a stored model). The shipped plan is validated
 * by the tests and at build time, and the worker recognises it by its SHA-256 (src/lib/worker/shipped-model.ts),
 * so the page's worker starts without this code (issue 11). Everything else keeps using `runtime.ts`,
 * which exports the same functions.
 */
export { loadModel } from './load';
export { validateModel } from './spec/validate-model';
