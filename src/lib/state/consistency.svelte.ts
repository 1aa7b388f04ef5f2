/**
 * The consistency findings of the settled state, as reactive state: whether the targets agree with each
 * other and with the assumptions. Checked on the scenario worker each time the state settles; only the
 * latest check's answer is kept, and a state that cannot run keeps the last findings (the status line says
 * what is wrong). The plan's own findings may be given from the build (`seed`): then the first settle of the
 * plan's state needs no check, and the engine worker need not start for it.
 */
import type { Finding, Result } from '$lib/engine';
import { findingsAbout } from './analysis-queries';
import { latest } from './latest';

const NO_FINDINGS: Finding[] = [];

export class Consistency {
	#findings = $state.raw<Finding[]>(NO_FINDINGS);
	#checked = $state(false);
	readonly #checks = latest();
	/** The state (a basis key) the seeded findings answer, until a check replaces them. */
	#seededFor: string | null = null;

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

	/** Shows `findings`, computed at build time for the state whose basis key is `basis`. */
	seed(findings: Finding[], basis: string): void {
		this.#findings = findings;
		this.#checked = true;
		this.#seededFor = basis;
	}

	/** True while the findings shown are the seeded ones and answer `basis`: no check is needed. */
	answers(basis: string): boolean {
		return this.#seededFor === basis;
	}

	/** Waits for the findings `answer` brings; a later check or `cancel` outdates this one. */
	async check(answer: Promise<Result<Finding[]>>): Promise<void> {
		this.#seededFor = null;
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
