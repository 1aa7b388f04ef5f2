import { describe, expect, it } from 'vitest';
import { columnDigits } from './column-digits';

describe('columnDigits (one rounding per column)', () => {
	it('takes the most decimals any value needs, up to the maximum', () => {
		expect(columnDigits([30.12, 44.1])).toBe(2);
		expect(columnDigits([44.1, 50])).toBe(1);
		expect(columnDigits([1200, 35])).toBe(0);
		expect(columnDigits([1 / 3, 2])).toBe(2);
		expect(columnDigits([1 / 3], 4)).toBe(4);
	});

	it('ignores binary noise and missing values', () => {
		expect(columnDigits([0.1 + 0.2, undefined, Number.NaN])).toBe(1);
		expect(columnDigits([])).toBe(0);
	});
});
