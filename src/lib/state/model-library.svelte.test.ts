import { describe, expect, it } from 'vitest';
import { memoryStorage, modelKey } from '$lib/scenarios';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { ModelLibrary } from './model-library.svelte';
import { ModelSource } from './model-source.svelte';
import { Simulation } from './simulation.svelte';

function library(storage = memoryStorage()) {
	let n = 0;
	return new ModelLibrary(storage, { newId: () => `m${++n}`, reservedIds: ['shinan-2022-2026'] });
}

describe('ModelLibrary', () => {
	it('duplicates the built-in model into an editable stored copy, renames it, deletes it and undoes that', () => {
		const models = library();
		const copy = models.duplicateBuiltin(shinanFile());
		expect(copy?.model.title.en).toMatch(/\(copy\)$/);
		expect(models.models.map((m) => m.id)).toEqual(['m1']);
		models.rename('m1', '  我的市南  ', 'zh');
		expect(models.models[0]?.model.title).toMatchObject({ zh: '我的市南', en: copy?.model.title.en });
		expect(models.remove('m1')).toBe(true);
		expect(models.models).toEqual([]);
		expect(models.removed?.id).toBe('m1');
		expect(models.undoRemove()).toBe(true);
		expect(models.models.map((m) => m.model.title.zh)).toEqual(['我的市南']);
		expect(models.removed).toBeNull();
	});

	it('imports a model file, and refuses JSON syntax errors and non-models without storing anything', () => {
		const models = library();
		const text = JSON.stringify(shinanFile());
		expect(models.importText(text.slice(0, 40))).toBeNull();
		expect(models.importError).toMatchObject({ kind: 'syntax', line: 1 });
		expect(models.importText('{"id": "x"}')).toBeNull();
		expect(models.importError).toMatchObject({
			kind: 'model',
			issues: [{ path: '$.title' }, {}, {}, {}, {}, {}]
		});
		expect(models.models).toEqual([]);
		const stored = models.importText(text);
		expect(stored).toMatchObject({ origin: 'import', model: { id: 'm1' } });
		expect(models.importError).toBeNull();
		expect(JSON.parse(models.exportText('m1') ?? '')).toEqual({ ...shinanFile(), id: 'm1' });
	});

	it("keeps an imported model's own id when it is free, so links made with it elsewhere open here", () => {
		const models = library();
		const file = JSON.stringify({ ...shinanFile(), id: 'k3j9x2ab' });
		expect(models.importText(file)?.id).toBe('k3j9x2ab');
		// The same file again is a second model: its id is taken, so it gets a new one.
		expect(models.importText(file)?.id).toBe('m1');
		// The built-in model's id is never kept: links for the built-in model name no model.
		expect(models.importText(JSON.stringify(shinanFile()))?.id).toBe('m2');
		// A name that is no model id (capitals, spaces) is replaced too.
		expect(models.importText(JSON.stringify({ ...shinanFile(), id: 'My Plan' }))?.id).toBe('m3');
		expect(models.models.map((m) => m.id).sort()).toEqual(['k3j9x2ab', 'm1', 'm2', 'm3']);
	});

	it('uses a complete model on every page, and refuses an unfinished one with its needs by JSON path', async () => {
		const sim = new Simulation(createInProcessRunner());
		const source = new ModelSource(sim, shinanFile());
		const models = library();
		models.duplicateBuiltin(shinanFile());
		expect(await models.use('m1', source, 'en')).toBe(true);
		expect(sim.loaded?.model.id).toBe('m1');
		const unfinished = shinanFile();
		(unfinished.indicators[1] as { base: unknown }).base = null;
		models.create(unfinished, 'draft');
		expect(await models.use('m2', source, 'en')).toBe(false);
		expect(models.issues.map((i) => i.path)).toEqual(['$.indicators[1].base']);
		expect(sim.loaded?.model.id).toBe('m1');
	});

	it('a stored model drafted from a text brings that text to the source page when used', async () => {
		const sim = new Simulation(createInProcessRunner());
		const source = new ModelSource(sim, shinanFile());
		const models = library();
		models.create(shinanFile(), 'draft', '市南区今后五年……');
		expect(await models.use('m1', source, 'zh')).toBe(true);
		expect(source.planText).toBe('市南区今后五年……');
		await source.useBuiltin();
		expect(source.planText).toBeNull();
	});

	it('re-reads the list when another tab changes a stored model', () => {
		const storage = memoryStorage();
		const models = library(storage);
		const target = new EventTarget();
		const stop = models.listen(target);
		const other = library(storage);
		other.duplicateBuiltin(shinanFile());
		expect(models.models).toEqual([]);
		target.dispatchEvent(Object.assign(new Event('storage'), { key: modelKey('m1') }));
		expect(models.models.map((m) => m.id)).toEqual(['m1']);
		stop();
	});

	it('keeps what storage-full refused out of the list and says so', () => {
		const models = new ModelLibrary(memoryStorage({ quotaBytes: 1000 }), { newId: () => 'm1' });
		expect(models.duplicateBuiltin(shinanFile())).toBeNull();
		expect(models.issues).toMatchObject([{ reason: 'storage-full' }]);
		expect(models.models).toEqual([]);
	});
});
