import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { exportModelJson, importModel } from './model-file';

describe('model files', () => {
	it('exports the model file itself, which imports back unchanged and complete', () => {
		const model = shinanFile();
		const text = exportModelJson({ model });
		const back = importModel(JSON.parse(text));
		expect(back).toEqual({ ok: true, value: model, issues: [] });
	});

	it('reads a stored entry too, with paths inside it', () => {
		const model = shinanFile();
		(model.indicators[0] as { base: unknown }).base = null;
		const back = importModel({ schema: 1, id: 'x', model });
		expect(back.ok).toBe(true);
		expect(back.issues.map((i) => i.path)).toEqual(['$.model.indicators[0].base']);
	});

	it('refuses what is not a model, by JSON path', () => {
		expect(importModel([])).toMatchObject({ ok: false, issues: [{ path: '$' }] });
		const result = importModel({
			id: 'x',
			title: 'T',
			baseYear: 2021,
			endYear: '2026',
			fields: [],
			targets: []
		});
		expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
			'$.title',
			'$.endYear',
			'$.indicators'
		]);
	});
});
