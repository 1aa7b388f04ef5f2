/**
 * The published actuals example (models/shinan-actuals-example.json) on the main thread, as data: its
 * entries become the Simulation's `Actuals` through the engine core's `actualsOf`. The engine validates the
 * file (spec/actuals-file.ts, tested in tests/actuals-example.test.ts).
 */
import type { ActualsFile } from '$lib/engine';

/** Loads the example file (a separate chunk: only when asked). */
export async function loadExample(): Promise<ActualsFile> {
	const module = await import('$models/shinan-actuals-example.json');
	return module.default as unknown as ActualsFile;
}
