import { describe, expect, it } from 'vitest';
import { rootExponent } from './numbers';

describe('rootExponent', () => {
	it('shows no exponent for one year left: x^(1/1) is just x', () => {
		expect(rootExponent(1)).toBeUndefined();
	});

	it('shows 1/n for n years left', () => {
		expect(rootExponent(2)).toBe('1/2');
		expect(rootExponent(3)).toBe('1/3');
	});
});
