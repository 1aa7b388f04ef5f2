/**
 * A small timing runner in the style of SDEverywhere's: warm-ups first (so V8 has optimised the code),
 * then many timed batches; report the median and 95th percentile per call.
 */

export interface Timing {
	/** Median time per call, in microseconds. */
	median: number;
	/** 95th percentile time per call, in microseconds. */
	p95: number;
	/** Calls per timed batch, and batches timed. */
	batch: number;
	samples: number;
	/**
	 * The least CPU time (the process's user + system, all its threads) per call over the batches, in
	 * microseconds; timeInterleaved only. On a machine shared with other jobs the wall-clock median mostly
	 * measures how much of a core the process was given; the CPU time is what it cost, and its minimum the
	 * batch least disturbed (caches, frequency, garbage collection).
	 */
	cpuMin?: number;
}

/** Times `fn`, batching calls so that each timed sample lasts at least ~2 ms (timer resolution). */
export function time(fn: () => unknown, { warmupMs = 300, samples = 60 } = {}): Timing {
	let sink: unknown;
	const warmEnd = performance.now() + warmupMs;
	let calls = 0;
	while (performance.now() < warmEnd) {
		sink = fn();
		calls++;
	}
	const batch = Math.max(1, Math.ceil((calls / warmupMs) * 2));
	const perCall: number[] = [];
	for (let s = 0; s < samples; s++) {
		const start = performance.now();
		for (let i = 0; i < batch; i++) sink = fn();
		perCall.push(((performance.now() - start) * 1000) / batch);
	}
	keep(sink);
	perCall.sort((a, b) => a - b);
	return { median: quantile(perCall, 0.5), p95: quantile(perCall, 0.95), batch, samples };
}

/** The q-quantile of sorted values (linear interpolation). */
export function quantile(sorted: readonly number[], q: number): number {
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	const high = Math.min(low + 1, sorted.length - 1);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

let kept: unknown;
/** Keeps a result alive so the optimiser cannot drop the work that produced it. */
function keep(value: unknown): void {
	kept = value;
	if (kept === Symbol.for('never')) console.log(kept);
}

/** `12.3 µs` with three significant digits. */
export function us(value: number): string {
	return `${value.toPrecision(3)} µs`;
}

/**
 * Times functions against each other: one warm-up call each, then `rounds` rounds calling each `batch`
 * times, in turn, so that every function sees the same machine load (a shared machine's load can change
 * several-fold within seconds). Slow functions (tens of milliseconds) need batch 1; fast ones a batch long
 * enough (≈ 1 ms) for the timer. Median and 95th percentile per call, per function, in microseconds.
 */
export function timeInterleaved(fns: readonly (() => unknown)[], rounds = 9, batch = 1): Timing[] {
	let sink: unknown;
	for (const fn of fns) sink = fn();
	const perCall = fns.map((): number[] => []);
	const cpuMin = fns.map(() => Infinity);
	for (let r = 0; r < rounds; r++) {
		fns.forEach((fn, k) => {
			const cpu = process.cpuUsage();
			const start = performance.now();
			for (let i = 0; i < batch; i++) sink = fn();
			perCall[k]!.push(((performance.now() - start) * 1000) / batch);
			const used = process.cpuUsage(cpu);
			cpuMin[k] = Math.min(cpuMin[k]!, (used.user + used.system) / batch);
		});
	}
	keep(sink);
	return perCall.map((times, k) => {
		times.sort((a, b) => a - b);
		return {
			median: quantile(times, 0.5),
			p95: quantile(times, 0.95),
			batch,
			samples: rounds,
			cpuMin: cpuMin[k]!
		};
	});
}

/** `12.3 ms` with three significant digits, from microseconds. */
export function ms(value: number): string {
	return `${(value / 1000).toPrecision(3)} ms`;
}
