/**
 * The behaviour of every box where a person types a number, as event handlers for a plain `<input>` (so
 * the box keeps its component's markup and scoped styles). Numbers are read by the one parser
 * (engine/number-input.ts) and run only when complete and valid: on Enter, on leaving the box, or after a
 * short pause with a valid number; never a prefix of what is still being typed (typing −200 must not run
 * −20 first). A refused value is never sent, so the value in effect stays everywhere (results, chart,
 * link, saved state); `report` says why, for the component to render with `numberIssueText`.
 *
 * The text being typed lives in the input itself: the component binds `value={format(value in effect)}`,
 * which Svelte writes only when the value in effect changes, i.e. when this box or another control set it.
 */
import { parseNumberInput, type NumberKind, type NumberLimits } from '$lib/engine/core';
import type { FieldIssue } from './number-issue-text';

/** How long typing must pause before a valid number runs, in ms: long enough to type −200 in one go. */
export const TYPING_PAUSE_MS = 600;

/** What a box is for; read at each event, so it may come from reactive props. */
export interface NumberFieldOptions {
	/** The value in effect, in the box's unit (percent for rates); undefined for none (an empty box). */
	value: number | undefined;
	kind: NumberKind;
	/** Narrower limits than the kind's (e.g. a lower maximum). */
	limits?: Partial<NumberLimits>;
	/** Whether an empty box is a value (null: e.g. "no actual figure"); otherwise it is refused. */
	allowEmpty?: boolean;
	/** With a step, ArrowUp/ArrowDown (×10 with Shift) move the value by it and run at once. */
	step?: number;
	/** The value as the box shows it (the same function the component uses for `value=`). */
	format: (value: number) => string;
	/** A complete, valid value, different from the one in effect (null: emptied, with `allowEmpty`). */
	commit: (value: number | null) => void;
	/** Why the text was refused, or null once it is fine (or being typed again). */
	report: (issue: FieldIssue | null) => void;
}

type InputEvent = Event & { currentTarget: HTMLInputElement };

/** The handlers of one number box; call `dispose` when the component goes, `revert` to drop a refused text. */
export interface NumberField {
	oninput: (event: InputEvent) => void;
	onkeydown: (event: KeyboardEvent & { currentTarget: HTMLInputElement }) => void;
	onblur: (event: FocusEvent & { currentTarget: HTMLInputElement }) => void;
	/** Shows the value in effect again and forgets the refusal (e.g. after "reset"). */
	revert: () => void;
	/**
	 * To call (untracked, from an effect) with the value in effect whenever it changes: a value this box did
	 * not send means another control set it, which replaces the text (Svelte writes it) and any refusal.
	 */
	sync: (value: number | undefined) => void;
	dispose: () => void;
}

/** Handlers for a number box whose options `get` returns (called at each event). */
export function createNumberField(get: () => NumberFieldOptions): NumberField {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let input: HTMLInputElement | undefined;
	/** Whether the text differs from the value in effect (typed since the last settle). */
	let typing = false;
	/** The value this box sent last (undefined for "none"). */
	let sent: number | undefined;

	function send(next: number | null) {
		const o = get();
		sent = next ?? undefined;
		if (next !== (o.value ?? null)) o.commit(next);
	}

	function forget() {
		clearTimeout(timer);
		typing = false;
		get().report(null);
	}

	/** Reads the text; `final` (Enter, blur) also shows an accepted value in its clean form. */
	function settle(box: HTMLInputElement, final: boolean) {
		clearTimeout(timer);
		const o = get();
		const text = box.value;
		const parsed = parseNumberInput(text, o.kind, o.limits);
		if (parsed.ok || (parsed.code === 'empty' && o.allowEmpty)) {
			typing = !final;
			o.report(null);
			const value = parsed.ok ? parsed.value : null;
			send(value);
			if (final) box.value = value === null ? '' : o.format(value);
			return;
		}
		const { ok: _ok, ...issue } = parsed;
		o.report({ issue, text });
	}

	return {
		oninput(event) {
			input = event.currentTarget;
			typing = true;
			// While typing, neither run nor scold: after a pause, do whichever applies.
			get().report(null);
			clearTimeout(timer);
			const box = event.currentTarget;
			// The pause ends with one more turn of the event loop: keystrokes that queued while the page was
			// busy (the browser runs input before timers) arrive first and restart it, so a prefix of what is
			// still being typed never runs because the page was slow to read the rest.
			timer = setTimeout(() => {
				timer = setTimeout(() => settle(box, false), 0);
			}, TYPING_PAUSE_MS);
		},
		onkeydown(event) {
			input = event.currentTarget;
			if (event.key === 'Enter') {
				settle(event.currentTarget, true);
				return;
			}
			const o = get();
			if (o.step === undefined || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
			event.preventDefault();
			clearTimeout(timer);
			const typed = parseNumberInput(event.currentTarget.value, o.kind, o.limits);
			const base = typed.ok ? typed.value : o.value;
			if (base === undefined) return;
			const delta = o.step * (event.shiftKey ? 10 : 1) * (event.key === 'ArrowUp' ? 1 : -1);
			// Ten decimals drop floating-point dust (0.1 + 0.2); a step past the limits is not taken.
			const next = parseNumberInput(String(Number((base + delta).toFixed(10))), o.kind, o.limits);
			if (!next.ok) return;
			typing = false;
			o.report(null);
			send(next.value);
			event.currentTarget.value = o.format(next.value);
		},
		onblur(event) {
			if (typing) settle(event.currentTarget, true);
		},
		revert() {
			forget();
			const o = get();
			if (input) input.value = o.value === undefined ? '' : o.format(o.value);
		},
		sync(value) {
			if (value !== sent) forget();
			sent = value;
		},
		dispose() {
			clearTimeout(timer);
		}
	};
}
