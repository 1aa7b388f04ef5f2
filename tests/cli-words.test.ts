/**
 * Every word in the reader's language on the command line (issue 9): with `--lang zh` the report, the
 * analyses, the draft table and `--help` have no English words outside ids, keys, options, file names,
 * formats and codes; with `--lang en` (the default) no Chinese outside the plan's own words (a quote, an
 * indicator named by the plan, a Chinese term glossed in parentheses or quotation marks).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDraft } from '../src/cli/draft-run';
import { runCli } from '../src/cli/run-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readFile = (path: string) => readFileSync(path, 'utf8');
const simulate = (...args: string[]) => runCli(args, readFile, { cwd: ROOT });
const PLAN = 'tests/fixtures/plans/jiangjin-2022-2027.zh.txt';
// The Shinan plan: every unit it uses is one of the engine's (another plan's 万元 is the plan's own word).
const SHINAN = 'models/sources/shinan-2022-congress-report.zh.txt';
const draftOf = (file: string, ...args: string[]) =>
	runDraft([file, ...args], (p) => readFileSync(`${ROOT}/${p}`, 'utf8'), 2026);
const draft = (...args: string[]) =>
	runDraft([PLAN, ...args], (p) => readFileSync(`${ROOT}/${p}`, 'utf8'), 2026);

/** Every way the CLI prints for a person, as arguments. */
const RUNS: string[][] = [
	[],
	['--set', 'gdp.rate=0.05', '--actuals', 'models/shinan-actuals-example.json', '--samples', '200'],
	['--consistency'],
	['--seek', 'digital_core_share_doubling:gdp.rate'],
	[
		'--seek',
		'tech_contract_turnover_level:tech_contract_turnover.rate',
		'--set',
		'tech_contract_turnover.base=1'
	],
	['--seek-all', 'digital_core_share_doubling,finance_value_added_growth'],
	['--sensitivity', 'digital_core_share_doubling'],
	['--help']
];

// The command line's own vocabulary, which is typed as it is in any language.
const TYPED = new Set([
	'npm',
	'run',
	'simulate',
	'draft',
	'json',
	'csv',
	'table',
	'en',
	'zh',
	'params',
	'sd',
	'yearlyNoise',
	'base',
	'rate',
	'annual',
	'null'
]);

