import { describe, expect, it } from 'vitest';
import { editTarget, setFormula, setPace } from '$lib/engine/core';
import { memoryStorage } from '$lib/scenarios';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { ModelEditor } from './model-editor.svelte';
import { ModelLibrary } from './model-library.svelte';

function setup(storage = memoryStorage()) {
	let n = 0;
	const library = new ModelLibrary(storage, { newId: () => `m${++n}` });
	const stored = library.duplicateBuiltin(shinanFile())!;
	const editor = new ModelEditor(library, stored.id, createInProcessRunner());
	return { storage, library, editor, id: stored.id };
}

const met = (editor: ModelEditor) =>
	editor.preview.state === 'ran' ? editor.preview.result.targets.filter((t) => t.met).length : -1;

describe('ModelEditor', () => {
	it('saves every edit with the next revision, and undo and redo are saved too', async () => {
		const { library, editor, id } = setup();
		await editor.check(editor.model);
		const before = met(editor);
		expect(before).toBeGreaterThan(0);
		// No growth in technology contract turnover: its 2026 level target is missed in the preview.
		const i = editor.model.indicators.findIndex((x) => x.id === 'tech_contract_turnover');
		const planned = shinanFile().indicators[i];
		expect(editor.apply((m) => setPace(m, 'tech_contract_turnover', 0))).toBe(true);
		await editor.check(editor.model);
		expect(met(editor)).toBe(before - 1);
		expect(library.get(id)).toMatchObject({ revision: 2 });
		expect(library.get(id)?.model.indicators[i]).toMatchObject({ rate: 0 });
		editor.undo();
		await editor.check(editor.model);
		expect(met(editor)).toBe(before);
		expect(editor.canRedo).toBe(true);
		expect(library.get(id)).toMatchObject({ revision: 3 });
		expect(library.get(id)?.model.indicators[i]).toEqual(planned);
		editor.redo();
		expect(library.get(id)?.model.indicators[i]).toMatchObject({ rate: 0 });
	});

	it('keeps a refused edit out of the model and says why, by path and code', () => {
		const { editor } = setup();
		expect(editor.apply((m) => editTarget(m, 'gdp_level', { deadline: 2040 }))).toBe(false);
		expect(editor.refused).toMatchObject([{ code: 'edit-unknown-target' }]);
		expect(editor.canUndo).toBe(false);
	});

	it('shows a formula that does not compile by its path, without changing the model', async () => {
		const { editor } = setup();
		const i = editor.model.indicators.findIndex((x) => x.id === 'digital_core_share');
		const trial = setFormula(editor.model, 'digital_core_share', 'digital_core_value_added / ');
		if (!trial.ok) throw new Error('refused');
		const issues = await editor.check(trial.value);
		expect(issues).toMatchObject([{ path: `$.indicators[${i}].expr`, code: 'expression-parse' }]);
		expect(editor.preview.state).toBe('needs');
		expect(editor.canUndo).toBe(false);
	});

	it('refuses to overwrite another tab’s save: the edit stays, then reload theirs or keep both', () => {
		const { storage, library, editor, id } = setup();
		const other = new ModelEditor(new ModelLibrary(storage), id, createInProcessRunner());
		expect(other.apply((m) => setPace(m, 'gdp', 0.01))).toBe(true);
		expect(editor.apply((m) => setPace(m, 'gdp', 0.09))).toBe(true);
		expect(editor.saveState).toBe('conflict');
		expect(library.get(id)?.model.indicators[0]).toMatchObject({ rate: 0.01 });
		expect(editor.model.indicators[0]).toMatchObject({ rate: 0.09 });
		const copy = editor.keepBoth();
		expect(copy?.model.indicators[0]).toMatchObject({ rate: 0.09 });
		expect(library.get(id)?.model.indicators[0]).toMatchObject({ rate: 0.01 });
		editor.reload();
		expect(editor.saveState).toBe('saved');
		expect(editor.model.indicators[0]).toMatchObject({ rate: 0.01 });
	});

	it('says another tab’s save as soon as it is noticed, before any edit here, changing nothing', () => {
		const { storage, library, editor, id } = setup();
		editor.noticeOtherSave();
		expect(editor.saveState).toBe('saved');
		const other = new ModelEditor(new ModelLibrary(storage), id, createInProcessRunner());
		expect(other.apply((m) => setPace(m, 'gdp', 0.01))).toBe(true);
		const mine = editor.model;
		editor.noticeOtherSave();
		expect(editor.saveState).toBe('conflict');
		expect(editor.model).toBe(mine);
		expect(library.get(id)?.model.indicators[0]).toMatchObject({ rate: 0.01 });
		editor.reload();
		expect(editor.saveState).toBe('saved');
		expect(editor.model.indicators[0]).toMatchObject({ rate: 0.01 });
	});

	it('keeps the edit here and says so when storage is full, and saves it on retry once there is room', () => {
		const storage = memoryStorage();
		const { editor, library, id } = setup(storage);
		const full = storage as unknown as { setItem: (k: string, v: string) => void };
		const setItem = full.setItem.bind(storage);
		full.setItem = () => {
			throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
		};
		expect(editor.apply((m) => setPace(m, 'gdp', 0.09))).toBe(true);
		expect(editor.saveState).toBe('failed');
		expect(editor.storeIssues).toMatchObject([{ reason: 'storage-full' }]);
		expect(editor.model.indicators[0]).toMatchObject({ rate: 0.09 });
		expect(library.get(id)?.model.indicators[0]).not.toMatchObject({ rate: 0.09 });
		full.setItem = setItem;
		editor.retrySave();
		expect(editor.saveState).toBe('saved');
		expect(library.get(id)?.model.indicators[0]).toMatchObject({ rate: 0.09 });
	});

	it('says when the model is not stored in this browser', () => {
		const { library } = setup();
		expect(new ModelEditor(library, 'nope', createInProcessRunner()).found).toBe(false);
	});
});
