import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { issueText } from './issue-text';

const parsed = (...argv: string[]) => {
	const r = parseArgs(argv);
	if (!r.ok) throw new Error(issueText(r.issues[0]!));
	return r.value.analysis;
};
/** The first problem as the CLI prints it, in `lang`. */
const problemIn = (lang: 'en' | 'zh', ...argv: string[]) => {
	const r = parseArgs(argv);
	if (r.ok) throw new Error('expected a problem');
	return `${r.issues[0]!.path}: ${issueText(r.issues[0]!, lang)}`;
};
const problem = (...argv: string[]) => problemIn('en', ...argv);

describe('analysis options', () => {
	it('reads --seek, --seek-all, --sensitivity and --consistency in both forms', () => {
		expect(parsed('--seek', 'a_target:gdp.rate')).toEqual({
			kind: 'seek',
			target: 'a_target',
			parameter: 'gdp.rate',
			text: '--seek a_target:gdp.rate'
		});
		expect(parsed('--seek=t:x.rate[2024]')).toMatchObject({ parameter: 'x.rate[2024]' });
		expect(parsed('--seek-all', 'a,b')).toEqual({
			kind: 'seek-all',
			targets: ['a', 'b'],
			text: '--seek-all a,b'
		});
		expect(parsed('--seek-all=a:x.rate,y.base')).toMatchObject({
			targets: ['a'],
			parameters: ['x.rate', 'y.base']
		});
		expect(parsed('--sensitivity', 't')).toMatchObject({ kind: 'sensitivity', target: 't' });
		// A flag: the argument after it is not its value.
		const r = parseArgs(['--consistency', '--set', 'gdp.rate=0.05']);
		expect(r.ok && r.value.analysis).toEqual({ kind: 'consistency', text: '--consistency' });
		expect(r.ok && r.value.settings).toHaveLength(1);
	});

	it('says what is wrong, on one line', () => {
		expect(problem('--seek', 'only_a_target')).toMatch(/^--seek only_a_target: expected TARGET:PARAM/);
		expect(problem('--seek')).toBe('--seek: needs a value: --seek TARGET:PARAM');
		expect(problem('--seek-all', 'a,,b')).toMatch(/expected TARGET,TARGET\[:PARAM,PARAM\]/);
		expect(problem('--consistency=yes')).toBe('--consistency=yes: takes no value');
		expect(problem('--consistency', '--sensitivity', 't')).toMatch(
			/^--sensitivity t: cannot be combined with --consistency/
		);
		expect(problem('--sensitivty', 'a')).toMatch(/Did you mean "--sensitivity"/);
	});

	it('says the same in Chinese, as codes with their params', () => {
		const r = parseArgs(['--seek', 'only_a_target']);
		expect(r).toMatchObject({
			ok: false,
			issues: [{ path: '--seek only_a_target', code: 'cli-expected', params: { form: 'TARGET:PARAM' } }]
		});
		expect(problemIn('zh', '--seek', 'only_a_target')).toBe(
			'--seek only_a_target: 应写作 TARGET:PARAM，例如 digital_core_share_doubling:gdp.rate（见 --help）'
		);
		expect(problemIn('zh', '--consistency=yes')).toBe('--consistency=yes: 不接受取值');
		expect(problemIn('zh', '--consistency', '--sensitivity', 't')).toBe(
			'--sensitivity t: 不能与 --consistency 同时使用；每次运行只能进行一项分析'
		);
	});
});
