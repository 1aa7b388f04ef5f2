import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { validateModel } from '../spec/validate-model';
import type { Json } from '../spec/checks';
import { addField, deleteField, renameField } from './fields';
import { setField } from './indicator-kind';
import type { EditResult, WorkingModel } from './types';

function must(result: EditResult): WorkingModel {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const valid = (model: WorkingModel) => validateModel(model as unknown as Json).ok;
const culture = { zh: '文化', en: 'Culture' };

describe('fields', () => {
	it('adds a field an indicator can then be moved to, and the model still validates', () => {
		const added = must(addField(shinanFile(), 'tourism', { zh: ' 文旅 ', en: 'Tourism' }));
		expect(added.fields.at(-1)).toEqual({ id: 'tourism', name: { zh: '文旅', en: 'Tourism' } });
		const moved = must(setField(added, 'cultural_events', 'tourism'));
		expect(moved.indicators.find((x) => x.id === 'cultural_events')?.field).toBe('tourism');
		expect(valid(moved)).toBe(true);
	});

	it('refuses a malformed or taken id and a missing name, each at its path', () => {
		const model = shinanFile();
		const n = model.fields.length;
		const bad = addField(model, 'Tourism!', culture);
		expect(!bad.ok && bad.issues[0]).toMatchObject({ path: `$.fields[${n}].id`, code: 'edit-bad-id' });
		const taken = addField(model, 'culture', culture);
		expect(!taken.ok && taken.issues[0]).toMatchObject({
			path: `$.fields[${n}].id`,
			code: 'edit-duplicate-field-id',
			params: { id: 'culture' }
		});
		const unnamed = addField(model, 'tourism', { zh: '文旅', en: '  ' });
		expect(!unnamed.ok && unnamed.issues[0]).toMatchObject({
			path: `$.fields[${n}].name.en`,
			code: 'edit-name-required'
		});
	});

	it('renames a field, its indicators following a new id', () => {
		const model = shinanFile();
		const at = model.fields.findIndex((f) => f.id === 'culture');
		const next = must(
			renameField(model, 'culture', { zh: '文化旅游', en: 'Culture and tourism' }, 'culture_tourism')
		);
		expect(next.fields[at]).toEqual({
			id: 'culture_tourism',
			name: { zh: '文化旅游', en: 'Culture and tourism' }
		});
		const ids = next.indicators.filter((x) => x.field === 'culture_tourism').map((x) => x.id);
		expect(ids).toEqual(['qingwenyi_stations', 'cultural_events']);
		expect(next.indicators.some((x) => x.field === 'culture')).toBe(false);
		expect(valid(next)).toBe(true);
		const clash = renameField(model, 'culture', culture, 'finance');
		expect(!clash.ok && clash.issues[0]).toMatchObject({ path: `$.fields[${at}].id` });
		const unknown = renameField(model, 'cultur', culture);
		expect(!unknown.ok && unknown.issues[0]).toMatchObject({
			code: 'edit-unknown-field',
			suggestion: 'culture'
		});
	});

	it('refuses to delete a field that holds indicators, naming them, and deletes an empty one', () => {
		const model = shinanFile();
		const at = model.fields.findIndex((f) => f.id === 'culture');
		const refused = deleteField(model, 'culture');
		expect(!refused.ok && refused.issues[0]).toMatchObject({
			path: `$.fields[${at}]`,
			code: 'edit-field-in-use',
			params: { field: 'culture', indicators: ['qingwenyi_stations', 'cultural_events'] }
		});
		const emptied = must(
			setField(must(setField(model, 'qingwenyi_stations', 'economy')), 'cultural_events', 'economy')
		);
		const gone = must(deleteField(emptied, 'culture'));
		expect(gone.fields.map((f) => f.id)).not.toContain('culture');
		expect(valid(gone)).toBe(true);
	});

	it('keeps the last field', () => {
		const bare: WorkingModel = {
			...shinanFile(),
			indicators: [],
			targets: [],
			fields: [{ id: 'a', name: culture }]
		};
		const refused = deleteField(bare, 'a');
		expect(!refused.ok && refused.issues[0]).toMatchObject({ code: 'edit-last-field', path: '$.fields[0]' });
	});
});
