import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import builtin, { shippedDigest } from 'virtual:builtin-model';
import { loadModel, type Model } from '$lib/engine';
import { canonicalJson } from '$lib/scenarios/hash';
import { createRunner } from './create-runner';
import { isExactly, modelDigest } from './shipped-model';
import { shinanFile } from '../../../tests/fixtures/shinan';

/** A runner that trusts only `trusted`'s exact data, counting how often it fetches the validation code. */
function countingRunner(trusted: unknown) {
	const fetches = vi.fn(async () => ({ loadModel }));
	return { fetches, runner: createRunner({ shipped: isExactly(sha256(trusted)), loadValidation: fetches }) };
}

const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

describe('the shipped plan in the worker', () => {
	it('is known by the SHA-256 the build computes, whatever the order of its keys', async () => {
		const model = shinanFile();
		expect(await modelDigest(model)).toBe(sha256(model));
		const reordered = Object.fromEntries(Object.entries(model).reverse());
		expect(await modelDigest(reordered)).toBe(sha256(model));
	});

	it('is what the app ships: the worker recognises the built-in plan by the build-time digest', async () => {
		expect(shippedDigest).toMatch(/^[0-9a-f]{64}$/);
		expect(await isExactly(shippedDigest)(structuredClone(builtin))).toBe(true);
	});

	it('compiles without fetching the validation code, with the same result as a validated load', async () => {
		const { fetches, runner } = countingRunner(shinanFile());
		const loaded = await runner.load(shinanFile());
		expect(fetches).not.toHaveBeenCalled();
		const validated = await createRunner().load(shinanFile());
		expect(loaded).toEqual(validated);
	});

	it('validates a tampered copy of the plan: a bad value is an issue at its path, not a crash', async () => {
		const { fetches, runner } = countingRunner(shinanFile());
		const tampered = shinanFile() as unknown as { targets: Record<string, unknown>[] };
		tampered.targets[0]!.threshold = 'a lot';
		const loaded = await runner.load(tampered);
		expect(fetches).toHaveBeenCalledTimes(1);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok) expect(loaded.issues.map((i) => i.path)).toContain('$.targets[0].threshold');
	});

	it('validates any change, even a valid one, and the built-in plan with a changed value', async () => {
		const { fetches, runner } = countingRunner(shinanFile());
		const edited = shinanFile();
		edited.targets[0]!.threshold += 1;
		expect((await runner.load(edited)).ok).toBe(true);
		expect(fetches).toHaveBeenCalledTimes(1);
		const changed = structuredClone(builtin) as Model;
		changed.endYear += 1;
		expect(await isExactly(shippedDigest)(changed)).toBe(false);
	});

	it('validates every model when the runner is given no check (the CLI, the in-process runner)', async () => {
		const fetches = vi.fn(async () => ({ loadModel }));
		const loaded = await createRunner({ loadValidation: fetches }).load(shinanFile());
		expect(loaded.ok).toBe(true);
		expect(fetches).toHaveBeenCalledTimes(1);
	});

	it('without Web Crypto (an insecure context), compares the plan’s canonical text instead', async () => {
		const canonical = vi.fn(async () => canonicalJson(builtin));
		vi.stubGlobal('crypto', {});
		try {
			const check = isExactly(shippedDigest, canonical);
			// The plan as shipped: its sources carry no texts, so validating it would refuse it.
			expect(await check(structuredClone(builtin))).toBe(true);
			const changed = structuredClone(builtin) as Model;
			changed.endYear += 1;
			expect(await check(changed)).toBe(false);
			expect(canonical).toHaveBeenCalledTimes(2);
			// With no text to compare with, nothing is trusted.
			expect(await isExactly(shippedDigest)(structuredClone(builtin))).toBe(false);
		} finally {
			vi.unstubAllGlobals();
		}
		const refused = await createRunner().load(structuredClone(builtin));
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.issues[0]!.path).toMatch(/^\$\.indicators\[0\]\.source/);
	});

	it('says no, without throwing, for what has no digest (a cycle)', async () => {
		const cyclic: Record<string, unknown> = { id: 'x' };
		cyclic.self = cyclic;
		expect(await isExactly(sha256(shinanFile()))(cyclic)).toBe(false);
	});
});
