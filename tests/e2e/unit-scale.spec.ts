/**
 * One unit per quantity (issue 9), as the reader sees it: for every assumption of the overview (every
 * indicator's base and growth), in both languages, at 1440 and 390 px, the number in the typed box and the
 * number the scale beside it prints for the same value are the same number in the same unit, and so are the
 * slider's ends and the numbers printed under them. In English a base of 1377.9 亿元 is typed as 137.79 and
 * shown as ¥137.8 bn; typing 140 meaning ¥140 bn must not give a base ten times too small.
 * The same property over random values lives in src/lib/view/units.test.ts; this checks the rendered page.
 */
import { expect, test } from '@playwright/test';
import { messages, openReady, showAssumptions } from './helpers';

/** What one assumption shows: its unit label, box, slider ends and the scale's three labels. */
interface Shown {
	key: string;
	unit: string;
	box: string;
	min: string;
	max: string;
	scale: string[];
}

/** The number in a label ("¥1,377.9 bn" → 1377.9, "−16.0%" → −16) and how many decimals it printed. */
function numberIn(text: string): { value: number; decimals: number } | null {
	const match = /([−-])?([\d,]+)(?:\.(\d+))?/.exec(text);
	if (!match) return null;
	const magnitude = Number(`${match[2]!.replaceAll(',', '')}.${match[3] ?? '0'}`);
	return { value: match[1] ? -magnitude : magnitude, decimals: match[3]?.length ?? 0 };
}

/** True if `typed` (a box's or a slider's own number) is what `label` prints, up to the label's rounding. */
function sameNumber(typed: string, label: string): boolean {
	const shown = numberIn(label);
	if (!shown) return false;
	return Math.abs(Number(typed) - shown.value) <= 0.5 * 10 ** -shown.decimals * (1 + 1e-9) + 1e-12;
}

/**
 * The unit a label prints around its number, as a sorted list of its words, so that one unit written as a
 * label ("bn yuan", "buildings") and around a number ("¥137.8 bn", "1 building") compare equal: ¥ reads
 * as yuan, a plural as its singular. "4.0%/年" → ["%/年"].
 */
function unitOf(label: string): string {
	return label
		.replace(/[−-]?[\d,]+(?:\.\d+)?/, ' ')
		.replace('¥', ' yuan ')
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => (/^[a-z]{3,}s$/.test(word) ? word.slice(0, -1) : word))
		.sort()
		.join(' ');
}

for (const locale of ['zh', 'en'] as const) {
	const t = messages(locale);
	const [planBefore, planAfter] = t.param_plan!.split('{value}') as [string, string];
	const perYear = t.per_year!.replace('{value}', '');
	for (const width of [1440, 390]) {
		test(`${locale} at ${width} px: every assumption's box and scale show one number in one unit`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await openReady(page, `/?lang=${locale}`);
			if (width < 500) await showAssumptions(page);
			const shown: Shown[] = await page
				.locator('[data-key]:has(input[data-param-input])')
				.evaluateAll((els) =>
					els.map((el) => {
						const range = el.querySelector<HTMLInputElement>('input[type="range"]')!;
						return {
							key: el.getAttribute('data-key')!,
							unit: el.querySelector('.unit')?.textContent?.trim() ?? '',
							box: el.querySelector<HTMLInputElement>('input[data-param-input]')!.value,
							min: range.min,
							max: range.max,
							scale: [...el.querySelectorAll('.scale > span')].map((s) => (s.textContent ?? '').trim())
						};
					})
				);
			// Every indicator has at least its base or its growth here (37 targets over 36 indicators).
			expect(shown.length).toBeGreaterThanOrEqual(36);
			const wrong: string[] = [];
			for (const { key, unit, box, min, max, scale } of shown) {
				const [low, planLabel, high] = scale as [string, string, string];
				expect(planLabel.startsWith(planBefore) && planLabel.endsWith(planAfter), planLabel).toBe(true);
				const plan = planLabel.slice(planBefore.length, planLabel.length - planAfter.length);
				// At the plan's state the box holds the plan's value: the number the scale prints beside it.
				if (!sameNumber(box, plan)) wrong.push(`${key}: box ${box} vs scale "${plan}"`);
				if (!sameNumber(min, low)) wrong.push(`${key}: slider min ${min} vs "${low}"`);
				if (!sameNumber(max, high)) wrong.push(`${key}: slider max ${max} vs "${high}"`);
				// The unit beside the box is the unit the scale prints (a rate's "a year" written once).
				const isRate = plan.endsWith(perYear);
				const planUnit = unitOf(isRate ? plan.slice(0, -perYear.length) : plan);
				const boxUnit = isRate ? unit.replace(/\s+/g, '') : unitOf(unit);
				const expected = isRate ? `${planUnit}${perYear}`.replace(/\s+/g, '') : planUnit;
				if (boxUnit !== expected) wrong.push(`${key}: unit "${unit}" vs scale "${plan}"`);
				// A zero end may print bare ("0"); any other end prints the same unit as the plan's label.
				for (const end of [low, high])
					if (numberIn(end)?.value !== 0 && unitOf(end) !== planUnit)
						wrong.push(`${key}: end "${end}" vs plan "${plan}"`);
			}
			expect(wrong, wrong.join('\n')).toEqual([]);
		});
	}
}
