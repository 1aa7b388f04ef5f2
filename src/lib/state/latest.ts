/**
 * "Only the latest answer counts", in one place. Requests to a worker overlap: a slider moved twice, a
 * target changed while its tornado was computing. Their answers can come back in any order, and an answer
 * to a request that a later one replaced (or that was cancelled) must not land on screen.
 *
 * ```ts
 * const tornado = latest();
 * async function refresh(id: string) {
 * 	await tornado.apply(analysis.sensitivity(id), (outcome) => (shown = outcome));
 * }
 * ```
 *
 * The run scheduler (`$lib/worker/scheduler`) does more (at most one run in flight, coalescing) and keeps its
 * own bookkeeping; this is for plain request → answer calls.
 */

/** A series of requests of which only the newest may apply its answer. */
export interface Latest {
	/**
	 * Starts a request. The function returned says whether it is still the latest: true until `begin` is
	 * called again or `cancel` is.
	 */
	begin(): () => boolean;
	/**
	 * Starts a request whose answer is `answer`: once it resolves, hands the value to `use` if the request
	 * is still the latest, and resolves to whether it was. A rejection is passed on, latest or not.
	 */
	apply<T>(answer: Promise<T>, use: (value: T) => void): Promise<boolean>;
	/** Makes every request started so far outdated (a cancel, a dispose). */
	cancel(): void;
}

/** A new, empty series of requests. */
export function latest(): Latest {
	let newest = 0;
	const begin = () => {
		const mine = ++newest;
		return () => mine === newest;
	};
	return {
		begin,
		async apply(answer, use) {
			const current = begin();
			const value = await answer;
			if (!current()) return false;
			use(value);
			return true;
		},
		cancel() {
			newest++;
		}
	};
}
