/**
 * The bad-input corpus (tests/bad-input/): every broken model file and every bad command line must end
 * in exit code 2, nothing on stdout and one line on stderr that says where the problem is.
 * The cases and their expected messages live in tests/bad-input/cases.json, next to the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = 'tests/bad-input';
const FIXTURE = 'tests/fixtures/cli-model.json';

interface Case {
	code: number;
	/** Substrings the stderr line must contain. */
	stderr: string[];
}
interface ModelCase extends Case {
	file: string;
}
interface ArgumentCase extends Case {
	name: string;
	args: string[];
}

const cases = JSON.parse(readFileSync(`${ROOT}${CORPUS}/cases.json`, 'utf8')) as {
	models: ModelCase[];
	arguments: ArgumentCase[];
};

const readFile = (path: string) => readFileSync(path, 'utf8');
const run = (argv: string[]) => runCli(argv, readFile, { cwd: ROOT });

/** The guarantees every bad input shares, then the case's own expected message. */
function expectRejected(result: ReturnType<typeof runCli>, expected: Case): void {
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
	expect(result.stderr).not.toMatch(/\n\s+at /);
	for (const fragment of expected.stderr) expect(result.stderr).toContain(fragment);
	expect(result.code).toBe(expected.code);
}

describe('bad model files', () => {
	it('lists every file of the corpus in cases.json, and there are at least 15', () => {
		const files = readdirSync(`${ROOT}${CORPUS}`).filter((f) => f !== 'cases.json');
		expect(files.sort()).toEqual(cases.models.map((c) => c.file).sort());
		expect(files.length).toBeGreaterThanOrEqual(15);
	});

	it.each(cases.models)('$file', (c) => {
		const result = run(['--model', `${CORPUS}/${c.file}`]);
		expectRejected(result, c);
		// The message names the file, so a reader knows which model to open.
		expect(result.stderr).toContain(`${CORPUS}/${c.file}: `);
	});
});

describe('bad command lines', () => {
	it.each(cases.arguments)('$name', (c) => {
		const argv = c.args.some((a) => a.startsWith('--model')) ? c.args : ['--model', FIXTURE, ...c.args];
		expectRejected(run(argv), c);
	});
});
