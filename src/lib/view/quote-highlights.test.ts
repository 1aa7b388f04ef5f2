import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinModel } from './builtin-model';
import { highlightQuotes, type Piece } from './quote-highlights';

const planText = readFileSync(
	new URL('../../../models/sources/shinan-2022-congress-report.zh.txt', import.meta.url),
	'utf8'
);

const pieces = (paragraphs: Piece[][]) => paragraphs.flat();

describe('highlightQuotes', () => {
	it('finds every target of the Shinan model, each anchored once', () => {
		const { paragraphs, missing } = highlightQuotes(planText, builtinModel.targets);
		expect(missing).toEqual([]);
		const anchors = pieces(paragraphs).filter((p) => p.first);
		expect(anchors.map((p) => p.target).sort()).toEqual(builtinModel.targets.map((t) => t.id).sort());
	});

	it('keeps the text: the pieces join back into the paragraphs', () => {
		const { paragraphs } = highlightQuotes(planText, builtinModel.targets);
		const lines = planText.split('\n').filter((l) => l.trim());
		expect(paragraphs.map((p) => p.map((piece) => piece.text).join(''))).toEqual(lines);
	});

	it('splits overlapping quotes: the earlier keeps the shared words', () => {
		const text = '进出口额年均增长7%、占全市比重超过10%。';
		const { paragraphs } = highlightQuotes(text, [
			{ id: 'share', quote: '进出口额年均增长7%、占全市比重超过10%' },
			{ id: 'growth', quote: '进出口额年均增长7%' }
		]);
		expect(paragraphs[0]).toEqual([
			{ text: '进出口额年均增长7%', target: 'growth', first: true },
			{ text: '、占全市比重超过10%', target: 'share', first: true },
			{ text: '。' }
		]);
	});

	it('handles a partial overlap and a quote wholly inside another', () => {
		const text = 'AAABBBCCC';
		const { paragraphs } = highlightQuotes(text, [
			{ id: 'x', quote: 'AAABBB' },
			{ id: 'y', quote: 'BBBCCC' },
			{ id: 'z', quote: 'AB' }
		]);
		const all = pieces(paragraphs);
		expect(all.filter((p) => p.first).map((p) => p.target)).toEqual(['x', 'z', 'y']);
		expect(all.map((p) => p.text).join('')).toBe(text);
	});

	it('uses the first free occurrence of a repeated quote, and reports quotes not found', () => {
		const text = '每年100家，每年100家';
		const { paragraphs, missing } = highlightQuotes(text, [
			{ id: 'a', quote: '每年100家' },
			{ id: 'b', quote: '每年100家' },
			{ id: 'c', quote: '没有' }
		]);
		expect(missing).toEqual(['c']);
		expect(paragraphs[0]!.filter((p) => p.target).map((p) => p.target)).toEqual(['a', 'b']);
	});
});
