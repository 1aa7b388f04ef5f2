/**
 * The engine's Web Worker: compiles the model once and runs scenarios and analyses off the main thread, so
 * a slider drag never blocks painting. Started by `createWorkerRunner` with
 * `new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })`: the main scenario
 * worker and each worker of the Monte Carlo pool run this same script.
 */
import { shippedDigest } from 'virtual:builtin-model';
import { createRunner } from './create-runner';
import { exposeRunner } from './expose-runner';
import { messageChannelGiveWay } from './give-way';
import { isExactly } from './shipped-model';

// The compiled model lives in this runner's closure for the worker's lifetime. Monte Carlo chunks give way
// between blocks by a MessageChannel round trip, not setTimeout(0), which browsers clamp (give-way.ts).
// The shipped plan (recognised by its build-time SHA-256, nothing less) is compiled without fetching the
// validation code; every other model is validated (shipped-model.ts). Without Web Crypto (an insecure
// context) the plan's canonical text is fetched to compare with instead.
const canonical = async () => (await import('virtual:builtin-canonical')).default;
exposeRunner(
	createRunner({ giveWay: messageChannelGiveWay(), shipped: isExactly(shippedDigest, canonical) })
);
