import { describe, expect, it } from 'vitest';
import { compareColor } from '$lib/components/scenarios/compare';
import { compareMembers, compareOptions, missingIds, nextIds } from './compare-view';

const saved = [
	{ id: 's1', name: 'Low' },
	{ id: 's2', name: 'High' }
];

describe('compareOptions', () => {
	it('offers the screen first unless it shows the plan, named after its saved scenario', () => {
		expect(compareOptions({ isPlan: true, name: undefined }, saved, 'current').map((o) => o.id)).toEqual([
			's1',
			's2'
		]);
		const named = compareOptions({ isPlan: false, name: 'Low' }, saved, 'current');
		expect(named.map((o) => o.id)).toEqual(['current', 's1', 's2']);
		expect(named[0]!.name).toContain('Low');
		expect(compareOptions({ isPlan: false, name: undefined }, [], 'current')[0]!.name).not.toContain('Low');
	});
});

describe('missingIds', () => {
	const options = compareOptions({ isPlan: true, name: undefined }, saved, 'current');
	it('names asked ids no scenario has, never the screen, once the library is listed', () => {
		expect(missingIds(['s1', 'gone', 'current'], options, true, 'current')).toEqual(['gone']);
		expect(missingIds(['gone'], options, false, 'current')).toEqual([]);
	});
});

describe('nextIds', () => {
	const options = [...saved, { id: 's3', name: 'C' }, { id: 's4', name: 'D' }];
	it('adds the ticked one last, at most three, and drops what cannot be compared', () => {
		expect(nextIds(['s1', 'gone'], 's2', true, options)).toEqual(['s1', 's2']);
		expect(nextIds(['s1', 's2', 's3'], 's4', true, options)).toEqual(['s1', 's2', 's3']);
		expect(nextIds(['s1', 's2'], 's1', false, options)).toEqual(['s2']);
	});
});

describe('compareMembers', () => {
	it('keeps the readable options in the order chosen, coloured in that order', () => {
		const members = compareMembers(['s2', 'gone', 's1'], saved, (id) =>
			id === 's2' || id === 's1' ? { state: id.toUpperCase(), key: `k-${id}` } : null
		);
		expect(members).toEqual([
			{ id: 's2', name: 'High', state: 'S2', key: 'k-s2', color: compareColor(0) },
			{ id: 's1', name: 'Low', state: 'S1', key: 'k-s1', color: compareColor(1) }
		]);
		expect(compareMembers(['s1'], saved, () => null)).toEqual([]);
	});
});
