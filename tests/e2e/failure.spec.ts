import { expect, test, type Page } from '@playwright/test';
import { control, MET, messages, numberBox, openReady, targetRow } from './helpers';

test.use({ locale: 'en-US' });

const en = messages('en');
const KEY = 'finance_value_added.rate';

/**
 * What the tests look at, read in one go (one round trip and one trace entry instead of a dozen on a page of
 * 7,000 nodes): the input and its inline error, the results shown and any broken number.
 */
function readState(page: Page, key: string, target: string) {
	return page.evaluate(
		({ key, target }) => {
			const box = document.querySelector<HTMLInputElement>(`input[data-param-input="${key}"]`)!;
			const range = document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`)!;
			const block = box.closest(`[data-key="${key}"]`);
			const alert = block?.querySelector<HTMLElement>('[role="alert"]');
			const described = (box.getAttribute('aria-describedby') ?? '').split(/\s+/);
			const row = document.querySelector(`[data-target="${target}"]`)!;
			const main = document.querySelector('main')!;
			return {
				typed: box.value,
				invalid: box.getAttribute('aria-invalid'),
				// The error sits next to the input (inside its block) and the input names it.
				error: alert && alert.offsetParent !== null ? (alert.textContent ?? '').trim() : null,
				errorDescribesInput: !!alert && described.includes(alert.id),
				slider: range.value,
				version: main.getAttribute('data-result-version'),
				status: row.getAttribute('data-status'),
				row: (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
				pending: document.querySelectorAll('[data-target][data-status="pending"]').length,
				broken: /NaN|Infinity|undefined/.exec(main.innerText)?.[0] ?? null
			};
		},
		{ key, target }
	);
}

const TARGET = 'finance_value_added_growth';

/** A message with its placeholders filled in. */
const fill = (message: string, values: Record<string, string>) =>
	message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
/** The fixed start of a message, before its first placeholder. */
const outOfRange = (value: string) =>
	fill(en.number_out_of_range!, {
		value,
		range: `${fill(en.number_range_open!, { min: '−100', max: '1,000' })} (%/yr)`
	});

const invalid = [
	{ typed: '-150', message: outOfRange('−150') },
	{ typed: '−150 %', message: outOfRange('−150') },
	{ typed: 'abc', message: fill(en.number_not_a_number!, { text: 'abc' }) },
	{ typed: '', message: en.number_empty! },
	{ typed: '12abc', message: fill(en.number_not_a_number!, { text: '12abc' }) }
];

test('an invalid rate shows an inline error and the last results stay', async ({ page }) => {
	await openReady(page, '/');
	// A good change first: the results to keep are the scenario's, not the plan's.
	await numberBox(page, KEY).fill('9');
	await expect(targetRow(page, TARGET)).toHaveAttribute('data-status', 'miss');
	const good = await readState(page, KEY, TARGET);
	expect(good).toMatchObject({
		typed: '9',
		invalid: 'false',
		error: null,
		slider: '9',
		pending: 0,
		broken: null
	});

	for (const { typed, message } of invalid) {
		await numberBox(page, KEY).fill(typed);
		await expect
			.poll(() => readState(page, KEY, TARGET), { message: `after typing "${typed}"` })
			.toEqual({
				...good,
				typed,
				invalid: 'true',
				error: expect.stringContaining(message),
				errorDescribesInput: true
			});
		// Nothing was sent (the same result version), so the row, the slider and every number are unchanged.
		const { error } = await readState(page, KEY, TARGET);
		// It says truthfully which value is still in effect (the 9 % typed first).
		expect(error).toContain(fill(en.number_kept!, { value: fill(en.per_year!, { value: '9.0%' }) }));
	}

	// The bad text and its error stay when the box loses focus …
	await numberBox(page, KEY).blur();
	expect(await readState(page, KEY, TARGET)).toMatchObject({
		typed: '12abc',
		invalid: 'true',
		error: expect.stringContaining(fill(en.number_not_a_number!, { text: '12abc' })),
		version: good.version
	});

	// … and a valid value clears the error and runs again.
	await numberBox(page, KEY).fill('10');
	await expect(targetRow(page, TARGET)).toHaveAttribute('data-status', MET);
	expect(await readState(page, KEY, TARGET)).toMatchObject({
		invalid: 'false',
		error: null,
		errorDescribesInput: false,
		slider: '10',
		broken: null
	});
	await expect(control(page, KEY).getByRole('alert')).toHaveCount(0);
});
