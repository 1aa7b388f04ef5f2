/**
 * A Monte Carlo pool without workers, for tests and Node: each member is an in-process runner (the engine
 * on the calling thread, answers cloned as postMessage would). Chunks still give way to the event loop
 * between blocks, so progress and cancellation behave as in the app, only without parallelism.
 */
import { createInProcessRunner } from './in-process-runner';
import { MonteCarloPool } from './pool';

export function createInProcessPool(size = 2): MonteCarloPool {
	return new MonteCarloPool({ size, createMember: () => createInProcessRunner() });
}
