/**
 * `--lang`: the engine's issues on stderr in English by default and in Chinese with `--lang zh`, both
 * rendered from the app's own messages (en.json / zh.json), with the same exit code and location.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'tests/fixtures/cli-model.json';
const readFile = (path: string) => readFileSync(path, 'utf8');
const cli = (...args: string[]) => runCli(['--model', FIXTURE, ...args], readFile, { cwd: ROOT });
/** A model file made from the fixture with `change` applied, read in place of the real file. */
function withModel(change: (model: Record<string, unknown>) => void, ...args: string[]) {
	const model = JSON.parse(readFile(`${ROOT}/${FIXTURE}`)) as Record<string, unknown>;
	change(model);
	const read = (path: string) => (path.endsWith('broken.json') ? JSON.stringify(model) : readFile(path));
	return runCli(['--model', 'broken.json', ...args], read, { cwd: ROOT });
}

describe('--lang', () => {
	it('renders a parameter issue in English by default, with the nearest parameter', () => {
		const result = cli('--set', 'gdp.rat=0.1');
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'error: --set gdp.rat=0.1: gdp (growth) has no parameter "rat". It takes: base, rate. Did you mean "rate"?\n'
		);
	});

	it('--lang zh renders the same issue in Chinese at the same place, exit code 2', () => {
		const result = cli('--set', 'gdp.rat=0.1', '--lang', 'zh');
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'错误：--set gdp.rat=0.1: gdp（增长型指标）没有参数"rat"。可用参数：base、rate。是否指"rate"？\n'
		);
	});

	it('--lang=zh renders a model issue in Chinese, numbers with a real minus', () => {
		const result = withModel((m) => ((m.indicators as { rate?: number }[])[0]!.rate = -1.5), '--lang=zh');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			'broken.json: $.indicators[0].rate: 应大于 −1，实际为 −1.5：增长率为每年的小数'
		);
	});

	it('--lang zh renders an uncertainty issue in Chinese with its numbers', () => {
		const en = cli('--sd', 'gdp.rate=0.5');
		const zh = cli('--sd', 'gdp.rate=0.5', '--lang', 'zh');
		expect(en.code).toBe(2);
		expect(zh.code).toBe(2);
		// 0.1 − 6 × 0.5 = −2.9; the widest sd that keeps the rate above −1 is 1.1 / 6 = 0.1833.
		expect(en.stderr).toBe(
			"error: --sd gdp.rate=0.5: the scenario's rate 0.1 − 6 sd reaches −2.9: a rate of −1 (−100 % a year) or below would wipe the value out; use an sd below 0.1833\n"
		);
		expect(zh.stderr).toBe(
			'错误：--sd gdp.rate=0.5: 情景增长率 0.1 减去 6 倍标准差后为 −2.9：增长率为 −1（每年 −100%）或更低会使数值归零；请使用小于 0.1833 的标准差\n'
		);
	});

	it('--lang zh renders an actuals issue in Chinese, with the parameter to set instead', () => {
		const en = cli('--actual', 'gdp[2021]=1');
		const zh = cli('--actual', 'gdp[2021]=1', '--lang', 'zh');
		expect([en.code, zh.code]).toEqual([2, 2]);
		expect(en.stderr).toBe(
			'error: --actual gdp[2021]=1: 2021 is the base year, whose value is the parameter gdp.base (now 1000); set that instead\n'
		);
		expect(zh.stderr).toBe(
			'错误：--actual gdp[2021]=1: 2021 年是基年，其数值由参数 gdp.base（当前为 1000）给出；请改为设置该参数\n'
		);
	});

	it('--lang zh renders the issues of an actuals file and of its JSON text in Chinese', () => {
		const files: Record<string, string> = {
			'other.json': JSON.stringify({
				model: 'other',
				title: { zh: '例', en: 'Example' },
				actuals: [
					{ indicator: 'gdp', year: 2023, value: 1, unit: '亿元', source: { citation: 'c', quote: 'q' } }
				]
			}),
			'broken.json': '{\n  "gdp": { "2023" 1 }\n}'
		};
		const read = (path: string) => files[path.split('/').pop()!] ?? readFile(path);
		const run = (...args: string[]) => runCli(['--model', FIXTURE, ...args], read, { cwd: ROOT });
		const other = run('--actuals', 'other.json', '--samples', '100', '--lang', 'zh');
		expect(other.code).toBe(2);
		expect(other.stderr).toBe('错误：other.json: $.model: 此文件属于模型“other”，而不是“cli_fixture”\n');
		const broken = run('--actuals', 'broken.json', '--lang', 'zh');
		expect(broken.code).toBe(2);
		expect(broken.stderr).toBe('错误：broken.json: $: 不是有效的 JSON：第 2 行第 19 列有误，附近为 `1 }`\n');
	});

	it('refuses a language it has no messages for', () => {
		const result = cli('--lang', 'fr');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('error: --lang fr: unknown language; give one of en, zh\n');
	});

	it('says argument mistakes in Chinese wherever --lang zh stands, even after the mistake; exit code 2', () => {
		const cases: [string[], string, string][] = [
			[
				['--frobnicate', '--lang', 'zh'],
				'--frobnicate: unknown option; the options are',
				'--frobnicate: 未知选项；可用的选项：--model、--set、'
			],
			[['--lang=zh', '--sets', 'gdp.rate=0.1'], 'Did you mean "--set"?', '是否指"--set"？'],
			[
				['--format', 'xml', '--lang', 'zh'],
				'unknown format "xml"; the formats are table, json, csv, csv-series',
				'未知格式"xml"；可用的格式：table、json、csv、csv-series'
			],
			[
				['--set', 'gdp.rate', '--lang', 'zh'],
				'expected ID.PARAM=VALUE, e.g. gdp.rate=0.08 (see --help)',
				'应写作 ID.PARAM=VALUE，例如 gdp.rate=0.08（见 --help）'
			],
			[
				['--actual', 'gdp=1', '--lang', 'zh'],
				'expected ID[YEAR]=VALUE',
				'应写作 ID[YEAR]=VALUE，例如 gdp[2023]=1500（见 --help）'
			],
			[
				['--seed', '1', '--seed', '2', '--lang', 'zh'],
				'--seed 2: given twice; give one',
				'--seed 2: 重复给出；只能给出一次'
			],
			[
				['stray', '--lang', 'zh'],
				'stray: unexpected argument',
				'stray: 多余的参数；选项以 -- 开头（见 --help）'
			],
			[
				['--lang', 'zh', '--samples'],
				'--samples: needs a value: --samples N',
				'--samples: 缺少取值：--samples N'
			]
		];
		for (const [args, en, zh] of cases) {
			const english = cli(
				...args.filter((a, i) => a !== '--lang=zh' && a !== '--lang' && args[i - 1] !== '--lang')
			);
			const chinese = cli(...args);
			expect([english.code, chinese.code, english.stdout, chinese.stdout]).toEqual([2, 2, '', '']);
			expect(english.stderr).toContain(en);
			expect(chinese.stderr).toContain(zh);
			// No English sentence left in the Chinese line: what remains is options, ids and examples.
			expect(chinese.stderr).not.toMatch(/\b(given|unknown|expected|needs|option|argument|the)\b/);
		}
	});

	it('says a refused number in the app’s Chinese words with --lang zh, the CLI’s hint included', () => {
		const english = cli('--set', 'gdp.rate=10%');
		const chinese = cli('--set', 'gdp.rate=10%', '--lang', 'zh');
		expect([english.code, chinese.code]).toEqual([2, 2]);
		expect(english.stderr).toBe(
			'error: --set gdp.rate=10%: This value is not in percent: type the number without %. Rates and shares are fractions here: write 0.1 for 10 %.\n'
		);
		expect(chinese.stderr).toMatch(
			/^错误：--set gdp\.rate=10%: [^a-zA-Z]*此处的增长率和比重以小数表示：10% 写作 0\.1。\n$/
		);
		const comma = cli('--lang', 'zh', '--set', 'gdp.rate=8,5');
		expect(comma.code).toBe(2);
		expect(comma.stderr).toContain('8.5');
		expect(comma.stderr).not.toMatch(/did you mean|Use a point/);
		const negative = cli('--actual', 'gdp[2023]=-5', '--lang', 'zh');
		expect(negative.stderr).toMatch(/^错误：--actual gdp\[2023\]=-5: .*−5.*\n$/);
		expect(negative.stderr).not.toMatch(/outside|accepted|range/);
	});
});
