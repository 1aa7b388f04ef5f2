/** Dates and times as the interface shows them, in the reader's language: 2025年3月1日 14:05, 1 Mar 2025, 14:05. */
import type { Locale } from '$lib/state';

/** A moment (ISO 8601 text or a Date) as a short date and time; '' if it is not a date. */
export function dateTime(when: string | Date, locale: Locale): string {
	const date = typeof when === 'string' ? new Date(when) : when;
	if (Number.isNaN(date.getTime())) return '';
	return date.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short'
	});
}
