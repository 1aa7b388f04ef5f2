import { describe, expect, it } from 'vitest';
import { memoryStorage, type MemoryStorage } from '$lib/scenarios';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { issueText } from '../../cli/issue-text';
import { ScenarioLibrary } from './library.svelte';
import { ModelLibrary } from './model-library.svelte';
import { ModelSource } from './model-source.svelte';
import { ShareLink } from './share-link.svelte';
import { Simulation } from './simulation.svelte';

const BUILTIN = 'shinan-2022-2026';

/** A browser: its storage, the app state over it, opened with `search` (the built-in model loaded first). */
async function browser(search: string, storage: MemoryStorage = memoryStorage()) {
	const sim = new Simulation(createInProcessRunner());
	await sim.load(shinanFile());
	const library = new ScenarioLibrary(sim, storage);
	const models = new ModelLibrary(storage, { reservedIds: [BUILTIN] });
	const source = new ModelSource(sim, shinanFile());
	const link = new ShareLink(sim, library, {
		builtinId: BUILTIN,
		models: async () => models,
		source,
		opened: { search, hash: '' }
	});
	return { sim, models, source, link, storage };
}

/** A user's model (a copy of Shinan) kept in browser A, running, with gdp.rate moved: its link and file. */
async function sharedFromA() {
	const a = await browser('');
	await a.link.start();
	const copy = a.models.duplicateBuiltin(shinanFile())!;
	expect(await a.models.use(copy.id, a.source, 'en')).toBe(true);
	a.sim.set('gdp.rate', 0.05);
	return { link: `?${a.link.encoded}`, file: a.models.exportText(copy.id)!, id: copy.id };
}

describe('ShareLink', () => {
	it('applies an old link (no model named) to the built-in model, as before', async () => {
		const b = await browser('?v=1&s=gdp.rate:0.05');
		await b.link.start();
		expect(b.sim.loaded?.model.id).toBe(BUILTIN);
		expect(b.sim.state.scenario).toEqual({ 'gdp.rate': 0.05 });
		expect(b.link.encoded).toMatch(/^v=1&m=[0-9a-f]{8}&s=gdp\.rate:0\.05$/);
		expect(b.link.missing).toBeNull();
	});

	it('names a user model in the link, and another browser that keeps it switches to it and applies it', async () => {
		const shared = await sharedFromA();
		expect(shared.link).toMatch(new RegExp(`^\\?v=1&m=[0-9a-f]{8}&model=${shared.id}&s=gdp\\.rate:0\\.05$`));
		const b = await browser(shared.link);
		expect(b.models.importText(shared.file)?.id).toBe(shared.id);
		await b.link.start();
		expect(b.sim.loaded?.model.id).toBe(shared.id);
		expect(b.sim.state.scenario).toEqual({ 'gdp.rate': 0.05 });
		expect(b.link.issues).toEqual([]);
		expect(`?${b.link.encoded}`).toBe(shared.link);
	});

	it('applies nothing in a browser without the model, says which one, and applies it once imported', async () => {
		const shared = await sharedFromA();
		const b = await browser(shared.link);
		await b.link.start();
		expect(b.link.missing).toEqual({ id: shared.id, reason: 'missing' });
		expect(b.sim.loaded?.model.id).toBe(BUILTIN);
		expect(b.sim.state.scenario).toEqual({});
		// The reader imports the file the link's author exported, from the notice.
		expect(await b.link.importModel(shared.file)).toEqual({ kind: 'applied' });
		expect(b.link.missing).toBeNull();
		expect(b.sim.loaded?.model.id).toBe(shared.id);
		expect(b.sim.state.scenario).toEqual({ 'gdp.rate': 0.05 });
	});

	it('says so when the file imported from the notice is another model, or no model', async () => {
		const shared = await sharedFromA();
		const b = await browser(shared.link);
		await b.link.start();
		const other = JSON.stringify({ ...shinanFile(), id: 'another1', title: { zh: '另一个', en: 'Another' } });
		expect(await b.link.importModel(other)).toEqual({
			kind: 'other',
			title: { zh: '另一个', en: 'Another' }
		});
		expect(await b.link.importModel('{ "id": ')).toMatchObject({
			kind: 'refused',
			error: { kind: 'syntax' }
		});
		expect(b.link.missing).toEqual({ id: shared.id, reason: 'missing' });
		expect(b.sim.loaded?.model.id).toBe(BUILTIN);
		expect(b.sim.state.scenario).toEqual({});
	});

	it('keeps the built-in model when the reader chooses it: the link stays unapplied', async () => {
		const shared = await sharedFromA();
		const b = await browser(shared.link);
		await b.link.start();
		b.link.dismissMissing();
		expect(b.link.missing).toBeNull();
		expect(b.link.encoded).toBe('');
		expect(b.sim.state.scenario).toEqual({});
	});

	it('says the model cannot run when the browser keeps it unfinished, and applies nothing', async () => {
		const shared = await sharedFromA();
		const b = await browser(shared.link);
		const unfinished = JSON.parse(shared.file);
		unfinished.indicators[1].base = null;
		b.models.importText(JSON.stringify(unfinished));
		await b.link.start();
		expect(b.link.missing).toEqual({ id: shared.id, reason: 'unusable' });
		expect(b.sim.loaded?.model.id).toBe(BUILTIN);
		expect(b.sim.state.scenario).toEqual({});
	});

	it('applies a link to a model changed since, with the warning that it changed', async () => {
		const shared = await sharedFromA();
		const b = await browser(shared.link);
		const changed = JSON.parse(shared.file);
		changed.title.en = 'Renamed since';
		b.models.importText(JSON.stringify(changed));
		await b.link.start();
		expect(b.sim.state.scenario).toEqual({ 'gdp.rate': 0.05 });
		expect(b.link.issues.map((i) => `${i.path}: ${issueText(i)}`)).toEqual([
			expect.stringMatching(new RegExp(`^m: this link was made with another version of model ${shared.id}`))
		]);
	});

	it('a tampered model name is a model not in this browser: nothing applied', async () => {
		const b = await browser('?v=1&model=%3Cscript%3E&s=gdp.rate:0.05');
		await b.link.start();
		expect(b.link.missing).toEqual({ id: '<script>', reason: 'missing' });
		expect(b.sim.state.scenario).toEqual({});
	});
});
