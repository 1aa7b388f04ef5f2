import { expect, test, type Locator, type Page } from '@playwright/test';
import { dragWatchingProbability } from './drag';
import { messages, openReady, problems } from './helpers';

test.use({ locale: 'en-US' });

const en = messages('en');

/** The overview with a first Monte Carlo run done: its panel, and the finance growth target's P(met). */
async function withProbabilities(page: Page): Promise<{ panel: Locator; shown: Locator }> {
	await openReady(page, '/');
	const panel = page.getByTestId('monte-carlo').first();
	await panel.getByTestId('mc-run').click();
	await expect(panel).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	return { panel, shown: page.locator('[data-probability="finance_value_added_growth"]') };
}

test('while a slider is dragged (input events only, never released), a probability it drives moves', async ({
	page
}) => {
	const errors = problems(page);
	const { panel, shown } = await withProbabilities(page);
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
	// At rest the probabilities answer the state: none is dimmed.
	await expect(page.locator('[data-probability].stale')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('probabilities that answer an earlier state are dimmed only once that has lasted 300 ms', async ({
	page
}) => {
	const errors = problems(page);
	const { panel, shown } = await withProbabilities(page);
	// A second, large run cancelled: Monte Carlo no longer follows the state, the first result stays shown.
	await panel.getByTestId('mc-samples').fill('500000');
	await panel.getByTestId('mc-run').click();
	await expect(panel).toHaveAttribute('data-mc-status', 'running');
	await panel.getByTestId('mc-cancel').click();
	await expect(panel).toHaveAttribute('data-mc-status', 'cancelled');
	await expect(shown).not.toHaveClass(/\bstale\b/);

	// One move of the slider: the shown P(met) now answers an earlier state, and nothing will answer this one.
	const waited = await page.evaluate(async () => {
		const input = document.querySelector<HTMLInputElement>(
			'input[type="range"][data-param="finance_value_added.rate"]'
		)!;
		const probability = () => document.querySelector('[data-probability="finance_value_added_growth"]')!;
		const start = performance.now();
		input.value = '12';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		while (!probability().classList.contains('stale')) {
			if (performance.now() - start > 20_000) return null;
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
		return performance.now() - start;
	});
	// Dimmed, but not before 300 ms: a drag's probes answer within that, so the page does not blink.
	expect(waited).not.toBeNull();
	expect(waited!).toBeGreaterThanOrEqual(300);
	await expect(shown).toHaveAttribute('title', en.an_p_stale_title!);
	expect(errors).toEqual([]);
});