/** English words in `text` that are not ids, keys, options, paths, formats, metavariables or codes. */
function englishWords(text: string): string[] {
	const tokens = text.split(/[\s\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’·…→×≥≤✓✗┃█]+/u);
	return tokens
		.map((t) => t.replace(/^[("'[{,;:]+|[)"'\]},;:.]+$/g, ''))
		.filter((t) => /[A-Za-z]{2,}/.test(t))
		.filter(
			(t) =>
				!/[_./\\=-]/.test(t) && // ids, keys, options, paths, codes (stock-additions), formulas
				!/^[A-Z0-9|[\]:,]+$/.test(t) && // metavariables (FILE, ID[YEAR]), abbreviations (GDP, SDG)
				!/^[a-z]+(\|[a-z]+)+$/.test(t) && // choices as typed (en|zh, json|table)
				!/^P\((met|all)/.test(t) &&
				!/^prev\(/.test(t) &&
				!TYPED.has(t.replace(/[^\w]/g, ''))
		);
}

/** Chinese in `text` outside the plan's words: quotes “…”, glosses (…), and the draft's quote column. */
function chineseOutsideQuotes(text: string): string[] {
	const stripped = text
		.replace(/“[^”]*”/g, '')
		.replace(/\([^()]*\p{Script=Han}[^()]*\)/gu, '')
		.replace(/\{[^}]*\}/g, '');
	return stripped.match(/\p{Script=Han}+/gu) ?? [];
}

describe('simulate --lang zh', () => {
	it.each(RUNS.map((r) => [r.join(' ') || '(the target table)', r]))('%s has no English words', (_, args) => {
		const out = simulate(...(args as string[]), '--lang', 'zh');
		expect(out.code).toBe(0);
		expect(out.stdout).toMatch(/\p{Script=Han}/u);
		expect(englishWords(out.stdout)).toEqual([]);
	});
});

describe('simulate --lang en (the default)', () => {
	it.each(RUNS.map((r) => [r.join(' ') || '(the target table)', r]))(
		'%s has no Chinese outside quotes',
		(_, args) => {
			const out = simulate(...(args as string[]));
			expect(out.code).toBe(0);
			expect(chineseOutsideQuotes(out.stdout)).toEqual([]);
		}
	);
});

describe('draft --lang', () => {
	it('zh: the table and the help in Chinese', () => {
		for (const out of [draft('--lang', 'zh'), draft('--lang=zh', '--help')]) {
			expect(out.code).toBe(0);
			expect(englishWords(out.stdout)).toEqual([]);
		}
		expect(draft('--lang', 'zh').stdout).toMatch(/运行之前，草稿还需要（\d+ 项）：/);
	});

	it('en: no Chinese outside the plan’s words (the title, indicator names and quotes)', () => {
		const out = draftOf(SHINAN);
		expect(out.code).toBe(0);
		const table = out.stdout.split('\n');
		// The first line names the plan by its first words; each row ends with the indicator and the quote.
		const rows = table
			.slice(1)
			.map((line) => (/^\d+ /.test(line) ? line.split(/ {2,}/).slice(0, 4).join('  ') : line));
		expect(chineseOutsideQuotes(rows.join('\n'))).toEqual([]);
		expect(chineseOutsideQuotes(draft('--help').stdout)).toEqual([]);
	});

	it('an unknown --lang is refused with the languages it takes, exit 2', () => {
		const out = draft('--lang', 'fr');
		expect(out).toMatchObject({ stdout: '', code: 2 });
		expect(out.stderr).toBe('error: --lang fr unknown language; give one of en, zh\n');
		const simulated = simulate('--lang', 'fr');
		expect(simulated.code).toBe(2);
		expect(simulated.stderr).toContain('--lang fr');
	});

	it('a mistake before --lang zh is said in Chinese', () => {
		const out = draft('--format', 'xml', '--lang', 'zh');
		expect(out.code).toBe(2);
		expect(out.stderr).toMatch(/\p{Script=Han}/u);
	});
});

describe('stderr under --lang zh', () => {
	/** A reader that fails with the file system's error `code`, as Node's readFileSync does. */
	const failing = (code: string) => () => {
		throw Object.assign(new Error(`${code}: some system text`), { code });
	};
	/** One line, in Chinese but for what was typed (`typed`: paths and ids without a dot or slash). */
	const zhLine = (stderr: string, typed: string[] = []) => {
		expect(stderr).toMatch(/^错误：/);
		expect(stderr.split('\n')).toHaveLength(2);
		expect(englishWords(stderr).filter((w) => !typed.includes(w))).toEqual([]);
	};

	it('says a missing file, a directory and a refused read in Chinese, the path kept, exit 2', () => {
		const missing = simulate('--model', 'no-such-model.json', '--lang', 'zh');
		expect(missing).toMatchObject({ stdout: '', code: 2 });
		expect(missing.stderr).toBe('错误：no-such-model.json：无法读取模型文件：找不到文件\n');
		const directory = simulate('--model', 'models', '--lang', 'zh');
		expect(directory.code).toBe(2);
		expect(directory.stderr).toBe('错误：models：无法读取模型文件：这是一个目录，不是文件\n');
		const denied = runCli(['--model', 'm.json', '--lang=zh'], failing('EACCES'), { cwd: ROOT });
		expect(denied.stderr).toBe('错误：m.json：无法读取模型文件：没有读取权限\n');
		const odd = runCli(['--model', 'm.json', '--lang=zh'], failing('EMFILE'), { cwd: ROOT });
		expect(odd.stderr).toBe('错误：m.json：无法读取模型文件：系统错误 EMFILE\n');
		for (const out of [missing, directory, denied, odd]) zhLine(out.stderr, ['models']);
	});

	it('says an unreadable actuals or uncertainty file and the missing default model in Chinese', () => {
		const actuals = simulate('--actuals', 'nowhere.json', '--lang', 'zh');
		expect(actuals.stderr).toBe('错误：nowhere.json：无法读取实际值文件：找不到文件\n');
		const uncertainty = simulate('--uncertainty', 'models', '--samples', '10', '--lang', 'zh');
		expect(uncertainty.stderr).toBe('错误：models：无法读取不确定性文件：这是一个目录，不是文件\n');
		const noDefault = runCli(['--lang', 'zh'], readFile, { cwd: ROOT, defaultModel: `${ROOT}/gone.json` });
		expect(noDefault.stderr).toBe(
			'错误：gone.json：无法读取模型文件：找不到文件；请用 --model FILE 指定一个\n'
		);
		for (const out of [actuals, uncertainty, noDefault]) {
			expect(out.code).toBe(2);
			zhLine(out.stderr, ['models']);
		}
	});

	it('says a bad --set, several problems and an analysis in CSV in Chinese', () => {
		const bad = simulate('--set', 'gdp.rat=0.1', '--lang', 'zh');
		expect(bad.code).toBe(2);
		// The indicator's id, the key typed and the model's kind keyword (`"kind": "growth"`).
		zhLine(bad.stderr, ['gdp', 'rat', 'growth']);
		const csv = simulate('--consistency', '--format', 'csv', '--lang', 'zh');
		expect(csv.code).toBe(2);
		zhLine(csv.stderr);
		expect(csv.stderr).toContain('--format table');
	});

	it('says the draft command’s missing plan and a directory in Chinese', () => {
		const missing = draftOf('tests/fixtures/plans/none.txt', '--lang', 'zh');
		expect(missing).toMatchObject({ stdout: '', code: 2 });
		expect(missing.stderr).toBe('错误：无法读取规划文本 tests/fixtures/plans/none.txt：找不到文件\n');
		const directory = draftOf('tests/fixtures/plans', '--lang=zh');
		expect(directory.stderr).toBe('错误：无法读取规划文本 tests/fixtures/plans：这是一个目录，不是文件\n');
		for (const out of [missing, directory]) zhLine(out.stderr);
	});

	it('keeps English as it was without --lang', () => {
		expect(simulate('--model', 'no-such-model.json').stderr).toBe(
			'error: no-such-model.json: cannot read the model file: no such file\n'
		);
		expect(draftOf('tests/fixtures/plans/none.txt').stderr).toBe(
			'error: cannot read the plan text tests/fixtures/plans/none.txt: no such file\n'
		);
	});
});
