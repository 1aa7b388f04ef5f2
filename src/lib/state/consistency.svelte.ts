/**
 * The consistency findings of the settled state, as reactive state: whether the targets agree with each
 * other and with the assumptions. Checked on the scenario worker each time the state settles; only the
 * latest check's answer is kept, and a state that cannot run keeps the last findings (the status line says
 * what is wrong).
 */
import type { Finding, Result } from '$lib/engine';
import { findingsAbout } from './analysis-queries';
import { latest } from './latest';

const NO_FINDINGS: Finding[] = [];

export class Consistency {
	#findings = $state.raw<Finding[]>(NO_FINDINGS);
	#checked = $state(false);
	readonly #checks = latest();

	/** The findings of the latest check, conflicts first. */
	get findings(): Finding[] {
		return this.#findings;
	}

	/** True once some check has answered (so an empty list means "none"). */
	get checked(): boolean {
		return this.#checked;
	}

	/** Findings about any of these targets or indicators. */
	about(about: { targets?: string[]; indicators?: string[] }): Finding[] {
		return findingsAbout(this.#findings, about);
	}

	/** Waits for the findings `answer` brings; a later check or `cancel` outdates this one. */
	async check(answer: Promise<Result<Finding[]>>): Promise<void> {
		await this.#checks.apply(answer, (outcome) => {
			if (!outcome.ok) return;
			this.#findings = outcome.value;
			this.#checked = true;
		});
	}

	/** Outdates the check in progress (its answer is dropped). */
	cancel(): void {
		this.#checks.cancel();
	}
}
