/**
 * The compare page's choices: what can be compared, which of the asked ids are gone, the next choice when
 * a box is ticked, and the compared scenarios with their colours. Pure functions; the page keeps the
 * choice in its address and runs the scenarios.
 */
import { m } from '$lib/paraglide/messages.js';
import { compareColor, MAX_COMPARED } from '$lib/components/scenarios/compare';

/** A scenario that can be compared: its id and the name shown. */
export interface CompareOption {
	id: string;
	name: string;
}

/** A compared scenario: its state (`S`), the key its run is kept under, and its colour. */
export interface Member<S> extends CompareOption {
	state: S;
	key: string;
	color: string;
}

/**
 * What can be compared: the state on screen (unless it is the plan; named after the saved scenario it
 * started from, if any), then every saved scenario.
 */
export function compareOptions(
	onScreen: { isPlan: boolean; name: string | undefined },
	saved: readonly CompareOption[],
	currentId: string
): CompareOption[] {
	const screen = onScreen.isPlan
		? []
		: [
				{
					id: currentId,
					name:
						onScreen.name === undefined ? m.cmp_on_screen() : m.cmp_on_screen_named({ name: onScreen.name })
				}
			];
	return [...screen, ...saved.map((s) => ({ id: s.id, name: s.name }))];
}

/** The asked ids that name no scenario (once the library is listed; the screen never counts as missing). */
export function missingIds(
	ids: readonly string[],
	options: readonly CompareOption[],
	listed: boolean,
	currentId: string
): string[] {
	if (!listed) return [];
	return ids.filter((id) => id !== currentId && !options.some((o) => o.id === id));
}

/**
 * The choice after ticking (`on`) or unticking `id`: only what can be compared now is kept (not a deleted
 * scenario, nor the screen while it is the plan), at most MAX_COMPARED, the newest last.
 */
export function nextIds(
	ids: readonly string[],
	id: string,
	on: boolean,
	options: readonly CompareOption[]
): string[] {
	const kept = ids.filter((x) => x !== id && options.some((o) => o.id === x));
	return on ? [...kept, id].slice(0, MAX_COMPARED) : kept;
}

/**
 * The compared scenarios, in the order chosen, each with the next compare colour: those of `ids` that are
 * options and whose state `read` can give (`null` when it cannot).
 */
export function compareMembers<S>(
	ids: readonly string[],
	options: readonly CompareOption[],
	read: (id: string) => { state: S; key: string } | null
): Member<S>[] {
	return ids
		.flatMap((id) => {
			const option = options.find((o) => o.id === id);
			const got = option ? read(id) : null;
			return option && got ? [{ id, name: option.name, state: got.state, key: got.key }] : [];
		})
		.map((member, i) => ({ ...member, color: compareColor(i) }));
}
