/**
 * The simulate CLI: each output format and each --set form, in-process through runCli against the small
 * fixture model (tests/fixtures/cli-model.json), plus a few runs of the real command as a child process.
 * Expected numbers are computed here from the fixture's parameters, not taken from the engine.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { SERIES_COLUMNS, TARGET_COLUMNS } from '../src/cli/format-csv';
import { parseCsv } from './fixtures/csv-reader';
import { formatGap, formatRequiredRate, formatValue } from '../src/cli/format-value';
import { parseDecimal } from '../src/cli/parse-number';
import { displayWidth } from '../src/cli/text-width';
import { runCli } from '../src/cli/run-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'tests/fixtures/cli-model.json';
/** The ANSI escape character, which starts every colour code. */
const ESC = '\u001b';
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const TARGET_IDS = [
	'gdp_growth',
	'gdp_double',
	'new_firms_total',
	'new_firms_yearly',
	'institutions_2026',
	'finance_share_2026'
];

const readFile = (path: string) => readFileSync(path, 'utf8');
const cli = (...args: string[]) => runCli(['--model', FIXTURE, ...args], readFile, { cwd: ROOT });

interface JsonTarget {
	id: string;
	indicator: string;
	kind: string;
	threshold: number;
	from: number;
	deadline: number;
	achieved: number;
	met: boolean;
	gap: number;
	requiredRate: number | null;
	requiredAnnual: number | null;
	unit: string;
	quote: string;
	name: { zh: string; en: string };
	field: string;
}
interface JsonReport {
	model: string;
	years: number[];
	scenario: Record<string, number>;
	series: Record<string, number[]>;
	indicators: Record<string, { unit: string }>;
	targets: JsonTarget[];
}

/** Runs with --format json and returns the parsed report, failing the test on any error output. */
function json(...args: string[]): JsonReport {
	const result = cli('--format', 'json', ...args);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as JsonReport;
}

const target = (report: JsonReport, id: string) => report.targets.find((t) => t.id === id)!;

/** Element-wise toBeCloseTo for a series. */
function expectSeries(actual: number[] | undefined, expected: number[]): void {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((v, i) => expect(actual![i]).toBeCloseTo(v, 9));
}

describe('--format json', () => {
	it('prints the report: model, years, series and every target with all its fields', () => {
		const report = json();
		expect(report.model).toBe('cli_fixture');
		expect(report.years).toEqual(YEARS);
		expect(report.scenario).toEqual({});
		expectSeries(report.series.gdp, [1000, 1100, 1210, 1331, 1464.1, 1610.51]);
		expectSeries(report.series.institutions, [700, 800, 900, 1000, 1100, 1200]);
		expectSeries(report.series.new_firms, [50, 60, 60, 60, 60, 60]);
		expectSeries(
			report.series.finance_share,
			YEARS.map((_, t) => (200 * 1.08 ** t) / (1000 * 1.1 ** t))
		);
		expect(report.indicators.gdp!.unit).toBe('亿元');
		expect(report.targets.map((t) => t.id)).toEqual(TARGET_IDS);
		expect(report.targets.map((t) => t.met)).toEqual([true, false, true, false, true, false]);
		expect(report.targets.map((t) => t.kind)).toEqual([
			'rate',
			'multiple',
			'cumulative',
			'annual',
			'level',
			'level'
		]);
	});

	it('gives each target its threshold, achievement, gap and what it would take', () => {
		const report = json();
		const double = target(report, 'gdp_double');
		expect(double).toMatchObject({ indicator: 'gdp', threshold: 2, from: 2021, deadline: 2026, unit: '×' });
		expect(double.achieved).toBeCloseTo(1.1 ** 5, 12);
		expect(double.gap).toBeCloseTo(1.1 ** 5 - 2, 12);
		expect(double.requiredRate).toBeCloseTo(2 ** (1 / 5) - 1, 9);
		expect(double.requiredAnnual).toBeNull();
		expect(double.quote).toBe('地区生产总值实现倍增');
		expect(double.field).toBe('economy');

		const yearly = target(report, 'new_firms_yearly');
		expect(yearly).toMatchObject({ achieved: 60, gap: -5, requiredAnnual: 65, unit: '家', met: false });

		const share = target(report, 'finance_share_2026');
		expect(share.achieved).toBeCloseTo((200 * 1.08 ** 5) / (1000 * 1.1 ** 5), 12);
		expect(share.name.en).toBe('Finance share');
	});

	it('is the only thing on stdout, indented with two spaces', () => {
		const { stdout } = cli('--format', 'json');
		expect(stdout.startsWith('{\n  "model": "cli_fixture",')).toBe(true);
		expect(stdout.endsWith('}\n')).toBe(true);
	});
});

