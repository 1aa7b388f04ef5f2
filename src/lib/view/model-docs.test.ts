import { describe, expect, it } from 'vitest';
import full from '$models/shinan-2022-2026.json';
import type { Model } from '$lib/engine';
import { modelFileHash, modelHash, modelShape } from '$lib/scenarios';
import { BUILTIN_HASH, builtinModel, fullBuiltinModel } from './builtin-model';
import { docsOf, withDocs, withoutDocs } from './model-docs';

const file = full as unknown as Model;

describe('the built-in plan without its reading notes', () => {
	it('is the file with exactly the indicators’ notes and the targets’ notes left out', () => {
		expect(builtinModel).toEqual(withoutDocs(file));
		expect(builtinModel.indicators.some((i) => 'notes' in i)).toBe(false);
		expect(builtinModel.targets.some((t) => 'note' in t)).toBe(false);
		// What the file has beyond that is all still there: sources, quotes, names.
		const strip = (m: Model) => JSON.stringify(m).length;
		const notes = file.indicators.reduce((n, i) => n + JSON.stringify(i.notes ?? []).length, 0);
		expect(strip(builtinModel)).toBeLessThan(strip(file) - notes);
		const source = (i: Model['indicators'][number]) => ('source' in i ? i.source : null);
		expect(builtinModel.indicators.map(source)).toEqual(file.indicators.map(source));
		expect(builtinModel.targets.map((t) => t.quote)).toEqual(file.targets.map((t) => t.quote));
	});

	it('gets each indicator page’s notes back from that page’s docs', () => {
		let model = builtinModel;
		for (const { id } of file.indicators) model = withDocs(model, id, docsOf(file, id));
		expect(model).toEqual(file);
		// One indicator's docs restore that indicator and its targets only.
		const one = withDocs(builtinModel, 'finance_value_added', docsOf(file, 'finance_value_added'));
		expect(one.indicators.find((i) => i.id === 'finance_value_added')?.notes).toEqual(
			file.indicators.find((i) => i.id === 'finance_value_added')?.notes
		);
		expect(one.indicators.filter((i) => i.notes).length).toBe(1);
		for (const t of one.targets)
			expect(t.note !== undefined).toBe(t.indicator === 'finance_value_added' && !!t.note);
	});

	it('names the file’s hash in links and files, so they do not read as another version', () => {
		expect(BUILTIN_HASH).toBe(modelHash(builtinModel));
		expect(BUILTIN_HASH).not.toBe(modelHash(file));
		expect(modelFileHash(builtinModel)).toBe(modelHash(file));
		expect(modelShape(builtinModel).hash).toBe(modelShape(file).hash);
		// A worker's copy (structured clone) is recognised by content, not identity.
		expect(modelFileHash(structuredClone(builtinModel))).toBe(modelHash(file));
		// Any other model keeps its own hash.
		const edited = { ...builtinModel, title: { zh: '副本', en: 'Copy' } };
		expect(modelFileHash(edited)).toBe(modelHash(edited));
	});

	it('exports and copies the whole file', async () => {
		expect(await fullBuiltinModel()).toEqual(file);
	});
});
