/**
 * Goal-seek notes from the engine, rendered as the app shows them: each language in its own words and
 * units, names from the model rather than ids.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, seekAll, seekParameter, type SeekNote } from '$lib/engine';
import { builtinModel as model } from '$lib/view';
import { noteQuantity, seekNoteText } from './seek-note-text';
import { seekCaveat } from './seek-text';

const compiled = (() => {
	const c = compileModel(model);
	if (!c.ok) throw new Error('the built-in model does not compile');
	return c.value;
})();
const noteOf = (target: string, parameter: string, scenario = {}): SeekNote => {
	const r = seekParameter({ model: compiled, scenario, target, parameter });
	if (!r.ok || !r.value.note) throw new Error(`no note for ${target} by ${parameter}`);
	return r.value.note;
};
const HAN = /[\u3400-\u9fff]/;
/** Latin words in Chinese text (units such as %, × and digits are fine). */
const latinWords = (text: string) => text.match(/[A-Za-z]{2,}/g);

describe('seekNoteText', () => {
	const unreachable = noteOf('tech_contract_turnover_level', 'tech_contract_turnover.rate', {
		'tech_contract_turnover.base': 1
	});

	it('renders an unreachable target in English with English units and names, no Chinese', () => {
		const text = seekNoteText(unreachable, model, 'en');
		expect(text).toMatch(/from −50\.00%\/yr to 100\.00%\/yr/);
		expect(text).toContain('it reaches ¥3.20 bn against ¥20.0 bn');
		expect(text).not.toMatch(HAN);
		expect(text).not.toContain('tech_contract_turnover');
	});

	it('renders the same note in Chinese with the plan’s units and no English word', () => {
		const text = seekNoteText(unreachable, model, 'zh');
		expect(text).toContain('32.0 亿元');
		expect(text).toContain('200.0 亿元');
		expect(text).toContain('100.00%/年');
		expect(latinWords(text)).toBeNull();
	});

	it('names the indicators a structural note reads, in both languages', () => {
		const note = noteOf('import_export_city_share', 'finance_value_added.rate');
		expect(note.code).toBe('gs-not-read-via');
		expect(seekNoteText(note, model, 'en')).not.toMatch(HAN);
		expect(latinWords(seekNoteText(note, model, 'zh'))).toBeNull();
		// The sentence above says "does not move this target"; this note says why, so it gets a line.
		expect(seekCaveat({ note } as never)).toBe(note);
		expect(seekCaveat({ note: unreachable } as never)).toBeNull();
	});

	it('renders a target no chosen assumption moves, in both languages', () => {
		const r = seekAll({
			model: compiled,
			targets: ['digital_core_share_doubling', 'import_export_growth'],
			parameters: ['gdp.rate'],
			scenario: { 'import_export.rate': 0.06 }
		});
		if (!r.ok) throw new Error('seekAll failed');
		const [conflict] = r.value.conflicts;
		expect(conflict?.note.code).toBe('conflict-unmoved');
		const en = seekNoteText(conflict!.note, model, 'en');
		expect(en).toMatch(/\(6\.00%\/yr against [\d.]+%\/yr\)/);
		expect(en).not.toMatch(HAN);
		expect(latinWords(seekNoteText(conflict!.note, model, 'zh'))).toBeNull();
		expect(seekNoteText(r.value.note, model, 'zh')).toMatch(/^在搜索范围内/);
	});

	it('shows a yearly amount per year and a count as a whole number', () => {
		expect(noteQuantity({ value: 20, unit: '家', perYear: true }, 'en')).toBe('20 firms/yr');
		expect(noteQuantity({ value: 20, unit: '家', perYear: true }, 'zh')).toBe('20 家/年');
		expect(noteQuantity({ value: 0.0447, unit: 'fraction/yr' }, 'zh')).toBe('4.47%/年');
		expect(noteQuantity({ value: 2.05, unit: '×' }, 'en')).toBe('×2.05');
	});
});