describe('--set', () => {
	it('a growth rate changes the series and flips a rate target', () => {
		const report = json('--set', 'gdp.rate=0.09');
		expect(report.scenario).toEqual({ 'gdp.rate': 0.09 });
		expectSeries(
			report.series.gdp,
			YEARS.map((_, t) => 1000 * 1.09 ** t)
		);
		const growth = target(report, 'gdp_growth');
		expect(growth.achieved).toBeCloseTo(0.09, 12);
		expect(growth.met).toBe(false);
	});

	it('a higher rate meets the doubling target: 1.15^5 = 2.011 ≥ 2', () => {
		const double = target(json('--set', 'gdp.rate=0.15'), 'gdp_double');
		expect(double.achieved).toBeCloseTo(1.15 ** 5, 12);
		expect(double.met).toBe(true);
	});

	it('a per-year rate changes that year and compounds after it', () => {
		const report = json('--set', 'gdp.rate[2024]=0.05');
		expectSeries(report.series.gdp, [
			1000,
			1100,
			1210,
			1210 * 1.05,
			1210 * 1.05 * 1.1,
			1210 * 1.05 * 1.1 ** 2
		]);
		expect(target(report, 'gdp_growth').met).toBe(false);
	});

	it('a per-year flow changes one year only; a cumulative target counts it', () => {
		const report = json('--set', 'new_firms.annual[2025]=80');
		expectSeries(report.series.new_firms, [50, 60, 60, 60, 80, 60]);
		expect(target(report, 'new_firms_total').achieved).toBe(320);
		// The annual target asks for every year, so one good year does not meet it.
		expect(target(report, 'new_firms_yearly').met).toBe(false);
	});

	it('a stock addition and a base', () => {
		const report = json('--set', 'institutions.annual=90', '--set', 'gdp.base=500');
		expect(target(report, 'institutions_2026')).toMatchObject({ achieved: 1150, met: false, gap: -50 });
		expect(report.series.gdp![5]).toBeCloseTo(500 * 1.1 ** 5, 9);
		expect(report.series.finance_share![0]).toBeCloseTo(200 / 500, 12);
	});

	it('accepts --set=KEY=VALUE like --set KEY VALUE, and signed and exponent values', () => {
		expect(json('--set=gdp.rate=-0.05')).toEqual(json('--set', 'gdp.rate=-0.05'));
		expect(json('--set', 'gdp.rate=1e-3').series.gdp![1]).toBeCloseTo(1001, 9);
	});

	it('repeated keys: the last value wins', () => {
		const report = json('--set', 'gdp.rate=0.2', '--set', 'gdp.rate=0.09');
		expect(report.scenario).toEqual({ 'gdp.rate': 0.09 });
		expect(report.series.gdp![1]).toBeCloseTo(1090, 9);
	});
});

