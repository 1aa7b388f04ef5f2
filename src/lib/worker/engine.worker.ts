/**
 * The engine's Web Worker: compiles the model once and runs scenarios off the main thread, so a slider drag
 * never blocks painting. Started by `createWorkerRunner` with
 * `new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { expose } from 'comlink';
import { createRunner } from './create-runner';

// The compiled model lives in this runner's closure for the worker's lifetime.
expose(createRunner());
