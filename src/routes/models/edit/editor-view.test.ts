import { describe, expect, it } from 'vitest';
import { loadModel, runScenario, setFormula, setPace } from '$lib/engine';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { editedSource, formulaProblem, sourceText, unitOptions, verdicts } from './editor-view';

const SHARE = shinanFile().indicators.findIndex((x) => x.id === 'digital_core_share');

/** The engine's issues for the Shinan model with the share's formula set to `expr`. */
function issuesWith(expr: string) {
	const edited = setFormula(shinanFile(), 'digital_core_share', expr);
	if (!edited.ok) return edited.issues;
	const loaded = loadModel(edited.value);
	return loaded.ok ? [] : loaded.issues;
}

describe('a formula’s problem', () => {
	it('points at the character mathjs stopped at, in the reader’s language', () => {
		const source = 'digital_core_value_added / ';
		expect(formulaProblem(issuesWith(source), SHARE, source, 'en')).toEqual({
			text: 'at character 28: the formula ends where a value or name is still needed',
			at: 27
		});
		expect(formulaProblem(issuesWith(source), SHARE, source, 'zh')).toEqual({
			text: '第 28 个字符处：公式在还缺少数值或名称的地方就结束了',
			at: 27
		});
	});

	it('names an unclosed parenthesis and an operator out of place', () => {
		const open = '(digital_core_value_added / gdp';
		expect(formulaProblem(issuesWith(open), SHARE, open, 'en')?.text).toContain('closing parenthesis');
		const twice = 'digital_core_value_added / * gdp';
		const problem = formulaProblem(issuesWith(twice), SHARE, twice, 'zh');
		expect(problem?.text).toMatch(/^第 \d+ 个字符处：/);
		expect(problem?.text).not.toMatch(/[A-Za-z]{4,}/);
	});

	it('points at an unknown name where it stands', () => {
		const source = 'digital_core_value_added / gpd';
		const problem = formulaProblem(issuesWith(source), SHARE, source, 'en');
		expect(problem?.at).toBe(source.indexOf('gpd'));
		expect(problem?.text).toContain('gpd');
	});

	it('names a cycle in the reader’s language and points at the name that closes it', () => {
		const source = 'digital_core_value_added / digital_core_share';
		const en = formulaProblem(issuesWith(source), SHARE, source, 'en', 'digital_core_share');
		expect(en?.text).toMatch(/circular definition: digital_core_share → digital_core_share/);
		expect(en?.text).toMatch(/^at character 28: /);
		expect(en?.at).toBe(source.indexOf('digital_core_share'));
		const zh = formulaProblem(issuesWith(source), SHARE, source, 'zh', 'digital_core_share');
		expect(zh?.text).toMatch(/^第 28 个字符处：/);
		expect(zh?.text).toContain('digital_core_share → digital_core_share');
		// Nothing English in the Chinese sentence but the ids it names.
		expect(zh?.text.replace(/[a-z_]+/g, '')).not.toMatch(/[A-Za-z]/);
	});

	it('shows a cycle through two formulas beside each of them, wherever the engine reports it', () => {
		const one = setFormula(shinanFile(), 'digital_core_share', 'digital_core_value_added / gdp');
		if (!one.ok) throw new Error('setup');
		const model = one.value;
		model.indicators.push({
			...model.indicators[SHARE]!,
			id: 'loop',
			expr: 'digital_core_share * 2'
		} as never);
		const looped = setFormula(model, 'digital_core_share', 'loop / 2');
		if (!looped.ok) throw new Error('setup');
		const loaded = loadModel(looped.value);
		const issues = loaded.ok ? [] : loaded.issues;
		const loop = looped.value.indicators.length - 1;
		for (const [index, id, source, reads] of [
			[SHARE, 'digital_core_share', 'loop / 2', 'loop'],
			[loop, 'loop', 'digital_core_share * 2', 'digital_core_share']
		] as const) {
			const problem = formulaProblem(issues, index, source, 'en', id);
			expect(problem?.text).toContain('circular definition');
			expect(problem?.at).toBe(source.indexOf(reads));
		}
	});

	it('is null for a formula that compiles, and for problems elsewhere', () => {
		expect(formulaProblem(issuesWith('digital_core_value_added / gdp'), SHARE, '', 'en')).toBeNull();
		expect(formulaProblem(issuesWith('x +'), SHARE + 1, 'x +', 'en')).toBeNull();
	});
});

describe('the preview', () => {
	it('counts the targets the edited plan meets and names each', () => {
		const edited = setPace(shinanFile(), 'tech_contract_turnover', 0);
		if (!edited.ok) throw new Error('refused');
		const loaded = loadModel(edited.value);
		if (!loaded.ok) throw new Error('does not load');
		const run = runScenario({ model: loaded.value });
		if (!run.ok) throw new Error('does not run');
		const shown = verdicts(run.value, edited.value, 'zh');
		expect(shown.total).toBe(37);
		expect(shown.met).toBe(run.value.targets.filter((x) => x.met).length);
		const row = shown.rows.find((r) => r.id === 'tech_contract_turnover_level');
		expect(row).toMatchObject({ met: false });
		expect(row?.name).toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('sources and units', () => {
	it('replaces only the reader’s language of a source written in both', () => {
		const old = { kind: 'assumption' as const, reason: { zh: '旧理由', en: 'old reason' } };
		expect(editedSource(old, 'assumption', 'new reason', 'en')).toEqual({
			kind: 'assumption',
			reason: { zh: '旧理由', en: 'new reason' }
		});
		expect(editedSource(old, 'published', '统计年鉴', 'zh')).toEqual({
			kind: 'published',
			citation: '统计年鉴'
		});
		expect(sourceText(old, 'zh')).toBe('旧理由');
		expect(sourceText({ kind: 'missing' }, 'en')).toBe('');
	});

	it('names every unit in the reader’s language', () => {
		const en = unitOptions('en');
		expect(en.find((u) => u.value === '亿元')?.label).toBe('bn yuan');
		expect(en.every((u) => !/[\u4e00-\u9fff]/.test(u.label))).toBe(true);
		expect(unitOptions('zh').find((u) => u.value === '亿元')?.label).toBe('亿元');
	});
});
