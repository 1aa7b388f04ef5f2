import { describe, expect, it } from 'vitest';
import { lesson, LESSONS } from './lessons';

// Messages in the base language (zh).
describe('Learn lessons', () => {
	it('number the lessons in their order, from 1', () => {
		expect(LESSONS.map((l) => lesson(l.id).number)).toEqual([1, 2, 3, 4, 5]);
		expect(lesson('share').id).toBe('share');
	});

	it('give each lesson its own title and introduction', () => {
		expect(new Set(LESSONS.map((l) => l.title())).size).toBe(LESSONS.length);
		expect(new Set(LESSONS.map((l) => l.intro())).size).toBe(LESSONS.length);
		expect(LESSONS.every((l) => l.title().length > 0 && l.intro().length > 0)).toBe(true);
	});

	it('name the lessons there are when asked for one that is not', () => {
		expect(() => lesson('nope')).toThrow('No Learn lesson "nope"; the lessons are growth, doubling, average');
	});
});
