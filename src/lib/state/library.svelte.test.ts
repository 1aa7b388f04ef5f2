import { describe, expect, it } from 'vitest';
import { memoryStorage, type MemoryStorage } from '$lib/scenarios';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { CURRENT_ID, PLAN_ID, ScenarioLibrary } from './library.svelte';
import { stateKey } from './scenario-keys';
import { Simulation } from './simulation.svelte';
import { shinanFile } from '../../../tests/fixtures/shinan';

const shinan: unknown = shinanFile();
const RATE = 'finance_value_added.rate';

/** Writes a saved scenario (schema 2; the Shinan model unless `modelId` says) straight into `storage`. */
function putEntry(
	storage: MemoryStorage,
	entry: { id: string; name: string; modelId?: string; scenario?: Record<string, number> }
) {
	const time = '2025-03-01T10:00:00.000Z';
	const { id, name, modelId = 'shinan-2022-2026', scenario = {} } = entry;
	const saved = { schema: 2, id, name, modelId, createdAt: time, updatedAt: time, scenario };
	storage.setItem(`target-scenarios:scenario:${id}`, JSON.stringify(saved));
}

async function setup(storage: MemoryStorage = memoryStorage()) {
	const sim = new Simulation(createInProcessRunner());
	await sim.load(shinan);
	const library = new ScenarioLibrary(sim, storage);
	library.refresh();
	return { sim, library, storage };
}

describe('ScenarioLibrary', () => {
	it('saves the state on screen, knows it is current, and notices changes until updated', async () => {
		const { sim, library } = await setup();
		expect(library.isPlan).toBe(true);
		expect(library.dirty).toBe(false);
		sim.set(RATE, 0.08);
		expect(library.isPlan).toBe(false);
		expect(library.dirty).toBe(true);

		const saved = library.save('  Slow finance ');
		expect(saved.ok).toBe(true);
		expect(library.scenarios.map((s) => s.name)).toEqual(['Slow finance']);
		expect(library.current?.name).toBe('Slow finance');
		expect(library.dirty).toBe(false);

		sim.set('gdp.rate', 0.05);
		expect(library.dirty).toBe(true);
		const id = library.current!.id;
		expect(library.update(id).ok).toBe(true);
		expect(library.dirty).toBe(false);
		expect(library.scenarios[0]!.scenario).toEqual({ [RATE]: 0.08, 'gdp.rate': 0.05 });
	});

	it('opens saved scenarios and the plan, and recognises a saved state reached another way', async () => {
		const { sim, library } = await setup();
		sim.set(RATE, 0.08);
		const a = library.save('A');
		sim.resetAll();
		expect(library.open(PLAN_ID).ok).toBe(true);
		expect(library.current).toBeUndefined();
		expect(library.isPlan).toBe(true);

		expect(library.open(a.ok ? a.value.id : '').ok).toBe(true);
		expect(sim.scenario).toEqual({ [RATE]: 0.08 });
		// A link (or typing the same value) that gives the same state finds the saved scenario.
		library.apply({ scenario: {} });
		sim.set(RATE, 0.08);
		expect(library.current?.name).toBe('A');
		expect(library.dirty).toBe(false);
	});

	it('renames, duplicates and deletes', async () => {
		const { sim, library } = await setup();
		sim.set(RATE, 0.08);
		const saved = library.save('A');
		if (!saved.ok) throw new Error('not saved');
		expect(library.rename(saved.value.id, 'B').ok).toBe(true);
		const copy = library.duplicate(saved.value.id);
		expect(copy.ok && copy.value.name).toBe('B (2)');
		expect(library.remove(saved.value.id).ok).toBe(true);
		expect(library.scenarios.map((s) => s.name)).toEqual(['B (2)']);
		expect(library.current?.name).toBe('B (2)');
		const empty = library.rename(library.scenarios[0]!.id, '  ');
		expect(empty.ok).toBe(false);
	});

	it('reports unreadable entries, sets them aside and keeps listing the others', async () => {
		const storage = memoryStorage();
		putEntry(storage, { id: 'good0001', name: 'Good' });
		storage.setItem('target-scenarios:scenario:bad00001', '{not json');
		const { library } = await setup(storage);
		expect(library.scenarios.map((s) => s.id)).toEqual(['good0001']);
		expect(library.problems).toHaveLength(1);
		expect(library.problems[0]).toMatchObject({
			code: 'storage-set-aside',
			params: { reason: { code: 'storage-entry-not-json', params: { id: 'bad00001' } } }
		});
		expect(library.quarantined).toHaveLength(1);
		expect(library.quarantined[0]!.raw).toBe('{not json');
		// Reading again reports nothing new; the entry set aside stays until discarded.
		library.refresh();
		expect(library.problems).toHaveLength(1);
		library.dismissProblems();
		expect(library.problems).toEqual([]);
		expect(library.discardQuarantined(library.quarantined[0]!.key).ok).toBe(true);
		expect(library.quarantined).toEqual([]);
	});

	it('says when storage is full and stores nothing', async () => {
		const storage = memoryStorage({ quotaBytes: 200 });
		const { sim, library } = await setup(storage);
		sim.set(RATE, 0.08);
		const saved = library.save('A name long enough to overflow the tiny quota of this storage');
		expect(saved.ok).toBe(false);
		if (!saved.ok) expect(saved.issues[0]).toMatchObject({ code: 'storage-full' });
		expect(library.scenarios).toEqual([]);
		expect(storage.contents()).toEqual({});
	});

	it('lists the model’s own scenarios and counts the others', async () => {
		const storage = memoryStorage();
		putEntry(storage, { id: 'other001', name: 'Elsewhere', modelId: 'another-model' });
		const { library } = await setup(storage);
		expect(library.scenarios).toEqual([]);
		expect(library.otherModels).toBe(1);
	});

	it('reads saved states against the model, with what no longer fits as warnings', async () => {
		const storage = memoryStorage();
		putEntry(storage, { id: 'old00001', name: 'Old', scenario: { [RATE]: 0.07, 'gone.rate': 0.1 } });
		const { sim, library } = await setup(storage);
		const opened = library.open('old00001');
		expect(opened.ok).toBe(true);
		if (opened.ok) expect(opened.issues.map((w) => w.path)).toEqual(['$.scenario["gone.rate"]']);
		expect(sim.scenario).toEqual({ [RATE]: 0.07 });
		expect(library.stateOf(CURRENT_ID)).toMatchObject({ ok: true });
		expect(library.stateOf('missing1').ok).toBe(false);
	});

	it('runs states one-off (the plan is the baseline) and caches them', async () => {
		const { sim, library } = await setup();
		expect(await library.run({ scenario: {} })).toBe(sim.loaded!.baseline);
		const state = { scenario: { [RATE]: 0.08 } };
		const first = library.run(state);
		expect(library.run({ scenario: { [RATE]: 0.08 } })).toBe(first);
		const result = await first;
		expect(result?.targets.find((t) => t.id === 'finance_value_added_growth')?.met).toBe(false);
		expect(stateKey(state, library.shape!)).toBe(
			stateKey({ scenario: { [RATE]: 0.08 }, actuals: {} }, library.shape!)
		);
	});
});
