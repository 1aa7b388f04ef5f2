import { describe, expect, it } from 'vitest';
import { placement } from './popover';

describe('placement', () => {
	it('lines the panel up with the right edge of its trigger on a wide screen', () => {
		// Trigger's right edge at 1200 px, parent starting at 1000 px, 1440 px screen.
		expect(placement({ right: 1200 }, 1000, 1440, 384)).toEqual({ width: 384, left: 1200 - 384 - 1000 });
	});

	it('keeps the panel 8 px inside the left edge when the trigger sits near it', () => {
		expect(placement({ right: 100 }, 20, 1440, 384)).toEqual({ width: 384, left: 8 - 20 });
	});

	it('keeps the panel 8 px inside the right edge when the trigger ends past it', () => {
		expect(placement({ right: 1439 }, 0, 1440, 384)).toEqual({ width: 384, left: 1440 - 384 - 8 });
	});

	it('narrows the panel to the screen less both margins on a phone', () => {
		expect(placement({ right: 300 }, 150, 390, 384)).toEqual({ width: 374, left: 8 - 150 });
	});
});