describe('--format table', () => {
	const lines = (stdout: string) => stdout.trimEnd().split('\n');

	it('groups targets under their fields and ends with the count of targets met', () => {
		const { stdout, stderr, code } = cli();
		expect([stderr, code]).toEqual(['', 0]);
		const out = lines(stdout);
		expect(out.slice(0, 2)).toEqual([
			'CLI test model',
			"Model cli_fixture, 2021–2026 · scenario: the model's values (no --set)"
		]);
		expect(out.at(-1)).toBe('3 of 6 targets met');
		// Each field under its name in the report's language (English by default).
		const economy = out.indexOf('Economy');
		const finance = out.indexOf('Finance');
		expect(economy).toBeGreaterThan(0);
		expect(finance).toBeGreaterThan(economy);
		const row = (id: string) => out.findIndex((l) => l.includes(` ${id} `) || l.endsWith(` ${id}`));
		expect(row('gdp_growth')).toBeGreaterThan(economy);
		expect(row('new_firms_yearly')).toBeLessThan(finance);
		expect(row('institutions_2026')).toBeGreaterThan(finance);
		expect(stdout).not.toContain('\u001b[');
	});

	it('formats values for their units and marks met and unmet targets', () => {
		const out = lines(cli('--set', 'gdp.rate=0.09').stdout);
		const row = (id: string) => out.find((l) => l.includes(` ${id} `))!;
		expect(row('gdp_growth')).toMatch(/^✗ +gdp_growth +9\.00%\/yr +10\.00%\/yr +-1\.00 pp +10\.00%\/yr$/);
		expect(row('institutions_2026')).toMatch(
			/^✓ +institutions_2026 +1,200 firms +1,200 firms +0 firms +11\.38%\/yr +100 firms\/yr$/
		);
		expect(row('finance_share_2026')).toMatch(/^✗ .* 19\.10% +20\.00% +-0\.90 pp /);
		expect(row('gdp_double')).toMatch(/ 1\.54× +2\.00× +-0\.46× +14\.87%\/yr$/);
		expect(out[1]).toBe('Model cli_fixture, 2021–2026 · scenario: gdp.rate=0.09');
	});

	it('aligns columns by display width, counting Chinese characters as two columns', () => {
		const out = lines(cli('--lang', 'zh').stdout);
		const header = out.find((l) => l.includes('所需年增量'))!;
		const rows = out.filter((l) => /^[✓✗] /.test(l));
		expect(rows).toHaveLength(6);
		for (const row of rows) {
			// The last column is right-aligned: a row that has it ends where the header ends; one without
			// it ends where the column before it (required rate) ends.
			const end = row.endsWith('家/年') ? 0 : displayWidth('  所需年增量');
			expect(displayWidth(row), row).toBe(displayWidth(header) - end);
		}
	});

	it('colours only when asked to (main.ts asks for a TTY without NO_COLOR)', () => {
		const coloured = runCli(['--model', FIXTURE], readFile, { cwd: ROOT, colour: true }).stdout;
		expect(coloured).toContain('\u001b[32m✓\u001b[39m');
		expect(coloured).toContain('\u001b[31m✗\u001b[39m');
		// Colour does not change the text.
		const escape = new RegExp(`${ESC}\\[\\d+m`, 'g');
		expect(coloured.replace(escape, '')).toBe(cli().stdout);
	});
});

