import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../tests/fixtures/shinan';
import type { StoredModel } from '$lib/scenarios';
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

	it('says the store’s refusals in the reader’s language, and leaves path-only issues to the issue list', () => {
		expect(storeMessage({ path: 'k', message: 'full', reason: 'storage-full' } as never, 'en')).toMatch(
			/^Browser storage is full: nothing was changed/
		);
		expect(storeMessage({ path: 'k', message: 'x', reason: 'conflict' } as never, 'zh')).toMatch(
			/另一个标签页/
		);
		expect(storeMessage({ path: '$.indicators[0].base', message: 'needs' }, 'en')).toBeUndefined();
	});
});
