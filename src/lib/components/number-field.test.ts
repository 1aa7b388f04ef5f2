import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NumberKind } from '$lib/engine/core';
import { createNumberField, TYPING_PAUSE_MS } from './number-field';
import type { FieldIssue } from './number-issue-text';

/** A box as the handlers see it: only `value` is read and written. */
type Box = { value: string };

/** A number box wired as a component wires it, with what it committed and reported. */
function setup(
	kind: NumberKind,
	start: number | undefined,
	extra: { allowEmpty?: boolean; step?: number } = {}
) {
	const state = { value: start, commits: [] as (number | null)[], issue: null as FieldIssue | null };
	const field = createNumberField(() => ({
		value: state.value,
		kind,
		...extra,
		format: String,
		commit: (v) => {
			state.commits.push(v);
			state.value = v ?? undefined;
		},
		report: (issue) => (state.issue = issue)
	}));
	// As the component's effect does on mount.
	field.sync(start);
	const box: Box = { value: start === undefined ? '' : String(start) };
	const ev = () => ({ currentTarget: box }) as unknown as Event & { currentTarget: HTMLInputElement };
	const key = (k: string, shiftKey = false) =>
		({ key: k, shiftKey, currentTarget: box, preventDefault() {} }) as unknown as KeyboardEvent & {
			currentTarget: HTMLInputElement;
		};
	/** Types `text` one character at a time, quickly (as a person types a number in one go). */
	function type(text: string) {
		box.value = '';
		for (const c of text) {
			box.value += c;
			field.oninput(ev());
			vi.advanceTimersByTime(50);
		}
	}
	return { state, field, box, ev, key, type };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createNumberField', () => {
	it('never runs a prefix of what is being typed: −200 does not run −20 first', () => {
		const { state, type } = setup('rate', 8);
		type('-200');
		vi.advanceTimersByTime(TYPING_PAUSE_MS);
		expect(state.commits).toEqual([]);
		expect(state.value).toBe(8);
		expect(state.issue?.issue).toMatchObject({ code: 'out-of-range', min: -100 });
	});

	it('runs a valid number after a pause, once', () => {
		const { state, type } = setup('rate', 8);
		type('-20');
		expect(state.commits).toEqual([]);
		vi.advanceTimersByTime(TYPING_PAUSE_MS);
		expect(state.commits).toEqual([-20]);
	});

	it('runs on Enter and on leaving the box at once, showing the clean form', () => {
		const { state, field, box, key, ev, type } = setup('rate', 8);
		type('１２％');
		field.onkeydown(key('Enter'));
		expect(state.commits).toEqual([12]);
		expect(box.value).toBe('12');
		type('9.5');
		field.onblur(ev() as FocusEvent & { currentTarget: HTMLInputElement });
		expect(state.commits).toEqual([12, 9.5]);
	});

	it('refuses 8,5, 0x10, 1e308, Infinity and empty on Enter, keeping the value in effect', () => {
		for (const [text, code] of [
			['8,5', 'did-you-mean'],
			['0x10', 'not-decimal'],
			['1e308', 'out-of-range'],
			['Infinity', 'not-finite'],
			['', 'empty']
		] as const) {
			const { state, field, key, box, type } = setup('rate', 8);
			type(text);
			box.value = text;
			field.onkeydown(key('Enter'));
			vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
			expect(state.commits).toEqual([]);
			expect(state.issue).toMatchObject({ issue: { code }, text });
		}
	});

	it('neither runs nor scolds while typing', () => {
		const { state, type } = setup('amount', 100);
		type('-');
		expect(state.issue).toBeNull();
		vi.advanceTimersByTime(TYPING_PAUSE_MS);
		expect(state.issue?.issue.code).toBe('not-a-number');
		type('5');
		expect(state.issue).toBeNull();
	});

	it('takes an empty box as "none" only where that is a value', () => {
		const { state, field, key, box } = setup('amount', 150, { allowEmpty: true });
		box.value = '';
		field.onkeydown(key('Enter'));
		expect(state.commits).toEqual([null]);
	});

	it('steps with the arrow keys within the limits', () => {
		const { state, field, key, box } = setup('rate', -99.5, { step: 0.1 });
		field.onkeydown(key('ArrowUp'));
		expect(state.commits).toEqual([-99.4]);
		expect(box.value).toBe('-99.4');
		field.onkeydown(key('ArrowDown', true));
		expect(state.commits).toEqual([-99.4]);
	});

	it('drops a refusal when another control sets the value', () => {
		const { state, field, key, box } = setup('rate', 8);
		box.value = 'abc';
		field.onkeydown(key('Enter'));
		expect(state.issue).not.toBeNull();
		field.sync(8);
		expect(state.issue).not.toBeNull();
		field.sync(10);
		expect(state.issue).toBeNull();
	});
});
