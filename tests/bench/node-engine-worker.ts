/**
 * The app's engine worker (src/lib/worker/engine.worker.ts) on a Node worker thread, for the worker-scaling
 * benchmark: the same runner, the same give-way, served over a Node port (node-endpoint.ts) instead of `self`.
 */
import { parentPort } from 'node:worker_threads';
import { createRunner } from '../../src/lib/worker/create-runner';
import { exposeRunner } from '../../src/lib/worker/expose-runner';
import { messageChannelGiveWay } from '../../src/lib/worker/give-way';
import { nodeEndpoint } from './node-endpoint';

if (!parentPort) throw new Error('node-engine-worker.ts runs as a worker thread');
exposeRunner(createRunner({ giveWay: messageChannelGiveWay() }), nodeEndpoint(parentPort));
