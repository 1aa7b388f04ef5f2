import { expect, test } from '@playwright/test';
import { dragWatchingProbability } from './drag';
import { openReady, problems } from './helpers';

test.use({ locale: 'en-US' });

test('while a slider is dragged (input events only, never released), a probability it drives moves', async ({
	page
}) => {
	const errors = problems(page);
	await openReady(page, '/');
	const panel = page.getByTestId('monte-carlo').first();
	await panel.getByTestId('mc-run').click();
	await expect(panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	const shown = page.locator('[data-probability="finance_value_added_growth"]');
	await expect(shown).toContainText(/P\(met\)/);

	// The plan's 10 %/yr, dragged from 7 % to 13 % in 60 moves, 30 ms apart.
	const trace = await dragWatchingProbability(page, {
		key: 'finance_value_added.rate',
		target: 'finance_value_added_growth',
		from: 7,
		to: 13,
		moves: 60,
		everyMs: 30
	});
	const lastInput = trace.inputs.at(-1)!;
	const during = trace.changes.filter((t) => t <= lastInput);
	// The text changed during the drag, several times, and went from a low to a high probability.
	expect(during.length, `changes at ${trace.changes.map(Math.round).join(', ')} ms`).toBeGreaterThan(2);
	expect(trace.texts[0]).not.toEqual(trace.texts.at(-1));
	// No full run (the fans) during the drag: it waits for the state to settle.
	expect(trace.versions[0]).toBe(trace.versions[1]);
	// Once the moves stop, the state settles and the full run follows.
	await expect(panel).not.toHaveAttribute('data-mc-version', trace.versions[1]!, { timeout: 30_000 });
	await expect(panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	expect(errors).toEqual([]);
});
