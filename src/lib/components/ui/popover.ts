/**
 * A popover panel as a Svelte action: `<div use:popover={{ trigger, onclose }}>` on a panel that is in the
 * DOM only while open. It places the panel under its trigger and inside the screen (again on resize), closes
 * it on a pointer press outside panel and trigger (focus stays where the press put it) and on Escape (focus
 * goes back to the trigger), and on opening focuses `focus` inside the panel, if given.
 */
import type { Action } from 'svelte/action';

/** What the popover needs from its caller. */
export interface PopoverOptions {
	/** The button that opens and closes the panel; Escape returns focus to it. */
	trigger: HTMLElement | undefined;
	/** Closes the panel (the caller owns the open state). */
	onclose: () => void;
	/** The widest the panel may be, in CSS pixels; on a narrow screen it is the screen less the margins. */
	maxWidth?: number;
	/** A selector inside the panel to focus on opening, e.g. the first field. */
	focus?: string;
}

/** Space kept between the panel and the screen's edges, in CSS pixels. */
const EDGE = 8;

/**
 * Where the panel goes, in CSS pixels: its width, and its left edge relative to its positioned parent. The
 * panel's right edge lines up with the trigger's, moved left or right as needed to stay `EDGE` inside the
 * screen (a phone's header wraps the trigger anywhere).
 */
export function placement(
	trigger: { right: number },
	parentLeft: number,
	viewportWidth: number,
	maxWidth: number
): { width: number; left: number } {
	const width = Math.min(maxWidth, viewportWidth - 2 * EDGE);
	const left = Math.max(EDGE, Math.min(trigger.right - width, viewportWidth - width - EDGE));
	return { width, left: left - parentLeft };
}

/** The action: see the module comment. */
export const popover: Action<HTMLElement, PopoverOptions> = (panel, initial) => {
	let options = initial;

	function place() {
		const { trigger, maxWidth = 384 } = options;
		const parent = panel.offsetParent ?? panel.parentElement;
		if (!trigger || !parent) return;
		const at = placement(
			trigger.getBoundingClientRect(),
			parent.getBoundingClientRect().left,
			window.innerWidth,
			maxWidth
		);
		panel.style.width = `${at.width}px`;
		panel.style.left = `${at.left}px`;
	}

	function inside(target: EventTarget | null) {
		const node = target as Node | null;
		return !!node && (panel.contains(node) || !!options.trigger?.contains(node));
	}

	const onpointerdown = (event: PointerEvent) => {
		if (!inside(event.target)) options.onclose();
	};
	// Escape within panel or trigger is the popover's alone: it does not reach the page's own handlers.
	const onkeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape') return;
		event.stopPropagation();
		options.onclose();
		options.trigger?.focus();
	};

	place();
	if (options.focus) panel.querySelector<HTMLElement>(options.focus)?.focus();
	window.addEventListener('pointerdown', onpointerdown);
	window.addEventListener('resize', place);
	panel.addEventListener('keydown', onkeydown);
	options.trigger?.addEventListener('keydown', onkeydown);

	return {
		update(next) {
			options.trigger?.removeEventListener('keydown', onkeydown);
			options = next;
			options.trigger?.addEventListener('keydown', onkeydown);
			place();
		},
		destroy() {
			window.removeEventListener('pointerdown', onpointerdown);
			window.removeEventListener('resize', place);
			panel.removeEventListener('keydown', onkeydown);
			options.trigger?.removeEventListener('keydown', onkeydown);
		}
	};
};