describe('--format csv and csv-series', () => {
	it('csv: a header and one row per target, CRLF line ends', () => {
		const { stdout, code } = cli('--format', 'csv');
		expect(code).toBe(0);
		expect(stdout.split('\r\n')[0]).toBe(TARGET_COLUMNS.join(','));
		expect(stdout.endsWith('\r\n')).toBe(true);
		expect(stdout.replaceAll('\r\n', '')).not.toContain('\n');
		const [header, ...rows] = parseCsv(stdout);
		expect(header!.slice(0, 12)).toEqual([
			'id',
			'indicator',
			'kind',
			'threshold',
			'deadline',
			'achieved',
			'met',
			'gap',
			'requiredRate',
			'requiredAnnual',
			'unit',
			'quote'
		]);
		expect(rows.map((r) => r[0])).toEqual(TARGET_IDS);
		const byId = Object.fromEntries(
			rows.map((r) => [r[0], Object.fromEntries(header!.map((h, i) => [h, r[i]]))])
		);
		expect(byId.new_firms_yearly).toMatchObject({
			kind: 'annual',
			threshold: '65',
			deadline: '2026',
			achieved: '60',
			met: 'false',
			gap: '-5',
			requiredAnnual: '65',
			unit: '家',
			quote: '每年新引进企业65家以上',
			from: '2021',
			field: 'economy'
		});
		// Not applicable is an empty field, not "null".
		expect(byId.gdp_growth!.requiredAnnual).toBe('');
		expect(Number(byId.gdp_double!.achieved)).toBeCloseTo(1.1 ** 5, 12);
	});

	it('csv: quotes holding commas, quotes and line breaks survive a round trip (RFC 4180)', () => {
		const model = JSON.parse(readFile(join(ROOT, FIXTURE)));
		const quote = '到2026年,金融机构达到"1200家"\n以上';
		model.targets[4].quote = quote;
		const result = runCli(['--model', 'm.json', '--format', 'csv'], () => JSON.stringify(model), {
			cwd: ROOT
		});
		expect(result.stdout).toContain('"到2026年,金融机构达到""1200家""\n以上"');
		const rows = parseCsv(result.stdout);
		expect(rows[5]![11]).toBe(quote);
	});

	it('csv-series: one row per indicator and year with its unit', () => {
		const { stdout, code } = cli('--format', 'csv-series', '--set', 'gdp.rate=0.09');
		expect(code).toBe(0);
		const [header, ...rows] = parseCsv(stdout);
		expect(header).toEqual([...SERIES_COLUMNS]);
		expect(rows).toHaveLength(5 * YEARS.length);
		expect(rows.slice(0, 6).map((r) => [r[0], Number(r[1]), r[3]])).toEqual(
			YEARS.map((y) => ['gdp', y, '亿元'])
		);
		expect(Number(rows[5]![2])).toBeCloseTo(1000 * 1.09 ** 5, 9);
		expect(rows.find((r) => r[0] === 'finance_share')![3]).toBe('fraction');
	});
});

describe('--help, the default model and other plumbing', () => {
	it('--help prints usage with examples and exits 0, even next to bad arguments', () => {
		for (const argv of [['--help'], ['-h'], ['--fromat', 'x', '--help']]) {
			const result = runCli(argv, readFile, { cwd: ROOT });
			expect(result.code).toBe(0);
			expect(result.stderr).toBe('');
			expect(result.stdout).toMatch(/^Usage: npm run -s simulate -- /);
			for (const option of ['--model FILE', '--set ID.PARAM=VALUE', '--format', 'csv-series', 'Exit codes']) {
				expect(result.stdout).toContain(option);
			}
		}
	});

	it('reads the default model from the repository, whatever the working directory', () => {
		const read: string[] = [];
		const result = runCli(
			['--format', 'json'],
			(path) => {
				read.push(path);
				return readFile(join(ROOT, FIXTURE));
			},
			{ cwd: tmpdir() }
		);
		expect(result.code).toBe(0);
		expect(read).toEqual([join(ROOT, 'models', 'shinan-2022-2026.json')]);
	});

	it('says how to choose a model when the default one cannot be read', () => {
		const missing = () => {
			throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
		};
		const result = runCli([], missing, { cwd: ROOT });
		expect(result).toEqual({
			stdout: '',
			stderr:
				'error: models/shinan-2022-2026.json: cannot read the model file: no such file; give one with --model FILE\n',
			code: 2
		});
	});

	it('resolves --model against the working directory and ignores a byte-order mark', () => {
		const read: string[] = [];
		const result = runCli(
			['--model', 'cli-model.json', '--format', 'json'],
			(path) => (read.push(path), '\uFEFF' + readFile(path)),
			{ cwd: join(ROOT, 'tests', 'fixtures') }
		);
		expect(result.code).toBe(0);
		expect(read).toEqual([join(ROOT, FIXTURE)]);
	});

	it('reports an unexpected failure as one line with exit code 1, never a stack trace', () => {
		const environment = {
			get cwd(): string {
				throw new Error('boom');
			}
		};
		const result = runCli(['--model', FIXTURE], readFile, environment);
		expect(result).toEqual({
			stdout: '',
			stderr: 'error: internal error: boom; this is a bug, please report it\n',
			code: 1
		});
	});
});

