import { describe, expect, it } from 'vitest';
import { stickyBottom } from './sticky-top';

describe('stickyBottom', () => {
	it('is the lowest bottom edge of the boxes that stick', () => {
		const header = { position: 'sticky', top: 0, height: 57.2 };
		const bar = { position: 'sticky', top: 0, height: 96 };
		expect(stickyBottom([header])).toBe(58);
		expect(stickyBottom([header, bar])).toBe(96);
		expect(stickyBottom([{ position: 'fixed', top: 10, height: 40 }])).toBe(50);
	});

	it('leaves out a box that does not stick (the header is static on a phone)', () => {
		const header = { position: 'static', top: NaN, height: 130 };
		const bar = { position: 'sticky', top: 0, height: 96 };
		expect(stickyBottom([header, bar])).toBe(96);
		expect(stickyBottom([header])).toBe(0);
		expect(stickyBottom([])).toBe(0);
	});

	it('reads an `auto` top as 0', () => {
		expect(stickyBottom([{ position: 'sticky', top: NaN, height: 30 }])).toBe(30);
	});
});
