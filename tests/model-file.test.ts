/**
 * Checks the data file models/shinan-2022-2026.json on its own terms: quotes traceable to the plan's text,
 * ids and references sound, every base value sourced, the schema satisfied, and the defaults reproducing the
 * plan (every target met under the default parameters, by a small independent projection, not the engine).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parse, type MathNode } from 'mathjs';
import type { Indicator, Localized, Model, Target, TargetKind } from '../src/lib/engine/spec/types';
import { proseProblems, type Prose } from './fixtures/prose';
import { UNITS } from '../src/lib/engine/spec/units';
import { MET_RELATIVE_TOLERANCE } from '../src/lib/engine/constants';
import { shinanFile } from './fixtures/shinan';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const model = shinanFile();
const schema = JSON.parse(read('models/model.schema.json')) as Record<string, unknown>;
const planText = read('models/sources/shinan-2022-congress-report.zh.txt');

const TARGET_KINDS: TargetKind[] = ['rate', 'level', 'cumulative', 'annual', 'multiple'];

/** Ids that occur more than once. */
function duplicates(ids: string[]): string[] {
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

describe('models/shinan-2022-2026.json', () => {
	it('quotes every target exactly from the plan text', () => {
		const missing = model.targets
			.filter((t) => !planText.includes(t.quote))
			.map((t) => `${t.id}: ${t.quote}`);
		expect(missing, 'targets whose quote is not a substring of the plan text').toEqual([]);
	});

	it('has unique ids and sound references', () => {
		expect(duplicates(model.fields.map((f) => f.id)), 'duplicate field ids').toEqual([]);
		expect(duplicates(model.indicators.map((x) => x.id)), 'duplicate indicator ids').toEqual([]);
		expect(duplicates(model.targets.map((t) => t.id)), 'duplicate target ids').toEqual([]);

		const indicatorIds = new Set(model.indicators.map((x) => x.id));
		const fieldIds = new Set(model.fields.map((f) => f.id));
		const badTargets = model.targets.filter((t) => !indicatorIds.has(t.indicator)).map((t) => t.id);
		const badIndicators = model.indicators.filter((x) => !fieldIds.has(x.field)).map((x) => x.id);
		expect(badTargets, 'targets whose indicator does not exist').toEqual([]);
		expect(badIndicators, 'indicators whose field does not exist').toEqual([]);
	});

	it('gives every non-derived indicator a source with its required text', () => {
		const required = { published: 'citation', implied: 'derivation', assumption: 'reason' } as const;
		const bad = model.indicators
			.filter((x) => x.kind !== 'derived')
			.filter((x) => {
				const source = (x as { source?: Record<string, unknown> }).source;
				const kind = source?.kind;
				if (typeof kind !== 'string' || !Object.hasOwn(required, kind)) return true;
				const text = source?.[required[kind as keyof typeof required]] as Localized | undefined;
				return !text || typeof text.zh !== 'string' || !text.zh.trim() || !text.en?.trim();
			})
			.map((x) => x.id);
		expect(bad, 'indicators without a valid source').toEqual([]);
	});

	it('writes every note, reason and source text in Chinese and English, with the same citations', () => {
		const prose: Prose[] = [];
		model.indicators.forEach((x, i) => {
			const path = `$.indicators[${i}]`;
			if (x.kind !== 'derived') {
				for (const [key, text] of Object.entries(x.source)) {
					if (key !== 'kind' && key !== 'quote') prose.push({ path: `${path}.source.${key}`, text });
				}
			}
			x.notes?.forEach((text, j) => prose.push({ path: `${path}.notes[${j}]`, text }));
		});
		model.targets.forEach((t, i) => {
			if (t.note) prose.push({ path: `$.targets[${i}].note`, text: t.note });
		});
		expect(prose.length).toBe(117);
		expect(prose.flatMap(proseProblems)).toEqual([]);
	});

	it('gives English amounts in ¥ bn, each conversion from the model’s 亿元 exact (1 亿元 = ¥0.1 bn)', () => {
		const texts = JSON.stringify(model);
		const english = [...texts.matchAll(/"en":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
		// No amount written with a Chinese unit in English (outside quotes, checked above by proseProblems).
		const amounts = english.flatMap((t) =>
			[...t.replace(/“[^”]*”/g, '').matchAll(/\d[\d,.]*\s*(?:亿元|亿美元|万元|万人|万平方米)/g)].map(
				(m) => m[0]
			)
		);
		expect(amounts).toEqual([]);
		// Where the English gives both, the number in 亿元 and the one in ¥ bn are the same amount.
		const number = (s: string) => Number(s.replaceAll(',', ''));
		const pairs = english.flatMap((t) => [
			...[...t.matchAll(/([\d,.]+) \(in 100 million yuan, ¥([\d.]+) bn\)/g)].map((m) => [m[1]!, m[2]!]),
			...[
				...t.matchAll(/¥([\d.]+) bn[^()]{0,40}\(([\d,.]+) in (?:the model's unit of )?100 million yuan\)/g)
			].map((m) => [m[2]!, m[1]!]),
			...[...t.matchAll(/¥([\d.]+) bn in 2026, ([\d,.]+) in the model's unit of 100 million yuan/g)].map(
				(m) => [m[2]!, m[1]!]
			)
		]);
		expect(pairs.length).toBeGreaterThanOrEqual(4);
		for (const [yi, bn] of pairs as [string, string][])
			expect(number(yi) / 10, `${yi} 亿元 = ¥${bn} bn`).toBeCloseTo(number(bn), 9);
	});

	it('names Chinese terms of art in English with the Chinese as a gloss', () => {
		const names = [
			...model.fields.map((f) => f.name),
			...model.indicators.flatMap((x) => [x.name, ...(x.description ? [x.description] : [])]),
			...model.targets.flatMap((t) => (t.name ? [t.name] : []))
		];
		const problems = names.flatMap((text, i) => proseProblems({ path: `names[${i}]`, text }));
		expect(problems).toEqual([]);
		const sme = model.indicators.find((x) => x.id === 'specialized_sme_new')!;
		expect(sme.name.en).toBe('Newly cultivated “specialised and sophisticated” SMEs (专精特新)');
	});

	it('keeps the stable ids the engine, scripts and docs refer to', () => {
		const byId = new Map(model.indicators.map((x) => [x.id, x]));
		const stable: Record<string, Indicator['kind']> = {
			gdp: 'growth',
			finance_value_added: 'growth',
			digital_industry_value_added: 'growth',
			digital_core_value_added: 'growth',
			digital_core_share: 'derived',
			import_export: 'growth',
			qingdao_import_export: 'growth',
			import_export_share: 'derived',
			service_trade: 'growth',
			high_end_consumption: 'growth',
			financial_institutions: 'stock'
		};
		for (const [id, kind] of Object.entries(stable)) {
			expect(byId.get(id)?.kind, `indicator ${id}`).toBe(kind);
		}
		const param = (id: string, key: string): unknown =>
			(byId.get(id) as unknown as Record<string, unknown>)[key];
		expect(param('digital_core_share', 'expr')).toBe('digital_core_value_added / gdp');
		expect(param('import_export_share', 'expr')).toBe('import_export / qingdao_import_export');
		expect(param('digital_core_share', 'unit')).toBe('fraction');
		expect(param('import_export_share', 'unit')).toBe('fraction');
		expect(param('finance_value_added', 'rate')).toBe(0.1);
		expect(param('digital_industry_value_added', 'rate')).toBe(0.2);
		expect(param('import_export', 'rate')).toBe(0.07);
		expect(param('service_trade', 'rate')).toBe(0.08);
		expect(param('high_end_consumption', 'rate')).toBe(0.1);
		expect(param('qingdao_import_export', 'base')).toBe(8498.4);
		expect(param('financial_institutions', 'annual')).toBe(100);
		expect(param('financial_institutions', 'base')).toBe(700);
	});

	it('has at least 35 targets and uses every target kind', () => {
		expect(model.targets.length).toBeGreaterThanOrEqual(35);
		const used = new Set(model.targets.map((t) => t.kind));
		expect(
			TARGET_KINDS.filter((k) => !used.has(k)),
			'target kinds not used'
		).toEqual([]);
	});

	it('states rates and shares as fractions', () => {
		const unitOf = new Map(model.indicators.map((x) => [x.id, x.unit]));
		const bad = model.targets
			.filter((t) => t.kind === 'rate' || (t.kind === 'level' && unitOf.get(t.indicator) === 'fraction'))
			.filter((t) => !(t.threshold > -1 && t.threshold < 1))
			.map((t) => t.id);
		expect(bad, 'rate or share thresholds that are not fractions').toEqual([]);
	});

	it('validates against models/model.schema.json', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		const validate = ajv.compile(schema);
		const valid = validate(model);
		expect(validate.errors ?? [], 'schema errors').toEqual([]);
		expect(valid).toBe(true);
	});

	it('lists in the schema exactly the units of units.ts', () => {
		const unitEnum = (schema.$defs as Record<string, { enum?: string[] }>).unit?.enum;
		expect(unitEnum).toEqual(Object.keys(UNITS));
	});

	it('meets every target under the default parameters (the defaults reproduce the plan)', () => {
		const years = model.endYear - model.baseYear;
		const series = project(model, years);
		const missed = model.targets
			.map((t) => ({ t, achieved: achieved(t, series.get(t.indicator)!, model.baseYear) }))
			.filter(
				({ t, achieved }) =>
					achieved < t.threshold - MET_RELATIVE_TOLERANCE * Math.max(Math.abs(t.threshold), 1e-12)
			)
			.map(({ t, achieved }) => `${t.id}: ${achieved} < ${t.threshold}`);
		expect(missed, 'targets missed under the defaults').toEqual([]);
	});

	it('documents every indicator and target in models/README.md', () => {
		const doc = read('models/README.md');
		const ids = [...model.indicators.map((x) => x.id), ...model.targets.map((t) => t.id)];
		expect(
			ids.filter((id) => !doc.includes(`\`${id}\``)),
			'ids missing from models/README.md'
		).toEqual([]);
	});
});

/**
 * A deliberately simple projection, independent of src/lib/engine: one value per year from the base year
 * (index 0) to endYear, with the default parameters and yearly overrides.
 */
function project(m: Model, years: number): Map<string, number[]> {
	const out = new Map<string, number[]>();
	const at = (year: number) => String(m.baseYear + year);
	for (const x of m.indicators) {
		if (x.kind === 'derived') continue;
		const values = [x.base];
		for (let i = 1; i <= years; i++) {
			const prev = values[i - 1]!;
			if (x.kind === 'growth') values.push(prev * (1 + (x.rateByYear?.[at(i)] ?? x.rate)));
			else {
				const annual = x.annualByYear?.[at(i)] ?? x.annual;
				values.push(x.kind === 'stock' ? prev + annual : annual);
			}
		}
		out.set(x.id, values);
	}
	// Derived indicators: prev(x) becomes a symbol bound to x's previous value; evaluate in dependency order.
	const pending = m.indicators.filter((x) => x.kind === 'derived');
	while (pending.length > 0) {
		const index = pending.findIndex((x) => symbols(x.expr).every((s) => out.has(s)));
		expect(index, `derived indicators with unresolved references: ${pending.map((x) => x.id)}`).not.toBe(-1);
		const [x] = pending.splice(index, 1) as [Extract<Indicator, { kind: 'derived' }>];
		const code = rewritePrev(parse(x.expr)).compile();
		const values: number[] = [];
		for (let i = 0; i <= years; i++) {
			const scope: Record<string, number> = {};
			for (const s of symbols(x.expr)) {
				const v = out.get(s)!;
				scope[s] = v[i]!;
				scope[`prev__${s}`] = v[Math.max(i - 1, 0)]!;
			}
			values.push(code.evaluate(scope) as number);
		}
		out.set(x.id, values);
	}
	return out;
}

/** The indicator ids an expression reads (arguments of prev() included). */
function symbols(expr: string): string[] {
	const ids = new Set<string>();
	parse(expr).traverse((node, path) => {
		if (node.type === 'SymbolNode' && path !== 'fn') ids.add((node as unknown as { name: string }).name);
	});
	return [...ids];
}

function rewritePrev(node: MathNode): MathNode {
	return node.transform((n) => {
		const call = n as unknown as { type: string; fn?: { name?: string }; args?: { name?: string }[] };
		if (call.type === 'FunctionNode' && call.fn?.name === 'prev') {
			return parse(`prev__${call.args![0]!.name}`);
		}
		return n;
	});
}

/** What a target's kind measures, for the series indexed from the base year. */
function achieved(t: Target, values: number[], baseYear: number): number {
	const from = (t.from ?? baseYear) - baseYear;
	const to = t.deadline - baseYear;
	const period = values.slice(from + 1, to + 1);
	switch (t.kind) {
		case 'rate':
			return (values[to]! / values[from]!) ** (1 / (to - from)) - 1;
		case 'level':
			return values[to]!;
		case 'multiple':
			return values[to]! / values[from]!;
		case 'cumulative':
			return period.reduce((a, b) => a + b, 0);
		case 'annual': {
			const stock = model.indicators.find((x) => x.id === t.indicator)?.kind === 'stock';
			const flows = stock ? period.map((v, i) => v - values[from + i]!) : period;
			return Math.min(...flows);
		}
	}
}