describe('parsing pieces', () => {
	it("reads numbers as the app's number boxes do (the one parser)", () => {
		for (const [text, value] of [
			['0.1', 0.1],
			['-0.05', -0.05],
			['1e-3', 0.001],
			['+2', 2],
			['.5', 0.5],
			['1200', 1200],
			[' 1', 1],
			['1,200', 1200],
			['－０.０５', -0.05]
		] as const) {
			expect(parseDecimal(text)).toEqual({ ok: true, value });
		}
		for (const text of ['abc', '', '0x10', '1e', 'NaN', 'Infinity', '10%', '8,5', '1e999']) {
			expect(parseDecimal(text).ok, text).toBe(false);
		}
	});

	it.each([
		['--set', 'gdp.rate=8,5', '“8,5” could be read two ways: did you mean 8.5? Use a point for decimals.'],
		['--set', 'gdp.rate=0x10', '“0x10” is not a decimal number'],
		['--set', 'gdp.rate=Infinity', '“Infinity” is not a finite number'],
		['--set', 'gdp.rate=1e400', '“1e400” is too large or too small to be held as a number.'],
		['--set', 'gdp.rate=', 'Nothing typed: enter a number.'],
		[
			'--set',
			'gdp.rate=10%',
			'This value is not in percent: type the number without %. Rates and shares are fractions here: write 0.1 for 10 %.'
		],
		['--set', 'gdp.base=-1377.9', '−1,377.9 is outside the accepted range: from 0 to ∞.'],
		['--actual', 'gdp[2023]=-5', '−5 is outside the accepted range: from 0 to ∞.']
	])("refuses %s %s in the app's English words, with exit code 2", (option, value, message) => {
		const result = cli(option, value);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`error: ${option} ${value}: ${message}`);
	});

	it('reads every option form', () => {
		const parsed = parseArgs([
			'--model=m.json',
			'--set',
			'a.rate=0.1',
			'--set=b.annual[2024]=5',
			'--format=csv'
		]);
		expect(parsed).toEqual({
			ok: true,
			value: {
				help: false,
				model: 'm.json',
				format: 'csv',
				lang: 'en',
				settings: [
					{ key: 'a.rate', value: 0.1, text: 'a.rate=0.1' },
					{ key: 'b.annual[2024]', value: 5, text: 'b.annual[2024]=5' }
				],
				actuals: [],
				sds: []
			}
		});
	});

	it('formats numbers for their units', () => {
		// English shows money in billions, as the app does: 1 亿元 = ¥0.1 bn, one more decimal.
		expect(formatValue(1610.51, '亿元')).toBe('¥161.05 bn');
		expect(formatGap(-12.34, '亿元', false)).toBe('-¥1.23 bn');
		expect(formatValue(20, '万人')).toBe('200,000 people');
		// Per-head money in whole yuan, as the app's English pages show it; Chinese keeps 万元.
		expect(formatValue(5.3, '万元')).toBe('¥53,000');
		expect(formatValue(26000, '元')).toBe('¥26,000');
		expect(formatValue(5.3, '万元', 'zh')).toBe('5.30 万元');
		expect(formatValue(1610.51, '亿元', 'zh')).toBe('1,610.5 亿元');
		expect(formatValue(0.1, 'fraction/yr', 'zh')).toBe('10.00%/年');
		expect(formatGap(-0.00001, 'fraction', false, 'zh')).toBe('-0.001 个百分点');
		expect(formatValue(0.1, 'fraction/yr')).toBe('10.00%/yr');
		expect(formatValue(0.182467, 'fraction')).toBe('18.25%');
		expect(formatValue(1199.6, '家')).toBe('1,200 firms');
		expect(formatValue(1199.6, '家', 'zh')).toBe('1,200 家');
		expect(formatValue(1.61051, '×')).toBe('1.61×');
		expect(formatGap(12.34, '亿元', true, 'zh')).toBe('+12.3 亿元');
		// An unmet target never shows a gap of zero.
		expect(formatGap(-0.4, '家', false)).toBe('-0.4 firms');
		expect(formatGap(-0.00001, 'fraction', false)).toBe('-0.001 pp');
		// Rounding noise on a met target is not dressed up as a sign.
		expect(formatGap(-1e-17, 'fraction/yr', true)).toBe('0.00 pp');
		expect(formatRequiredRate(null)).toBe('—');
		expect(displayWidth('1,200 家')).toBe(8);
		expect(displayWidth('✓ a')).toBe(3);
	});
});

