import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { runDraft } from './draft-run';

const SHINAN = 'models/sources/shinan-2022-congress-report.zh.txt';
const files: Record<string, string> = {
	'plan.txt': '今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上。',
	'empty.txt': '',
	'words.txt': '坚持高质量发展，建设美丽城市。'
};
const read = (path: string) => {
	const text = files[path];
	if (text !== undefined) return text;
	if (path === SHINAN) return readFileSync(path, 'utf8');
	throw Object.assign(new Error('nope'), { code: 'ENOENT' });
};
const run = (...argv: string[]) => runDraft(argv, read, 2026);

describe('npm run -s draft', () => {
	it('prints the draft model as JSON, missing baselines as null', () => {
		const out = run('plan.txt', '--base-year', '2021', '--format', 'json');
		expect(out.code).toBe(EXIT_OK);
		const model = JSON.parse(out.stdout);
		expect(model).toMatchObject({ baseYear: 2021, endYear: 2026 });
		expect(model.targets.map((t: { kind: string }) => t.kind)).toEqual(['rate', 'level']);
		expect(model.indicators[0]).toMatchObject({ base: null, source: { kind: 'missing' } });
		expect(model.indicators[1]).toMatchObject({ base: 107, source: { kind: 'published' } });
		expect(out.stderr).toMatch(/2 targets, 2 indicators/);
	});

	it('writes the model’s notes and sources in both languages, from the drafter’s codes', () => {
		const model = JSON.parse(run('plan.txt', '--base-year', '2021', '--format', 'json').stdout);
		expect(model.targets[0].note).toEqual({
			zh: '期限 2026 年，取自原文“五年”。',
			en: 'Deadline 2026 from the words “五年”.'
		});
		expect(model.indicators[0].source.needs).toEqual({
			zh: '2021 年的基期数值（单位：亿元）及其来源',
			en: 'a base value for 2021 (in 100 million yuan) and its source'
		});
		expect(model.indicators[1].source.citation).toEqual({
			zh: '规划本身写明（本文件）。',
			en: 'Stated by the plan itself (this document).'
		});
	});

	it('prints a table with the quotes and what the draft still needs, by JSON path', () => {
		const out = run('plan.txt', '--base-year=2021');
		expect(out.code).toBe(EXIT_OK);
		expect(out.stdout).toContain('高新企业数量从107家增加到500家以上');
		expect(out.stdout).toMatch(/\$\.indicators\[0\]\.base: needs a base value for 2021/);
		expect(out.stdout).toContain('Base year 2021 as given; end year 2026 (base year + 5).');
	});

	it('says where the years came from and how to change them', () => {
		const out = run(SHINAN);
		expect(out.stdout).toContain(
			'End year 2026: the latest year the targets name; base year 2021. Give --base-year to change it.'
		);
	});

	it('drafts the Shinan plan with its years read from the text', () => {
		const out = run(SHINAN, '--format', 'json');
		const model = JSON.parse(out.stdout);
		expect([model.baseYear, model.endYear, model.targets.length]).toEqual([2021, 2026, 37]);
	});

	it('--end-year sets the period', () => {
		const model = JSON.parse(run('plan.txt', '--end-year', '2030', '--format', 'json').stdout);
		expect([model.baseYear, model.endYear]).toEqual([2025, 2030]);
	});

	it.each([
		[['empty.txt'], /^error: the plan text empty\.txt is empty/],
		[['words.txt'], /^error: the plan text words\.txt has no numbers/],
		[['missing.txt'], /^error: cannot read the plan text missing\.txt: no such file/],
		[[], /^error: FILE missing/],
		[
			['plan.txt', '--format', 'csv'],
			/^error: --format should be one of "json", "table", got the string "csv"$/m
		],
		[
			['plan.txt', '--base-year', '21'],
			/^error: --base-year should be a year such as 2026, got the string "21"$/m
		],
		[
			['plan.txt', '--base-year', '2022', '--end-year', '2020'],
			/^error: --end-year should be after --base-year 2022/
		],
		[['plan.txt', '--frobnicate'], /^error: --frobnicate is not an option of draft/]
	])('%j: one line, exit code 2', (argv, message) => {
		const out = run(...argv);
		expect(out.code).toBe(EXIT_USAGE);
		expect(out.stdout).toBe('');
		expect(out.stderr).toMatch(message);
		expect(out.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('--help prints the usage', () => {
		const out = run('--help');
		expect(out.code).toBe(EXIT_OK);
		expect(out.stdout).toMatch(/^Usage: npm run -s draft -- FILE/);
	});
});
