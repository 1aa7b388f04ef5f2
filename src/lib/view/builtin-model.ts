/**
 * The plan shipped with the app: data, apart from the questions about any model's structure (model.ts), so
 * a module that needs only the plan does not pull those in, and the reverse.
 */
import builtin from '$models/shinan-2022-2026.json';
import type { Model } from '$lib/engine';

/** The plan shipped with the app (validated by the engine when the layout loads it). */
export const builtinModel = builtin as unknown as Model;
