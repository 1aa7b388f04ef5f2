import { describe, expect, it } from 'vitest';
import { unitName } from './unit-name';

describe('unitName', () => {
	it('names a unit at the model’s scale in each language, with no word of the other', () => {
		expect(unitName('亿元', 'en')).toBe('100 million yuan');
		expect(unitName('亿元', 'zh')).toBe('亿元');
		expect(unitName('家', 'en')).toBe('firms');
		expect(unitName('fraction', 'zh')).toBe('比重，0.1 = 10%');
		expect(unitName('fraction', 'en')).toBe('share, 0.1 = 10 %');
	});

	it('quotes a unit the engine does not know as the plan writes it', () => {
		expect(unitName('万元', 'en')).toBe('万元');
	});
});
