/**
 * The Learn page's lessons in their order: the page's table of contents and each lesson's numbered heading
 * and introduction come from here, so a lesson is named and numbered in one place.
 */
import { m } from '$lib/paraglide/messages.js';

/** One lesson: its id (the section's anchor, `data-learn-section`), title and introduction, in the reader's language. */
export interface Lesson {
	id: string;
	title: () => string;
	intro: () => string;
}

export const LESSONS: readonly Lesson[] = [
	{ id: 'growth', title: () => m.learn_growth_title(), intro: () => m.learn_growth_intro() },
	{ id: 'doubling', title: () => m.learn_doubling_title(), intro: () => m.learn_doubling_intro() },
	{ id: 'average', title: () => m.learn_average_title(), intro: () => m.learn_average_intro() },
	{ id: 'required', title: () => m.learn_required_title(), intro: () => m.learn_required_intro() },
	{ id: 'share', title: () => m.learn_share_title(), intro: () => m.learn_share_intro() }
];

/** The lesson with this id and its number (1 for the first), or an error naming the ids there are. */
export function lesson(id: string): Lesson & { number: number } {
	const index = LESSONS.findIndex((l) => l.id === id);
	if (index < 0)
		throw new Error(`No Learn lesson "${id}"; the lessons are ${LESSONS.map((l) => l.id).join(', ')}`);
	return { ...LESSONS[index]!, number: index + 1 };
}
