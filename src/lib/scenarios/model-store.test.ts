import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { memoryStorage, type StorageBackend } from './backend';
import { createModelStore, modelIdOfKey, modelKey, MODEL_QUARANTINE_PREFIX } from './model-store';
import { summaryOf } from './model-entry';
import { createScenarioStore } from './storage';
import { problemIssue } from './storage-keys';
import { issueText } from '../../cli/issue-text';

/** A store over `backend` with a clock that ticks a second per call and ids m1, m2, … */
function storeOver(backend: StorageBackend = memoryStorage()) {
	let tick = 0;
	let ids = 0;
	return createModelStore({
		backend,
		now: () => new Date(Date.UTC(2026, 11, 7, 8, 0, tick++)),
		newId: () => `m${++ids}`
	});
}

function must<T>(result: { ok: true; value: T } | { ok: false; issues: unknown }): T {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

describe('the model store', () => {
	it('creates, lists (latest change first) and reads models, each under its own key and id', () => {
		const backend = memoryStorage();
		const store = storeOver(backend);
		const a = must(store.create(shinanFile(), { origin: 'copy' }));
		const b = must(store.create({ ...shinanFile(), targets: [] }, { origin: 'draft', text: '今后五年…' }));
		expect(a).toMatchObject({ id: 'm1', revision: 1, origin: 'copy', model: { id: 'm1' } });
		expect(Object.keys(backend.contents())).toEqual([modelKey('m1'), modelKey('m2')]);
		expect(store.list().models.map((m) => m.id)).toEqual(['m2', 'm1']);
		expect(must(store.get('m2'))).toEqual(b);
		expect(summaryOf(a)).toMatchObject({ baseYear: 2021, endYear: 2026, indicators: 38, targets: 37 });
		expect(store.get('m9')).toMatchObject({
			ok: false,
			issues: [{ reason: 'not-found', path: modelKey('m9') }]
		});
	});

	it('never mixes with saved scenarios', () => {
		const backend = memoryStorage();
		must(storeOver(backend).create(shinanFile(), { origin: 'copy' }));
		const scenarios = createScenarioStore({ backend, modelId: 'shinan-2022-2026' });
		expect(scenarios.list()).toEqual({ scenarios: [], problems: [] });
		expect(scenarios.quarantined()).toEqual([]);
	});

	it('saves an edit with the next revision, and refuses one made from an old revision (another tab)', () => {
		const store = storeOver();
		const first = must(store.create(shinanFile(), { origin: 'copy' }));
		const mine = { ...first.model, endYear: 2027 };
		const saved = must(store.save('m1', mine, 1));
		expect(saved).toMatchObject({ revision: 2, model: { endYear: 2027, id: 'm1' } });
		// Another tab still at revision 1 saves: refused, and the stored model is the one saved above.
		const theirs = store.save('m1', { ...first.model, endYear: 2030 }, 1);
		expect(theirs).toMatchObject({
			ok: false,
			issues: [
				{ reason: 'conflict', path: modelKey('m1'), code: 'model-conflict', params: { stored: 2, yours: 1 } }
			]
		});
		expect(must(store.get('m1')).model.endYear).toBe(2027);
		// Keeping both: the refused edit is stored as a new model.
		const kept = must(store.create({ ...first.model, endYear: 2030 }, { origin: 'copy' }));
		expect(store.list().models.map((m) => [m.id, m.model.endYear])).toEqual([
			[kept.id, 2030],
			['m1', 2027]
		]);
	});

	it('renames, duplicates, deletes and puts back (undo)', () => {
		const store = storeOver();
		must(store.create(shinanFile(), { origin: 'import', text: 'plan' }));
		expect(must(store.rename('m1', { zh: '我的模型', en: 'My model' }))).toMatchObject({
			revision: 2,
			model: { title: { en: 'My model' } }
		});
		const copy = must(store.duplicate('m1'));
		expect(copy).toMatchObject({ id: 'm2', origin: 'copy', text: 'plan', revision: 1 });
		expect(copy.model.title).toEqual({ zh: '我的模型（副本）', en: 'My model (copy)' });
		const removed = must(store.remove('m1'));
		expect(store.list().models.map((m) => m.id)).toEqual(['m2']);
		expect(must(store.restore(removed))).toEqual(removed);
		expect(
			store
				.list()
				.models.map((m) => m.id)
				.sort()
		).toEqual(['m1', 'm2']);
		expect(store.restore(removed)).toMatchObject({ ok: false, issues: [{ reason: 'conflict' }] });
	});

	it('says storage is full and changes nothing: the old revision stays, the edit is still the caller’s', () => {
		const backend = memoryStorage({ quotaBytes: 120_000 });
		const store = storeOver(backend);
		const first = must(store.create(shinanFile(), { origin: 'copy' }));
		const before = backend.contents();
		const big = { ...first.model, document: { title: 'x'.repeat(60_000) } };
		const result = store.save('m1', big, 1);
		expect(result).toMatchObject({
			ok: false,
			issues: [{ reason: 'storage-full', path: modelKey('m1'), code: 'model-storage-full' }]
		});
		// Where and what: the model's key, its title and that the changes were not saved, in either language.
		const full = result.ok ? undefined : result.issues[0]!;
		expect(issueText(full!, 'en')).toBe(
			`browser storage is full: your changes to the model “${big.title.en}” were not saved; your work is still open here: export models to files, or delete old models or scenarios`
		);
		expect(issueText(full!, 'zh')).toBe(
			`浏览器存储已满：对模型“${big.title.zh}”的修改未保存；您的内容仍在此页面中：请把模型导出为文件，或删除旧的模型或情景`
		);
		expect(backend.contents()).toEqual(before);
		expect(store.create(big, { origin: 'copy' })).toMatchObject({
			ok: false,
			issues: [{ reason: 'storage-full', params: { what: { code: 'model-what-not-saved' } } }]
		});
		expect(backend.contents()).toEqual(before);
	});

	it('sets an unreadable entry aside with its text, reports it, and lists the others', () => {
		const backend = memoryStorage();
		const store = storeOver(backend);
		must(store.create(shinanFile(), { origin: 'copy' }));
		backend.setItem(modelKey('broken'), '{"schema":1,');
		backend.setItem(modelKey('old'), JSON.stringify({ schema: 1, id: 'old', revision: 0, model: {} }));
		const { models, problems } = store.list();
		expect(models.map((m) => m.id)).toEqual(['m1']);
		expect(problems.map((p) => p.key).sort()).toEqual([modelKey('broken'), modelKey('old')]);
		const old = problems.find((p) => p.key === modelKey('old'))!;
		expect(old).toMatchObject({
			code: 'storage-set-aside',
			params: { reason: { code: 'model-entry-unreadable', params: { id: 'old', path: '$.revision' } } }
		});
		expect(issueText(problemIssue(old), 'zh')).toMatch(
			/^已保存的模型 old 无法读取：\$\.revision：应为 ≥ 1 的整数，实际为 0；已将其移至一旁，保存为 target-scenarios:model-quarantine:old:\d+$/
		);
		const broken = problems.find((p) => p.key === modelKey('broken'))!;
		expect(issueText(problemIssue(broken), 'en')).toMatch(
			/^stored model broken is not valid JSON; it was set aside as target-scenarios:model-quarantine:broken:\d+$/
		);
		const aside = store.quarantined();
		expect(aside.map((q) => [q.id, q.raw])).toEqual(
			expect.arrayContaining([
				['broken', '{"schema":1,'],
				['old', expect.stringContaining('"revision":0')]
			])
		);
		for (const q of aside) expect(q.key.startsWith(MODEL_QUARANTINE_PREFIX)).toBe(true);
		must(store.discardQuarantined(aside[0]!.key));
		expect(store.quarantined()).toHaveLength(1);
	});

	it('refuses an entry from a newer app version instead of misreading it', () => {
		const backend = memoryStorage();
		backend.setItem(modelKey('n1'), JSON.stringify({ schema: 9, id: 'n1' }));
		const { problems } = storeOver(backend).list();
		expect(problems[0]).toMatchObject({
			params: {
				reason: { params: { path: '$.schema', problem: { code: 'schema-too-new', params: { got: 9 } } } }
			}
		});
		expect(issueText(problemIssue(problems[0]!), 'en')).toContain(
			'$.schema: is 9: saved by a newer version of this app, which reads up to 1'
		);
	});

	it('names the model another tab changed, from the storage event’s key', () => {
		expect(modelIdOfKey(modelKey('m1'))).toBe('m1');
		expect(modelIdOfKey('target-scenarios:scenario:m1')).toBeUndefined();
		expect(modelIdOfKey(null)).toBeUndefined();
	});
});
