import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('undo and redo', () => {
	it('steps back and forward through the recorded states', () => {
		let h = startHistory('a');
		h = record(h, 'b');
		h = record(h, 'c');
		h = undo(h);
		expect(h.present).toBe('b');
		h = undo(h);
		expect(h.present).toBe('a');
		expect(undo(h)).toBe(h); // nothing left to undo
		h = redo(h);
		expect(h.present).toBe('b');
		h = redo(h);
		expect(h.present).toBe('c');
		expect(redo(h)).toBe(h);
	});

	it('drops the redo branch on a new edit, and ignores recording the present again', () => {
		let h = record(record(startHistory(1), 2), 3);
		h = record(undo(h), 4);
		expect([h.past, h.present, h.future]).toEqual([[1, 2], 4, []]);
		expect(record(h, 4)).toBe(h);
	});

	it('keeps at most the limit of steps back', () => {
		let h = startHistory(0);
		for (let i = 1; i <= 10; i++) h = record(h, i, 3);
		expect(h.past).toEqual([7, 8, 9]);
	});
});
