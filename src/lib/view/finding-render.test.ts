import { describe, expect, it } from 'vitest';
import type { FindingMessage } from '$lib/engine/core';
import {
	amountText,
	percentText,
	pointsText,
	renderFindingMessage,
	type FindingContext
} from './finding-render';

describe('numbers in a finding', () => {
	it('amounts in the reader’s unit, with the decimals the arithmetic needs', () => {
		expect(amountText(212.6, '家', 'en')).toBe('212.6 firms');
		expect(amountText(212.6, '家', 'zh')).toBe('212.6 家');
		expect(amountText(1, '家', 'en')).toBe('1 firm');
		expect(amountText(1377.9, '亿元', 'zh')).toBe('1,377.9 亿元');
		expect(amountText(1377.9, '亿元', 'en')).toBe('137.79 bn yuan'); // the unit of the English boxes
		expect(amountText(20.05, '万人', 'en')).toBe('200,500 people');
		expect(amountText(0.0525, 'fraction', 'en')).toBe('5.25%');
		expect(amountText(-5, '家', 'zh')).toBe('\u22125 家');
	});

	it('rates at 2 decimals, no sign on a zero, margins too small to show as <0.01', () => {
		expect(percentText(0.04466067595534895)).toBe('4.47%');
		expect(percentText(-0.00004)).toBe('0%');
		expect(percentText(0.090997, 4)).toBe('9.0997%');
		expect(pointsText(4.004454062e-8)).toBe('<0.01');
		expect(pointsText(-0.0053)).toBe('0.53');
		expect(pointsText(0)).toBe('0');
	});
});

describe('renderFindingMessage', () => {
	const ctx = (locale: 'en' | 'zh'): FindingContext => ({
		locale,
		lookup: (key, params) =>
			`${key}(${Object.entries(params)
				.map(([k, v]) => `${k}=${v}`)
				.join('|')})`,
		indicatorName: (id) => `<${id}>`,
		targetLabel: (id) => `[${id}]`
	});
	const msg: FindingMessage = {
		code: 'stock',
		params: {
			indicator: 'x',
			level: 1200,
			to: 2026,
			annual: 100,
			next: 2022,
			years: 5,
			implied: 700,
			from: 2021,
			verdict: { code: 'stock-same', params: { annual: 100, level: 1200, unit: '家' } },
			unit: '家'
		}
	};

	it('shows each param by its kind and nested clauses rendered first; an absent clause is empty', () => {
		expect(renderFindingMessage(msg, ctx('en'))).toBe(
			'finding_stock(indicator=<x>|level=1,200 firms|to=2026|annual=100 firms|next=2022|years=5|implied=700 firms|from=2021|note=|verdict=finding_stock_same(annual=100 firms|level=1,200 firms|unit=家)|unit=家)'
		);
	});

	it('drops the space an absent clause leaves before punctuation', () => {
		const spaced: FindingContext = {
			...ctx('en'),
			lookup: (_k, p) => `in ${p.from} ${p.note}. Done ${p.note}`
		};
		expect(renderFindingMessage(msg, spaced)).toBe('in 2021. Done');
	});

	it("a share verdict's margin is the difference of the two rates the sentence shows", () => {
		const lookup: FindingContext['lookup'] = (key, p) =>
			key === 'finding_share_growth'
				? `b ${p.denominatorGrowth} vs ${p.bound}: ${p.verdict}`
				: `${key === 'finding_share_verdict_conflict' ? 'over' : 'under'} by ${p.points}`;
		const share = (bound: number, growth: number): FindingMessage => ({
			code: 'share-growth',
			params: {
				bound,
				denominatorGrowth: growth,
				verdict:
					growth > bound
						? { code: 'share-verdict-conflict', params: { points: growth - bound } }
						: { code: 'share-verdict-spare', params: { points: bound - growth } }
			}
		});
		const say = (m: FindingMessage) => renderFindingMessage(m, { ...ctx('en'), lookup });
		// 5.334 % − 4.4661 % = 0.8679 pp rounds to 0.87, but the sentence shows 5.33 % and 4.47 %.
		expect(say(share(0.044661, 0.05334))).toBe('b 5.33% vs 4.47%: over by 0.86');
		expect(say(share(0.05334, 0.044661))).toBe('b 4.47% vs 5.33%: under by 0.86');
		// Rates that show alike keep their true margin: never "over by 0".
		expect(say(share(0.044661, 0.04467))).toBe('b 4.47% vs 4.47%: over by <0.01');
	});
});
