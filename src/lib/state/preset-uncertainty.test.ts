import { describe, expect, it } from 'vitest';
import { listParameters } from '$lib/engine';
import { shinanModel } from '$lib/scenarios/test-fixtures';
import { compiled } from '../../../tests/fixtures/load';
import { PRESET, presetUncertainty, uncertaintySource } from './preset-uncertainty';

const RATE = 'finance_value_added.rate';

describe('presetUncertainty', () => {
	it('presets ±2 pp on every rate and ±10 % on every yearly amount the user left alone', () => {
		const parameters = listParameters(compiled(shinanModel));
		const value = (key: string) => parameters.find((p) => p.key === key)!.value;
		const preset = presetUncertainty(parameters, value, {
			params: { 'gdp.rate': { type: 'normal', mean: 0.05, sd: 0.01 } },
			sd: { 'fintech_firms.annual': 0 },
			yearlyNoise: { gdp: 0.01 }
		});
		expect(preset.params).toEqual({ 'gdp.rate': { type: 'normal', mean: 0.05, sd: 0.01 } });
		expect(preset.yearlyNoise).toEqual({ gdp: 0.01 });
		expect(preset.sd![RATE]).toBe(PRESET.rateSd);
		expect(preset.sd!['gdp.rate']).toBeUndefined();
		// The user's sd wins, 0 included ("no uncertainty").
		expect(preset.sd!['fintech_firms.annual']).toBe(0);
		const flow = parameters.find(
			(p) => p.param === 'annual' && p.value > 0 && p.key !== 'fintech_firms.annual'
		)!;
		expect(preset.sd![flow.key]).toBeCloseTo(0.1 * flow.value, 12);
		// Bases are taken as known.
		expect(Object.keys(preset.sd!).some((k) => k.endsWith('.base'))).toBe(false);
		// A rate near −100 % gets a smaller sd, so the engine can run it.
		const steep = presetUncertainty(parameters, (k) => (k === RATE ? -0.95 : value(k)), {});
		expect(steep.sd![RATE]).toBeLessThan((1 - 0.95) / 6);
	});
});

describe('uncertaintySource', () => {
	const normal = { type: 'normal', mean: 0.1, sd: 0.01 } as const;

	it("names the user's distribution first, then the user's sd, then the preset", () => {
		const user = { params: { a: normal }, sd: { a: 0.5, b: 0.03 } };
		const effective = { ...user, sd: { ...user.sd, c: 0.02 } };
		expect(uncertaintySource('a', user, effective, true)).toEqual({
			source: 'distribution',
			distribution: normal
		});
		expect(uncertaintySource('b', user, effective, true)).toEqual({ source: 'sd', sd: 0.03 });
		expect(uncertaintySource('c', user, effective, true)).toEqual({ source: 'preset', sd: 0.02 });
		expect(uncertaintySource('d', user, effective, true)).toEqual({ source: 'none' });
	});

	it('gives no preset when presets are off', () => {
		expect(uncertaintySource('c', {}, { sd: { c: 0.02 } }, false)).toEqual({ source: 'none' });
	});
});
