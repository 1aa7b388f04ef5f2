/**
 * models/shinan-actuals-example.json, the published figures the app offers as "load the published example":
 * a valid actuals file that fits the Shinan model, every value quoted from published-figures.md, and the
 * figures left out (unconfirmed years, other definitions) listed with their reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actualsOf, checkActualsFile, runScenario, validateActualsFile } from '../src/lib/engine';
import { formatIssues } from '../src/cli/issue-text';
import type { ModelText } from '../src/lib/engine';
import { proseProblems, type Prose } from './fixtures/prose';
import { shinanModel } from './fixtures/shinan';

/** The English of a prose value. */
const en = (text: ModelText | undefined): string => (typeof text === 'string' ? text : (text?.en ?? ''));

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const raw = JSON.parse(read('models/shinan-actuals-example.json'));
const figures = read('models/sources/published-figures.md');
const model = shinanModel();

describe('models/shinan-actuals-example.json', () => {
	const file = validateActualsFile(raw);
	if (!file.ok) throw new Error(formatIssues(file.issues));
	const { actuals, excluded = [] } = file.value;

	it('fits the model: known indicators, projected years, the indicators’ units', () => {
		expect(formatIssues(checkActualsFile(model, file.value))).toBe('');
	});

	it('holds the published figures that fit, converted to the model’s units', () => {
		expect(actualsOf(file.value)).toEqual({
			brand_first_stores_new: { 2023: 56 },
			projects_over_100m_yuan: { 2023: 100 },
			domestic_capital_used: { 2023: 201 },
			foreign_capital_used: { 2023: 4.42 },
			qingdao_import_export: { 2022: 9117.2 }
		});
	});

	it('quotes every value as published-figures.md does, and cites the same page', () => {
		for (const { source } of actuals) {
			expect(figures, source.quote).toContain(source.quote);
			expect(figures, source.citation).toContain(source.citation);
		}
	});

	it('says what to be careful about where the figure is a bound or a different count', () => {
		const caution = (id: string) => en(actuals.find((a) => a.indicator === id)!.caution);
		expect(caution('projects_over_100m_yuan')).toMatch(/lower bound/);
		expect(caution('foreign_capital_used')).toMatch(/US\$442 million = 4\.42 in the model's unit/);
		expect(caution('brand_first_stores_new')).toMatch(/counted differently/);
	});

	it('excludes, with the reason, the figures whose year is unconfirmed or whose definition differs', () => {
		const reason = (text: RegExp) => en(excluded.find((e) => text.test(en(e.figure)))?.reason);
		expect(reason(/18% of district GDP/)).toMatch(/^Definition differs/);
		expect(reason(/first three quarters/)).toMatch(/^Year not confirmed/);
		expect(reason(/137/)).toMatch(/^Definition differs/);
		expect(reason(/technology contract/)).toMatch(/city figures/);
		for (const e of excluded) if (e.indicator) expect(model.indexOf.has(e.indicator), e.indicator).toBe(true);
	});

	it('writes its description, cautions and reasons in Chinese and English, with the same citations', () => {
		const prose: Prose[] = [
			...(file.value.description ? [{ path: '$.description', text: file.value.description }] : []),
			...actuals.flatMap((a, i) => (a.caution ? [{ path: `$.actuals[${i}].caution`, text: a.caution }] : [])),
			...excluded.flatMap((e, i) => [
				{ path: `$.excluded[${i}].figure`, text: e.figure },
				{ path: `$.excluded[${i}].reason`, text: e.reason }
			])
		];
		expect(prose.length).toBe(30);
		expect(prose.flatMap(proseProblems)).toEqual([]);
		const foreign = actuals.find((a) => a.indicator === 'foreign_capital_used')!.caution;
		expect(typeof foreign === 'object' && foreign.zh).toBe(
			'US$442 million = 4.42亿美元。报道日期为2023年12月29日，可能不是全年数据。'
		);
	});

	it('runs: the targets it bears on say where they stand', () => {
		const result = runScenario({ model, actuals: actualsOf(file.value) });
		if (!result.ok) throw new Error(formatIssues(result.issues));
		const t = (id: string) => result.value.targets.find((x) => x.id === id)!;
		expect(t('domestic_capital_cumulative')).toMatchObject({
			lastActualYear: 2023,
			requiredAnnualRemaining: (900 - 180 - 201) / 3,
			progress: { status: 'on_track', basis: 'amount' }
		});
		expect(t('brand_first_stores_new_per_year').progress!.status).toBe('on_track');
		// The city's 2022 trade grew faster than the model's 5 %, so Shinan's share fell.
		expect(t('import_export_city_share')).toMatchObject({ lastActualYear: 2022, met: false });
		expect(t('import_export_city_share').progress!.status).toBe('deterioration');
		expect(t('gdp_growth' as string)).toBeUndefined();
		expect(t('finance_value_added_growth').lastActualYear).toBeUndefined();
	});

	it('is rejected with JSON paths when malformed', () => {
		const broken = structuredClone(raw);
		broken.actuals[1].value = '100';
		broken.actuals.push({ ...broken.actuals[0] });
		delete broken.excluded[0].reason;
		const result = validateActualsFile(broken);
		expect(!result.ok && formatIssues(result.issues)).toBe(
			[
				'$.actuals[1].value: should be a finite number, got the string "100"',
				'$.actuals[5].year: brand_first_stores_new[2023] is given twice; give each indicator and year once',
				'$.excluded[0].reason: is required'
			].join('\n')
		);
	});
});
