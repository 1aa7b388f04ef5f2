import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { normalSampler, streamsFor, uniformSampler, type ColumnSampler } from './random';

/** n values from a sampler, filled in pieces of the given sizes. */
function draw(sampler: ColumnSampler, pieces: number[]): number[] {
	const out: number[] = [];
	for (const size of pieces) {
		const column = new Float64Array(size);
		sampler.fill(column, size);
		out.push(...column);
	}
	return out;
}

const stream = (seed: number, id = 0) => streamsFor(seed, [id]).get(id)!;

describe('random streams', () => {
	it("are pure-rand's xoroshiro128+ from the seed, jumped once per stream", () => {
		const reference = xoroshiro128plus(7);
		const jumped = xoroshiro128plus(7);
		jumped.jump();
		jumped.jump();
		expect(draw(uniformSampler(stream(7), 0), [3])).toEqual([1, 2, 3].map(() => uniformFloat64(reference)));
		expect(draw(uniformSampler(stream(7, 2), 0), [2])).toEqual([1, 2].map(() => uniformFloat64(jumped)));
	});

	it('give the same numbers for the same seed and different ones for another seed or stream', () => {
		const a = draw(normalSampler(stream(20220217), 0), [100]);
		expect(draw(normalSampler(stream(20220217), 0), [100])).toEqual(a);
		expect(draw(normalSampler(stream(20220218), 0), [100])).not.toEqual(a);
		expect(draw(normalSampler(stream(20220217, 1), 0), [100])).not.toEqual(a);
	});

	it('give each sample the same numbers however the samples are split', () => {
		for (const make of [normalSampler, uniformSampler]) {
			const whole = draw(make(stream(42), 0), [1001]);
			expect(draw(make(stream(42), 0), [1, 2, 3, 500, 495])).toEqual(whole);
			// Starting mid-run, at even and odd samples: the same numbers from there on.
			expect(draw(make(stream(42), 7), [1, 993])).toEqual(whole.slice(7));
			expect(draw(make(stream(42), 500), [501])).toEqual(whole.slice(500));
		}
	});

	it('draw standard normals (mean 0, sd 1) and uniforms in [0, 1)', () => {
		const z = draw(normalSampler(stream(1), 0), [100_000]);
		const mean = z.reduce((s, x) => s + x, 0) / z.length;
		const sd = Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length);
		expect(Math.abs(mean)).toBeLessThan(0.01);
		expect(Math.abs(sd - 1)).toBeLessThan(0.01);
		expect(z.filter((x) => x < -1.6448536269514722).length / z.length).toBeCloseTo(0.05, 2);
		const u = draw(uniformSampler(stream(1), 0), [100_000]);
		expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...u)).toBeLessThan(1);
		expect(u.reduce((s, x) => s + x, 0) / u.length).toBeCloseTo(0.5, 2);
	});
});
