/**
 * The plan shipped with the app. Its own module because the state layer reads it too (the fallback model
 * before a model file loads); the lead may move it below the state layer without touching the view helpers.
 */
import builtin from '$models/shinan-2022-2026.json';
import type { Model } from '$lib/engine';

/** The plan shipped with the app (validated by the engine when the layout loads it). */
export const builtinModel = builtin as unknown as Model;
