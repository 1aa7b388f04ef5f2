/**
 * The drafting worker: reads a plan's text into a draft model (`draftModel` of the engine), so the page
 * stays responsive on a long text. Started by `createWorkerDrafter` (drafter.ts).
 */
import { expose } from 'comlink';
import { draftModel, type DraftOptions } from '$lib/engine';

expose({ draft: (text: string, options?: DraftOptions) => draftModel(text, options) });
