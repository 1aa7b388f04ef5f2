import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../tests/fixtures/shinan';
import type { StoredModel } from '$lib/scenarios';
import { issue, message } from '$lib/engine/core';
import { modelRows, storeMessage } from './models-view';

const stored: StoredModel = {
	schema: 1,
	id: 'k3j9x2ab',
	revision: 3,
	origin: 'draft',
	createdAt: '2026-12-01T08:00:00.000Z',
	updatedAt: '2026-12-07T08:00:00.000Z',
	model: { ...shinanFile(), id: 'k3j9x2ab', title: { zh: '草稿', en: 'Draft' }, targets: [] }
};

describe('the models list', () => {
	it('shows the built-in model first, then each stored one with its period, counts and last change', () => {
		const rows = modelRows(shinanFile(), [stored], 'k3j9x2ab', 'en');
		expect(rows.map((r) => [r.id, r.title, r.period, r.counts, r.inUse])).toEqual([
			[null, shinanFile().title.en, '2021–2026', '38 indicators, 37 targets', false],
			['k3j9x2ab', 'Draft', '2021–2026', '38 indicators, 0 targets', true]
		]);
		expect(rows[0]?.updated).toBe('');
		expect(rows[1]?.updated).toMatch(/^changed 7 Dec 2026/);
	});

	it('speaks Chinese in Chinese', () => {
		const rows = modelRows(shinanFile(), [stored], 'shinan-2022-2026', 'zh');
		expect(rows.map((r) => [r.title, r.period, r.counts, r.inUse])).toEqual([
			[shinanFile().title.zh, '2021—2026年', '38 个指标，37 个目标', true],
			['草稿', '2021—2026年', '38 个指标，0 个目标', false]
		]);
		expect(rows[1]?.updated).toMatch(/^修改于 2026年12月7日/);
	});

	it('says the store’s refusals in the reader’s language, naming the model, and leaves path-only issues to the issue list', () => {
		const full = {
			...issue('target-scenarios:model:m1', 'model-storage-full', {
				what: message('model-what-changes', { title: { zh: '我的模型', en: 'My model' } })
			}),
			reason: 'storage-full'
		};
		expect(storeMessage(full, 'en')).toBe(
			'Browser storage is full: your changes to the model “My model” were not saved; your work is still open here: export models to files, or delete old models or scenarios'
		);
		expect(storeMessage(full, 'zh')).toMatch(/^浏览器存储已满：对模型“我的模型”的修改未保存；/);
		const conflict = {
			...issue('k', 'model-conflict', { title: { zh: '新', en: 'New' }, stored: 3, yours: 2 }),
			reason: 'conflict'
		};
		expect(storeMessage(conflict, 'zh')).toBe(
			'模型“新”已在另一个标签页中修改（现为第 3 版，您的编辑基于第 2 版）：您的修改未保存；请重新载入对方的版本，或两者都保留'
		);
		expect(storeMessage(issue('$.indicators[0].base', 'required'), 'en')).toBeUndefined();
	});
});
