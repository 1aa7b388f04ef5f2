// Modules vite.config.ts makes at build time.
declare module 'virtual:builtin-model' {
	/** The built-in plan without its reading texts: notes, sources' texts (src/lib/view/model-docs.ts). */
	const model: unknown;
	export default model;
	/** `modelHash` of the model file itself. */
	export const fileHash: string;
	/** `modelHash` of `model`, the file without its notes. */
	export const ownHash: string;
	/** SHA-256 of the canonical JSON of `model` (src/lib/worker/shipped-model.ts): how the worker knows it. */
	export const shippedDigest: string;
}

declare module 'virtual:builtin-sources' {
	/** Every indicator's source in the built-in plan, texts included, by indicator id. */
	const sources: Record<string, import('$lib/engine').Source>;
	export default sources;
}

declare module 'virtual:builtin-canonical' {
	/** `canonicalJson` of the built-in plan as the app ships it (`virtual:builtin-model`'s default). */
	const text: string;
	export default text;
}
