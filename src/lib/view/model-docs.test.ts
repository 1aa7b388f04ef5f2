import { describe, expect, it } from 'vitest';
import full from '$models/shinan-2022-2026.json';
import type { Model } from '$lib/engine';
import { modelFileHash, modelHash, modelShape } from '$lib/scenarios';
import { BUILTIN_HASH, builtinModel, fullBuiltinModel } from './builtin-model';
import { builtinSources } from './builtin-sources';
import { docsOf, hasSourceText, sourcesOf, withDocs, withoutDocs } from './model-docs';

const file = full as unknown as Model;

describe('the built-in plan without its reading texts', () => {
	it('is the file with exactly the notes and the sources’ texts left out', () => {
		expect(builtinModel).toEqual(withoutDocs(file));
		expect(builtinModel.indicators.some((i) => 'notes' in i)).toBe(false);
		expect(builtinModel.targets.some((t) => 'note' in t)).toBe(false);
		expect(builtinModel.indicators.some((i) => 'description' in i)).toBe(false);
		expect(file.indicators.some((i) => 'description' in i)).toBe(true);
		// Each source keeps its kind (the overview labels it), and nothing else.
		const source = (i: Model['indicators'][number]) => ('source' in i ? i.source : null);
		const kinds = builtinModel.indicators.map(source);
		expect(kinds).toEqual(file.indicators.map((i) => ('source' in i ? { kind: i.source.kind } : null)));
		expect(kinds.filter((s) => s !== null).length).toBeGreaterThan(20);
		expect(kinds.some((s) => s !== null && hasSourceText(s))).toBe(false);
		expect(file.indicators.every((i) => !('source' in i) || hasSourceText(i.source))).toBe(true);
		// What the file has beyond that is all still there: quotes, names, numbers.
		const strip = (m: Model) => JSON.stringify(m).length;
		const notes = file.indicators.reduce((n, i) => n + JSON.stringify(i.notes ?? []).length, 0);
		expect(strip(builtinModel)).toBeLessThan(strip(file) - notes);
		expect(builtinModel.targets.map((t) => t.quote)).toEqual(file.targets.map((t) => t.quote));
		const rest = (i: Model['indicators'][number]) => {
			const {
				notes: _notes,
				description: _description,
				...others
			} = i as Model['indicators'][number] & { source?: unknown };
			return { ...others, source: undefined };
		};
		expect(builtinModel.indicators.map(rest)).toEqual(file.indicators.map(rest));
	});

	it('gets every source’s text back when one is opened on the overview', async () => {
		const sources = await builtinSources();
		expect(sources).toEqual(sourcesOf(file));
		expect(Object.keys(sources)).toEqual(
			file.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id)
		);
		expect(sources.gdp?.kind).toBe('assumption');
		expect(sources.gdp && 'reason' in sources.gdp && sources.gdp.reason).toMatchObject({
			zh: expect.stringContaining('市南区2021年地区生产总值未见公布'),
			en: expect.stringContaining("Shinan's 2021 GDP is not published")
		});
	});

	it('gets each indicator page’s notes and source back from that page’s docs', () => {
		let model = builtinModel;
		for (const { id } of file.indicators) model = withDocs(model, id, docsOf(file, id));
		expect(model).toEqual(file);
		// One indicator's docs restore that indicator and its targets only.
		const one = withDocs(builtinModel, 'finance_value_added', docsOf(file, 'finance_value_added'));
		expect(one.indicators.find((i) => i.id === 'finance_value_added')?.notes).toEqual(
			file.indicators.find((i) => i.id === 'finance_value_added')?.notes
		);
		expect(one.indicators.filter((i) => i.notes).length).toBe(1);
		const withText = one.indicators.filter((i) => 'source' in i && hasSourceText(i.source));
		expect(withText.map((i) => i.id)).toEqual(['finance_value_added']);
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
