/**
 * The published actuals example (models/shinan-actuals-example.json) on the main thread, as data: its
 * entries become the Simulation's `Actuals`. The engine validates the file (spec/actuals-file.ts, tested in
 * tests/actuals-example.test.ts); this reads the shape the test has checked, without the engine's code.
 */
import type { Actuals, ActualsFile } from '$lib/engine';

/** indicator → year → value, from a file's entries. */
export function actualsFromFile(file: Pick<ActualsFile, 'actuals'>): Actuals {
	const out: Record<string, Record<string, number>> = {};
	for (const entry of file.actuals) (out[entry.indicator] ??= {})[String(entry.year)] = entry.value;
	return out;
}

/** How many values `actuals` holds. */
export function countActuals(actuals: Actuals): number {
	return Object.values(actuals).reduce((n, years) => n + Object.keys(years).length, 0);
}

/** Loads the example file (a separate chunk: only when asked). */
export async function loadExample(): Promise<ActualsFile> {
	const module = await import('$models/shinan-actuals-example.json');
	return module.default as unknown as ActualsFile;
}
