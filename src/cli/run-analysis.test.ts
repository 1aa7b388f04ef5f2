/**
 * The analysis options end to end through runCli, on the repository's Shinan model (the default model).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const readFile = (path: string) => readFileSync(path, 'utf8');
const cli = (...argv: string[]) => runCli(argv, readFile);
const ok = (...argv: string[]) => {
	const r = cli(...argv);
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	return r.stdout;
};
const json = (...argv: string[]) => JSON.parse(ok('--format', 'json', ...argv)) as Record<string, unknown>;

describe('--seek', () => {
	it('prints the value and the re-run check', () => {
		const out = ok('--seek', 'digital_core_share_doubling:gdp.rate');
		expect(out).toContain('Goal seek: digital_core_share_doubling by gdp.rate');
		expect(out).toMatch(/gdp\.rate = 0\.04466067\d+ \(4\.47%\/yr; now 4\.00%\/yr;/);
		expect(out).toMatch(/check: re-run with --set gdp\.rate=0\.04466067\d+: .* ✓ met/);
		expect(out).toContain('largest value that meets it');
	});

	it('in JSON: the request and the engine result, full precision', () => {
		const r = json('--seek', 'financial_institutions_total:financial_institutions.annual');
		expect(r.analysis).toEqual({
			kind: 'seek',
			target: 'financial_institutions_total',
			parameter: 'financial_institutions.annual'
		});
		const result = r.result as { value: number; met: boolean };
		expect(result.value).toBeCloseTo(100, 9);
		expect(result.met).toBe(true);
	});

	it('applies --set and says why there is no value', () => {
		const out = ok('--seek', 'import_export_city_share:finance_value_added.rate');
		expect(out).toContain('no value: finance_value_added.rate does not affect import_export_city_share');
	});

	it('writes the note in Chinese with --lang zh, its numbers in the model units', () => {
		const args = ['--seek', 'tech_contract_turnover_level:tech_contract_turnover.rate'];
		const zh = ok(...args, '--set', 'tech_contract_turnover.base=1', '--lang', 'zh');
		expect(zh).toContain(
			'无解：tech_contract_turnover.rate在-50.00%/年至100.00%/年之间取任何值都无法达成tech_contract_turnover_level：' +
				'最好的情况是取100.00%/年，达到32.0 亿元，目标为200.0 亿元。'
		);
		const en = ok(...args, '--set', 'tech_contract_turnover.base=1');
		expect(en).toContain(
			'no value: tech_contract_turnover_level cannot be met by tech_contract_turnover.rate from -50.00%/yr to 100.00%/yr: ' +
				'at best, at 100.00%/yr, it reaches ¥3.20 bn against ¥20.00 bn.'
		);
	});

	it('one line on an unknown target or parameter, with the nearest id', () => {
		const r = cli('--seek', 'digital_core_share_doubleing:gdp.rate');
		expect(r).toMatchObject({ stdout: '', code: 2 });
		expect(r.stderr).toBe(
			'error: --seek digital_core_share_doubleing:gdp.rate: unknown target "digital_core_share_doubleing". Did you mean "digital_core_share_doubling"?\n'
		);
		const p = cli('--seek', 'digital_core_share_doubling:gpd.rate');
		expect(p.stderr).toMatch(
			/^error: --seek digital_core_share_doubling:gpd\.rate: unknown indicator "gpd"\. Did you mean "gdp"\?\n$/
		);
	});

	it('refuses the row formats', () => {
		const r = cli('--seek', 'digital_core_share_doubling:gdp.rate', '--format', 'csv');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/prints a table or JSON/);
	});
});

describe('--seek-all', () => {
	it('prints the least change and the targets at it', () => {
		const out = ok(
			'--seek-all',
			'digital_core_share_doubling,digital_core_share_level',
			'--set',
			'gdp.rate=0.05'
		);
		expect(out).toMatch(/gdp\.rate: 5\.00%\/yr → 4\.\d\d%\/yr/);
		expect(out).toContain('✓ digital_core_share_doubling');
	});

	it('names the conflict', () => {
		const r = json(
			'--seek-all',
			'digital_core_share_doubling,import_export_growth:gdp.rate',
			'--set',
			'import_export.rate=0.06'
		);
		const result = r.result as { feasible: boolean; conflicts: { targets: string[] }[] };
		expect(result.feasible).toBe(false);
		expect(result.conflicts[0]!.targets).toEqual(['import_export_growth']);
	});

	it('says why in the table, in English and with --lang zh in Chinese', () => {
		const args = ['--seek-all', 'digital_core_share_doubling,import_export_growth:gdp.rate'];
		const en = ok(...args, '--set', 'import_export.rate=0.06');
		expect(en).toMatch(
			/✗ import_export_growth is not met \(6\.00%\/yr against [\d.]+%\/yr\) and none of gdp\.rate moves it\./
		);
		const zh = ok(...args, '--set', 'import_export.rate=0.06', '--lang', 'zh');
		expect(zh).toMatch(
			/✗ import_export_growth未达成（6\.00%\/年，目标为[\d.]+%\/年），且gdp\.rate都不能改变它。/
		);
	});
});

describe('--sensitivity', () => {
	it('prints a tornado, widest swing first', () => {
		const out = ok('--sensitivity', 'digital_core_share_doubling');
		const rows = out.split('\n').filter((l) => /^(gdp|digital_core_value_added)\./.test(l));
		expect(rows.map((l) => l.split(/\s+/)[0])).toEqual([
			'gdp.rate',
			'digital_core_value_added.rate',
			'gdp.base',
			'digital_core_value_added.base'
		]);
		expect(rows[0]).toContain('█');
		expect(rows[2]).toContain('no effect');
	});

	it('takes ranges from --sd', () => {
		const r = json('--sensitivity', 'finance_value_added_growth', '--sd', 'finance_value_added.rate=0.01');
		const entry = (r.result as { entries: { rangeSource: string; low: { value: number } }[] }).entries[0]!;
		expect(entry.rangeSource).toBe('distribution');
		expect(entry.low.value).toBeCloseTo(0.1 - 0.016448536, 6);
	});
});

describe('--consistency', () => {
	it('lists the findings, conflicts first', () => {
		const out = ok('--consistency', '--set', 'financial_institutions.base=137');
		expect(out).toMatch(/^Consistency of the targets: 6 findings \(1 conflict, 1 warning, 4 information\)$/m);
		const first = out.split('\n').find((l) => /^(✗|!|·) /.test(l));
		expect(first).toBe(
			'✗ conflict Financial institutions and firms (total): from 137 firms in 2021, 1,200 firms by 2026 needs 212.6 firms a year, not 100 firms'
		);
		expect(out).toContain('holds while gdp.rate ≤ 4.47%/yr');
		// English only: the sentences come from en.json, units in English (firms, not 家).
		expect(out).toContain('(1,200 firms − 137 firms) / 5 = 212.6 firms a year, not 100 firms;');
		expect(out).not.toMatch(/金融机构|年均|，/);
	});

	it('with --lang zh, the same findings in the app’s Chinese sentences', () => {
		const out = ok('--consistency', '--lang', 'zh', '--set', 'financial_institutions.base=137');
		const first = out.split('\n').find((l) => /^(✗|!|·) /.test(l));
		expect(first).toBe(
			'✗ 冲突 金融机构和企业总数：2021年为137 家时，2026年达到1,200 家每年需新增212.6 家，而非100 家'
		);
		expect(out).toContain('（模型基数：700 家；当前情景：137 家）。');
		expect(out).toContain('年均增速不超过4.47%时才能实现');
		expect(out).not.toMatch(/\bfirms\b|percentage points/);
	});

	it('in JSON: every finding with its condition and numbers', () => {
		const r = json('--consistency');
		const findings = r.result as { id: string; condition?: { value: number } }[];
		const doubling = findings.find((f) => f.id === 'share-growth:digital_core_share_doubling')!;
		expect(doubling.condition!.value).toBeCloseTo(1.2 / 2 ** 0.2 - 1, 12);
	});
});

it('--help lists the analyses', () => {
	const out = ok('--help');
	for (const option of ['--seek TARGET:PARAM', '--seek-all', '--sensitivity TARGET', '--consistency']) {
		expect(out).toContain(option);
	}
});