describe('the real command', () => {
	const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
	const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
	const env = { ...process.env };
	delete env.NO_COLOR;
	delete env.FORCE_COLOR;
	const spawn = (args: string[], cwd = ROOT) =>
		spawnSync(TSX, [MAIN, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });

	it('exits 0 and prints the JSON report on stdout only', () => {
		const result = spawn(['--model', FIXTURE, '--format', 'json', '--set', 'gdp.rate=0.09']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report.series.gdp![5]).toBeCloseTo(1000 * 1.09 ** 5, 9);
	}, 60_000);

	it('exits 2 with nothing on stdout and one line on stderr for bad input', () => {
		for (const args of [
			['--model', FIXTURE, '--set', 'gdpp.rate=0.1'],
			['--model', 'tests/bad-input/forbidden-evaluate.json'],
			['--model', FIXTURE, '--format', 'xml']
		]) {
			const result = spawn(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
		}
	}, 60_000);

	it('runs from another directory, with --model relative to it, and no colour into a pipe', () => {
		const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
		try {
			copyFileSync(join(ROOT, FIXTURE), join(dir, 'model.json'));
			const result = spawn(['--model', 'model.json'], dir);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('3 of 6 targets met');
			expect(result.stdout).not.toContain('\u001b[');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('npm run -s simulate -- --format json prints the report for the default model', () => {
		const result = spawnSync('npm', ['run', '-s', 'simulate', '--', '--format', 'json'], {
			cwd: ROOT,
			env,
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout) as JsonReport & { baseYear: number; endYear: number };
		expect(typeof report.model).toBe('string');
		expect(report.years[0]).toBe(report.baseYear);
		expect(report.years).toEqual(
			Array.from({ length: report.endYear - report.baseYear + 1 }, (_, i) => report.baseYear + i)
		);
		expect(report.scenario).toEqual({});
		for (const values of Object.values(report.series)) {
			expect(values).toHaveLength(report.years.length);
			for (const v of values) expect(Number.isFinite(v)).toBe(true);
		}
		expect(report.targets.length).toBeGreaterThan(0);
		for (const t of report.targets) {
			expect(typeof t.id).toBe('string');
			expect(Object.keys(report.series)).toContain(t.indicator);
			expect(['rate', 'level', 'cumulative', 'annual', 'multiple']).toContain(t.kind);
			expect(typeof t.threshold).toBe('number');
			expect(t.deadline).toBeGreaterThan(report.baseYear);
			expect(t.deadline).toBeLessThanOrEqual(report.endYear);
			expect(Number.isFinite(t.achieved)).toBe(true);
			expect(typeof t.met).toBe('boolean');
			expect(t.requiredRate === null || Number.isFinite(t.requiredRate)).toBe(true);
			expect(t.requiredAnnual === null || Number.isFinite(t.requiredAnnual)).toBe(true);
			expect(typeof t.unit).toBe('string');
			expect(t.quote.trim()).not.toBe('');
		}
	}, 60_000);
});
