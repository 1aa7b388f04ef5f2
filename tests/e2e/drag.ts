/**
 * A slider dragged by `input` events only (no pointer events, no `change`: the release never comes), while
 * one target's displayed probability (`[data-probability="<id>"]`) is watched. Shared by the browser test
 * (probability-drag.spec.ts) and the benchmark (tests/bench/browser-latency.ts).
 */
import type { Page } from '@playwright/test';

export interface DragOptions {
	/** The parameter key of the slider. */
	key: string;
	/** The target whose probability is watched. */
	target: string;
	/** The slider's values (shown units), from the first to the last, in `moves` equal steps. */
	from: number;
	to: number;
	moves: number;
	/** Pause between two input events, ms. */
	everyMs: number;
}

/** When things happened, ms after the first input event. */
export interface DragTrace {
	/** Each input event's dispatch. */
	inputs: number[];
	/** Each change of the probability's text, and the text it changed to. */
	changes: number[];
	texts: string[];
	/** The Monte Carlo panel's result version before the first input and after the last. */
	versions: [string | null, string | null];
	/** The time of each probe that answered during the drag (the panel's `data-mc-probe-ms`), ms. */
	probes: number[];
	/** When each of those answers reached the page (ms after the first input), whether or not the text changed. */
	landings: number[];
}

/** Drags the slider as `options` say and returns the trace; the page must show the probability already. */
export function dragWatchingProbability(page: Page, options: DragOptions): Promise<DragTrace> {
	return page.evaluate(async ({ key, target, from, to, moves, everyMs }) => {
		const input = document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`);
		const shown = document.querySelector(`[data-probability="${target}"]`);
		if (!input || !shown) throw new Error(`no slider for ${key} or no probability shown for ${target}`);
		const panel = document.querySelector('[data-testid="monte-carlo"]');
		const version = () => panel?.getAttribute('data-mc-version') ?? null;
		const before = version();
		const start = performance.now();
		const inputs: number[] = [];
		const changes: number[] = [];
		const texts: string[] = [];
		let last = shown.textContent ?? '';
		const observer = new MutationObserver(() => {
			const text = shown.textContent ?? '';
			if (text === last) return;
			last = text;
			changes.push(performance.now() - start);
			texts.push(text);
		});
		observer.observe(shown, { subtree: true, childList: true, characterData: true });
		const probes: number[] = [];
		const landings: number[] = [];
		const probeObserver = new MutationObserver(() => {
			const ms = panel?.getAttribute('data-mc-probe-ms');
			if (!ms) return;
			probes.push(Number(ms));
			landings.push(performance.now() - start);
		});
		if (panel) probeObserver.observe(panel, { attributes: true, attributeFilter: ['data-mc-probe-ms'] });
		for (let k = 0; k < moves; k++) {
			input.value = String(from + ((to - from) * k) / Math.max(1, moves - 1));
			inputs.push(performance.now() - start);
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((resolve) => setTimeout(resolve, everyMs));
		}
		observer.disconnect();
		probeObserver.disconnect();
		return {
			inputs,
			changes,
			texts,
			versions: [before, version()] as [string | null, string | null],
			probes,
			landings
		};
	}, options);
}
