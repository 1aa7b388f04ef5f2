import { describe, expect, it } from 'vitest';
import { compileModel } from '$lib/engine';
import { builtinModel } from './builtin-model';
import { readsOf } from './model';
import { reachByIndicator } from './reach';

const reach = reachByIndicator(builtinModel);
const shares = builtinModel.targets.filter((t) => t.indicator.endsWith('_share')).map((t) => t.id);

describe('reachByIndicator (Shinan)', () => {
	it('sends GDP to every target on a share of GDP, and nowhere else', () => {
		const ofGdp = builtinModel.indicators
			.filter((i) => i.kind === 'derived' && /\/\s*gdp\b/.test(i.expr))
			.map((i) => i.id);
		expect(ofGdp).toEqual(['digital_core_share']);
		expect(reach.get('gdp')).toEqual(
			builtinModel.targets.filter((t) => ofGdp.includes(t.indicator)).map((t) => t.id)
		);
		expect(reach.get('gdp')).toEqual(['digital_core_share_level', 'digital_core_share_doubling']);
	});

	it('sends each numerator and denominator to its share targets', () => {
		expect(shares).toEqual([
			'digital_core_share_level',
			'digital_core_share_doubling',
			'import_export_city_share'
		]);
		expect(reach.get('digital_core_value_added')).toEqual([
			'digital_core_share_level',
			'digital_core_share_doubling'
		]);
		expect(reach.get('qingdao_import_export')).toEqual(['import_export_city_share']);
		expect(reach.get('import_export')).toEqual(['import_export_growth', 'import_export_city_share']);
	});

	it('gives an indicator its own targets, and follows prev() through a formula', () => {
		expect(reach.get('finance_value_added')).toEqual(['finance_value_added_growth']);
		expect(reach.get('specialized_sme_firms')).toEqual([
			'specialized_sme_new_total',
			'specialized_sme_total'
		]);
	});

	it('reaches a target from every Shinan indicator, and nothing from an indicator no target reads', () => {
		expect([...reach.keys()].sort()).toEqual(builtinModel.indicators.map((i) => i.id).sort());
		const spare = { ...builtinModel.indicators.find((i) => i.id === 'gdp')!, id: 'spare' };
		const withSpare = { ...builtinModel, indicators: [...builtinModel.indicators, spare] };
		expect(reachByIndicator(withSpare).has('spare')).toBe(false);
		expect(reachByIndicator(withSpare).get('gdp')).toEqual(reach.get('gdp'));
	});

	it('reads each formula as the engine compiles it (same indicators read, this year or through prev)', () => {
		const compiled = compileModel(builtinModel);
		if (!compiled.ok) throw new Error(compiled.issues.map((i) => i.message).join('; '));
		const { indicators } = compiled.value;
		for (const c of indicators) {
			const engineReads = new Set(
				[...(c.expression?.sameYear ?? []), ...(c.expression?.previousYear ?? [])].map(
					(i) => indicators[i]!.spec.id
				)
			);
			expect(new Set(readsOf(builtinModel, c.spec)), c.spec.id).toEqual(engineReads);
		}
	});
});
