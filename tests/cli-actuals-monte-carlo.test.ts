/**
 * The simulate CLI with actual data (--actual, --actuals) and Monte Carlo (--samples, --seed, --sd,
 * --uncertainty), in-process through runCli against the fixture model (tests/fixtures/cli-model.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runCli } from '../src/cli/run-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readFile = (path: string) => readFileSync(path, 'utf8');
const cli = (...args: string[]) =>
	runCli(['--model', 'tests/fixtures/cli-model.json', ...args], readFile, { cwd: ROOT });

interface Target {
	id: string;
	met: boolean;
	lastActualYear?: number;
	requiredRateRemaining?: number | null;
	requiredAnnualRemaining?: number | null;
	remainingReason?: string | null;
	progress?: { status: string; ratio: number | null; formula: string };
	probability?: number;
}
interface Report {
	series: Record<string, number[]>;
	targets: Target[];
	fields: { id: string; probability?: number }[];
	actuals?: Record<string, Record<string, number>>;
	monteCarlo?: {
		samples: number;
		seed: number;
		all: number;
		uncertainty: unknown;
		bands: Record<string, { p5: number[]; p50: number[]; p95: number[]; mean: number[] }>;
	};
}

function json(...args: string[]): Report {
	const result = cli('--format', 'json', ...args);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as Report;
}
const target = (report: Report, id: string) => report.targets.find((t) => t.id === id)!;
const error = (...args: string[]) => {
	const result = cli(...args);
	expect(result.stdout).toBe('');
	expect(result.code).toBe(2);
	return result.stderr;
};

describe('--actual and --actuals', () => {
	it('an actual replaces the projection and the target says where it stands', () => {
		const report = json('--actual', 'gdp[2023]=1150');
		expect(report.actuals).toEqual({ gdp: { 2023: 1150 } });
		expect(report.series.gdp!.slice(0, 4)).toEqual([1000, 1100, 1150, 1150 * 1.1]);
		const growth = target(report, 'gdp_growth');
		expect(growth.lastActualYear).toBe(2023);
		expect(growth.requiredRateRemaining).toBeCloseTo((1.1 ** 5 / 1.15) ** (1 / 3) - 1, 12);
		expect(growth.progress).toMatchObject({ status: 'acceleration_needed' });
		expect(growth.progress!.ratio).toBeCloseTo((1.15 ** 0.5 - 1) / 0.1, 12);
		expect(target(report, 'institutions_2026').lastActualYear).toBeUndefined();
	});

	it('reads an actuals file; an --actual overrides the same indicator and year', () => {
		const fromFile = json('--actuals', 'tests/fixtures/cli-actuals.json');
		expect(fromFile.actuals).toEqual({ gdp: { 2023: 1150 }, new_firms: { 2022: 70 } });
		expect(target(fromFile, 'new_firms_yearly').progress!.status).toBe('on_track');
		const both = json(
			'--actuals',
			'tests/fixtures/cli-actuals.json',
			'--actual',
			'gdp[2023]=1210',
			'--actual',
			'institutions[2024]=1000'
		);
		expect(both.actuals).toEqual({
			gdp: { 2023: 1210 },
			new_firms: { 2022: 70 },
			institutions: { 2024: 1000 }
		});
		expect(target(both, 'gdp_growth').progress!.status).toBe('on_track');
	});

	it('the table adds where each target stands', () => {
		const { stdout } = cli('--actual', 'gdp[2023]=1150');
		expect(stdout).toMatch(/last actual +rate needed now +progress/);
		expect(stdout).toMatch(/gdp_growth .* 2023 +11\.\d\d%\/yr +acceleration needed/);
		expect(stdout).toContain('Actuals: 1 value, 2023–2023 (gdp)');
	});

	it('leaves output without actuals as it was', () => {
		const report = json();
		expect(report.actuals).toBeUndefined();
		expect(Object.keys(target(report, 'gdp_growth'))).not.toContain('lastActualYear');
		expect(cli().stdout).not.toContain('progress');
	});

	it.each([
		[
			['--actual', 'gdpp[2023]=1'],
			'error: --actual gdpp[2023]=1: unknown indicator "gdpp". Did you mean "gdp"?'
		],
		[['--actual', 'gdp[2021]=1'], 'error: --actual gdp[2021]=1: 2021 is the base year'],
		[
			['--actual', 'finance_share[2023]=0.2'],
			'error: --actual finance_share[2023]=0.2: finance_share is derived'
		],
		[
			['--actual', 'gdp[2023]=1e400'],
			'error: --actual gdp[2023]=1e400: “1e400” is too large or too small to be held as a number.'
		],
		[['--actual', 'gdp=1'], 'error: --actual gdp=1: expected ID[YEAR]=VALUE, e.g. gdp[2023]=1500'],
		[
			['--actuals', 'tests/fixtures/none.json'],
			'error: tests/fixtures/none.json: cannot read the actuals file: no such file'
		],
		[
			['--actuals', 'tests/fixtures/cli-model.json'],
			'error: tests/fixtures/cli-model.json: actuals.id: unknown indicator "id"'
		],
		[
			['--actuals', 'tests/fixtures/cli-uncertainty.json'],
			'error: tests/fixtures/cli-uncertainty.json: actuals.params: unknown indicator "params"'
		],
		[
			['--actuals', 'tests/fixtures/cli-actuals.json', '--actuals', 'x.json'],
			'error: --actuals x.json: given twice'
		]
	])('%j', (args, expected) => expect(error(...args)).toContain(expected));
});

describe('files with mistakes name the file and the JSON path', () => {
	const files: Record<string, string> = {
		'wrong-unit.json': JSON.stringify({
			model: 'cli_fixture',
			title: { zh: '例', en: 'Example' },
			actuals: [
				{ indicator: 'gdp', year: 2023, value: 1, unit: '万元', source: { citation: 'c', quote: 'q' } }
			]
		}),
		'other-model.json': JSON.stringify({
			model: 'shinan-2022-2026',
			title: { zh: '例', en: 'Example' },
			actuals: []
		}),
		'plain.json': JSON.stringify({ gdp: { 2030: 1 } }),
		'broken.json': '{ "gdp": ',
		'bad-uncertainty.json': JSON.stringify({ params: { 'gdp.rate': { type: 'normal', mean: 0.1, sd: -1 } } })
	};
	const read = (path: string) => {
		const name = path.split('/').pop()!;
		return name in files ? files[name]! : readFile(path);
	};
	const run = (...args: string[]) =>
		runCli(['--model', 'tests/fixtures/cli-model.json', ...args], read, { cwd: ROOT });

	it.each([
		[
			['--actuals', 'wrong-unit.json'],
			'error: wrong-unit.json: $.actuals[0].unit: gdp is in 亿元, got 万元; convert the value\n'
		],
		[
			['--actuals', 'other-model.json'],
			'error: other-model.json: $.model: the file is for model "shinan-2022-2026", not "cli_fixture"\n'
		],
		[
			['--actuals', 'plain.json'],
			'error: plain.json: actuals.gdp["2030"]: should be keyed by a year from 2022 to 2026, got "2030"\n'
		],
		[
			['--actuals', 'broken.json'],
			'error: broken.json: $: is not valid JSON: the text ends before every bracket and quote is closed\n'
		],
		[
			['--uncertainty', 'bad-uncertainty.json'],
			'error: bad-uncertainty.json: uncertainty.params["gdp.rate"].sd: should be at least 0, got −1\n'
		]
	])('%j', (args, expected) => {
		const result = run(...args);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.startsWith(expected)).toBe(true);
	});
});

describe('Monte Carlo: --samples, --seed, --sd, --uncertainty', () => {
	it('gives every target and field a probability, and the run its bands', () => {
		const report = json('--samples', '4000', '--sd', 'gdp.rate=0.02');
		for (const t of report.targets) expect(t.probability).toBeGreaterThanOrEqual(0);
		// Centred on the 10 % the rate target asks for: about half the samples meet it.
		expect(Math.abs(target(report, 'gdp_growth').probability! - 0.5)).toBeLessThan(0.03);
		expect(target(report, 'institutions_2026').probability).toBe(1);
		expect(report.fields.map((f) => f.id)).toEqual(['economy', 'finance']);
		expect(report.fields[0]!.probability).toBeLessThanOrEqual(target(report, 'gdp_growth').probability!);
		expect(report.monteCarlo).toMatchObject({
			samples: 4000,
			seed: 20220217,
			uncertainty: { sd: { 'gdp.rate': 0.02 } }
		});
		expect(Object.keys(report.monteCarlo!.bands)).toEqual(Object.keys(report.series));
		expect(report.monteCarlo!.bands.institutions!.p50).toEqual(report.series.institutions);
	});

	it('is reproducible with the same seed and differs with another', () => {
		const args = ['--samples', '1000', '--sd', 'gdp.rate=0.02', '--format', 'json'];
		expect(cli(...args).stdout).toBe(cli(...args).stdout);
		expect(cli(...args, '--seed', '7').stdout).not.toBe(cli(...args).stdout);
		expect(json('--samples', '10', '--sd', 'gdp.rate=0.02', '--seed', '7').monteCarlo!.seed).toBe(7);
	});

	it('reads an uncertainty file, with --sd added to it, and combines with actuals', () => {
		const report = json(
			'--uncertainty',
			'tests/fixtures/cli-uncertainty.json',
			'--sd',
			'gdp.rate=0.01',
			'--samples',
			'500',
			'--actual',
			'gdp[2022]=1100'
		);
		expect(report.monteCarlo!.uncertainty).toMatchObject({
			params: { 'institutions.annual': { type: 'triangular' } },
			sd: { 'finance_value_added.rate': 0.01, 'gdp.rate': 0.01 },
			yearlyNoise: { gdp: 0.005 }
		});
		expect(report.monteCarlo!.bands.gdp!.p5[1]).toBe(1100);
		expect(target(report, 'institutions_2026').probability).toBeLessThan(1);
	});

	it('the table adds a P(met) column, field probabilities and P(every target met)', () => {
		const { stdout } = cli('--samples', '1000', '--sd', 'gdp.rate=0.02');
		expect(stdout).toMatch(/required annual +P\(met\)/);
		expect(stdout).toContain('Monte Carlo: 1,000 samples, seed 20220217 · P(every target met) = ');
		expect(stdout).toMatch(/Finance · P\(all met\) \d+\.\d%/);
		expect(stdout).toMatch(/institutions_2026 .* 100\.0%\n/);
	});

	it('without any of these options there is no Monte Carlo and no probability', () => {
		const report = json();
		expect(report.monteCarlo).toBeUndefined();
		expect(report.targets.every((t) => t.probability === undefined)).toBe(true);
	});

	it('parses the options', () => {
		const parsed = parseArgs([
			'--samples=20',
			'--seed',
			'3',
			'--sd',
			'gdp.rate=0.02',
			'--uncertainty',
			'u.json'
		]);
		expect(parsed.ok && parsed.value).toMatchObject({
			samples: 20,
			seed: 3,
			uncertaintyFile: 'u.json',
			sds: [{ key: 'gdp.rate', value: 0.02, text: 'gdp.rate=0.02' }]
		});
	});

	it.each([
		[
			['--sd', 'gdp.rat=0.02'],
			'error: --sd gdp.rat=0.02: gdp (growth) has no parameter "rat". It takes: base, rate. Did you mean "gdp.rate"?'
		],
		[['--sd', 'gdp.rate=0.5'], "error: --sd gdp.rate=0.5: the scenario's rate 0.1 − 6 sd reaches −2.9"],
		[['--sd', 'gdp.rate=-0.1'], 'error: --sd gdp.rate=-0.1: should be at least 0'],
		[['--sd', 'gdp.rate'], 'error: --sd gdp.rate: expected ID.PARAM=VALUE, e.g. gdp.rate=0.02'],
		[['--samples', 'many'], 'error: --samples many: “many” is not a number; type a value such as 5 or −2.5.'],
		[['--samples', '0'], 'error: --samples 0: 0 is outside the accepted range: from 1 to 1,000,000.'],
		[['--samples', '2.5'], 'error: --samples 2.5: 2.5 is not a whole number; type a whole number.'],
		[['--seed', '-1'], 'error: --seed -1: −1 is outside the accepted range: from 0 to 4,294,967,295.'],
		[
			['--seed', '4294967296'],
			'error: --seed 4294967296: 4,294,967,296 is outside the accepted range: from 0 to 4,294,967,295.'
		],
		[['--seed', '1', '--seed', '2'], 'error: --seed 2: given twice'],
		[
			['--uncertainty', 'tests/fixtures/cli-actuals.json'],
			'error: tests/fixtures/cli-actuals.json: uncertainty.model: is not a known key here'
		],
		[
			['--uncertainty', 'tests/fixtures/none.json'],
			'error: tests/fixtures/none.json: cannot read the uncertainty file: no such file'
		]
	])('%j', (args, expected) => expect(error(...args)).toContain(expected));
});
