// Modules vite.config.ts makes at build time.
declare module 'virtual:builtin-model' {
	/** The built-in plan without its reading notes (src/lib/view/model-docs.ts). */
	const model: unknown;
	export default model;
	/** `modelHash` of the model file itself. */
	export const fileHash: string;
	/** `modelHash` of `model`, the file without its notes. */
	export const ownHash: string;
	/** SHA-256 of the canonical JSON of `model` (src/lib/worker/shipped-model.ts): how the worker knows it. */
	export const shippedDigest: string;
}
