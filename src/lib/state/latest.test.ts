import { describe, expect, it } from 'vitest';
import { latest } from './latest';

/** A promise resolved from outside, to answer requests in any order. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

describe('latest', () => {
	it('keeps a request current until a later one begins', () => {
		const requests = latest();
		const first = requests.begin();
		expect(first()).toBe(true);
		const second = requests.begin();
		expect(first()).toBe(false);
		expect(second()).toBe(true);
	});

	it('makes every request outdated on cancel, and the next one current again', () => {
		const requests = latest();
		const first = requests.begin();
		requests.cancel();
		expect(first()).toBe(false);
		expect(requests.begin()()).toBe(true);
	});

	it('applies only the latest answer, whatever order the answers come in', async () => {
		const requests = latest();
		const shown: string[] = [];
		const slow = deferred<string>();
		const fast = deferred<string>();
		const first = requests.apply(slow.promise, (v) => shown.push(v));
		const second = requests.apply(fast.promise, (v) => shown.push(v));
		fast.resolve('second');
		slow.resolve('first');
		expect(await second).toBe(true);
		expect(await first).toBe(false);
		expect(shown).toEqual(['second']);
	});

	it('drops an answer that comes after a cancel', async () => {
		const requests = latest();
		const shown: number[] = [];
		const answer = deferred<number>();
		const applied = requests.apply(answer.promise, (v) => shown.push(v));
		requests.cancel();
		answer.resolve(1);
		expect(await applied).toBe(false);
		expect(shown).toEqual([]);
	});

	it('passes a rejection on without applying anything', async () => {
		const requests = latest();
		const shown: number[] = [];
		const answer = deferred<number>();
		const applied = requests.apply(answer.promise, (v) => shown.push(v));
		answer.reject(new Error('worker died'));
		await expect(applied).rejects.toThrow('worker died');
		expect(shown).toEqual([]);
	});

	it('keeps separate series apart', () => {
		const a = latest();
		const b = latest();
		const fromA = a.begin();
		b.begin();
		expect(fromA()).toBe(true);
	});
});
