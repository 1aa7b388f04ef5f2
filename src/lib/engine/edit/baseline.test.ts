import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { draftModel } from '../draft';
import { validateModel } from '../spec/validate-model';
import type { Json } from '../spec/checks';
import { setBaseline, setPace } from './baseline';
import { checkWorkingModel } from './check';
import type { WorkingModel } from './types';

function draft(): WorkingModel {
	const result = draftModel('今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上。', {
		baseYear: 2021
	});
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value.model;
}

describe('setting a baseline with its source', () => {
	it('fills a drafted indicator, and its issue goes away', () => {
		const model = draft();
		expect(checkWorkingModel(model).map((i) => i.path)).toContain('$.indicators[0].base');
		const result = setBaseline(model, 'indicator_1', 273.8, {
			kind: 'published',
			citation: { zh: '市南区统计公报 2021', en: 'Shinan statistical communiqué 2021' }
		});
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		expect(result.value.indicators[0]).toMatchObject({ base: 273.8, source: { kind: 'published' } });
		expect(checkWorkingModel(result.value).map((i) => i.path)).not.toContain('$.indicators[0].base');
	});

	it('requires the source text of each kind, at its path', () => {
		const model = shinanFile();
		expect(setBaseline(model, 'gdp', 1400, { kind: 'published', citation: '' })).toMatchObject({
			ok: false,
			issues: [{ path: '$.indicators[0].source.citation', code: 'edit-citation-required' }]
		});
		expect(
			setBaseline(model, 'gdp', 1400, { kind: 'implied', derivation: { zh: ' ', en: '' } })
		).toMatchObject({
			ok: false,
			issues: [{ path: '$.indicators[0].source.derivation', code: 'edit-derivation-required' }]
		});
		expect(setBaseline(model, 'gdp', 1400, { kind: 'assumption', reason: '' })).toMatchObject({
			ok: false,
			issues: [{ path: '$.indicators[0].source.reason', code: 'edit-reason-required' }]
		});
		const ok = setBaseline(model, 'gdp', 1400, { kind: 'assumption', reason: 'A round figure to test.' });
		expect(ok.ok && validateModel(ok.value as unknown as Json).ok).toBe(true);
	});

	it('refuses a number that is not one, and a derived indicator', () => {
		expect(setBaseline(shinanFile(), 'gdp', Number.NaN, { kind: 'assumption', reason: 'x' })).toMatchObject({
			ok: false,
			issues: [{ path: '$.indicators[0].base', code: 'edit-bad-base', params: { unit: '亿元' } }]
		});
		expect(
			setBaseline(shinanFile(), 'digital_core_share', 0.1, { kind: 'assumption', reason: 'x' })
		).toMatchObject({ ok: false, issues: [{ reason: 'derived-has-no-baseline' }] });
	});

	it('sets a yearly rate (above −1) or amount the draft left empty', () => {
		const model = draft();
		expect(setPace(model, 'indicator_1', -1)).toMatchObject({
			ok: false,
			issues: [{ path: '$.indicators[0].rate' }]
		});
		const result = setPace(model, 'indicator_1', 0.08);
		expect(result.ok && result.value.indicators[0]).toMatchObject({ rate: 0.08 });
	});
});
