import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import type { ScenarioLibrary } from '$lib/state';
import { feedbackOf, openScenario, saveScenario, updateScenario } from './feedback';

const issue = { path: 'scenario.gdp.rate', message: 'not a number' };

/** A library whose actions answer as told, recording what they were asked. */
function library(answer: { ok: true; issues?: (typeof issue)[] } | { ok: false }) {
	const calls: string[] = [];
	const outcome = (name: string) =>
		answer.ok
			? { ok: true as const, value: { name }, issues: answer.issues ?? [] }
			: { ok: false as const, issues: [issue] };
	const fake = {
		save: (name: string) => (calls.push(`save ${name}`), outcome(name)),
		update: (id: string) => (calls.push(`update ${id}`), outcome('Saved one')),
		open: (id: string) => (calls.push(`open ${id}`), outcome(id))
	};
	return { calls, lib: fake as unknown as ScenarioLibrary };
}

describe('scenario feedback', () => {
	it('says what was done, or why not with the issues', () => {
		const ok = feedbackOf({ ok: true, value: 3 }, (n) => `done ${n}`, 'failed');
		expect(ok).toEqual({ tone: 'ok', text: 'done 3' });
		const failed = feedbackOf({ ok: false, issues: [issue] }, () => 'done', 'failed');
		expect(failed).toEqual({ tone: 'error', text: 'failed', issues: [issue] });
	});

	it('refuses an empty name without saving anything', () => {
		const { calls, lib } = library({ ok: true });
		expect(saveScenario(lib, '   ')).toEqual({
			feedback: { tone: 'error', text: m.sc_name_required() },
			saved: false
		});
		expect(calls).toEqual([]);
	});

	it('saves under the name and tells the caller to clear its fields', () => {
		const { calls, lib } = library({ ok: true });
		const result = saveScenario(lib, 'Slower finance');
		expect(calls).toEqual(['save Slower finance']);
		expect(result).toEqual({
			feedback: { tone: 'ok', text: m.sc_saved({ name: 'Slower finance' }) },
			saved: true
		});
	});

	it('keeps the fields when saving fails, and lists why', () => {
		const { lib } = library({ ok: false });
		expect(saveScenario(lib, 'Full storage')).toEqual({
			feedback: { tone: 'error', text: m.sc_save_failed(), issues: [issue] },
			saved: false
		});
		expect(updateScenario(lib, 'a1')).toEqual({ tone: 'error', text: m.sc_save_failed(), issues: [issue] });
	});

	it('opens cleanly with no answer, and reports parts left out as an error', () => {
		expect(openScenario(library({ ok: true }).lib, 'a1')).toBeNull();
		expect(openScenario(library({ ok: true, issues: [issue] }).lib, 'a1')).toEqual({
			tone: 'error',
			text: m.sc_open_warnings(),
			issues: [issue]
		});
		expect(openScenario(library({ ok: false }).lib, 'a1')).toEqual({
			tone: 'error',
			text: m.sc_open_failed(),
			issues: [issue]
		});
	});
});
