import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage, type MemoryStorage, type StorageBackend } from './backend';
import { numberedName } from './save-input';
import {
	createScenarioStore,
	entryKey,
	INDEX_KEY,
	problemIssue,
	type SaveInput,
	type StorageProblem
} from './storage';
import { issueText } from '../../cli/issue-text';
import { actualsArb, scenarioArb, shinanShape, uncertaintyArb } from './test-fixtures';

const MODEL = 'shinan-2022-2026';
/** A problem's text as the reader sees it, in English or Chinese. */
const said = (problem: StorageProblem, lang: 'en' | 'zh' = 'en') => issueText(problemIssue(problem), lang);

/** A store over `backend` with a clock that ticks a second per call and ids id1, id2, … */
function storeOver(backend: StorageBackend = memoryStorage()) {
	let tick = 0;
	let ids = 0;
	const store = createScenarioStore({
		backend,
		modelId: MODEL,
		now: () => new Date(Date.UTC(2025, 2, 1, 8, 0, tick++)),
		newId: () => `id${++ids}`
	});
	return store;
}

const input = (name: string, over: Partial<SaveInput> = {}): SaveInput => ({
	name,
	scenario: { 'gdp.rate': 0.05 },
	...over
});

function saved<T>(result: { ok: true; value: T } | { ok: false; issues: unknown }): T {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

describe('save, get, list', () => {
	it('stores one key per scenario plus an index, in saved order', () => {
		const backend = memoryStorage();
		const store = storeOver(backend);
		const a = saved(store.save(input('  Slow finance ', { notes: 'from the 2023 report' })));
		const b = saved(store.save(input('Fast GDP', { actuals: { gdp: { '2022': 1400 } } })));
		expect(a).toEqual({
			schema: 2,
			id: 'id1',
			name: 'Slow finance',
			modelId: MODEL,
			createdAt: '2025-03-01T08:00:00.000Z',
			updatedAt: '2025-03-01T08:00:00.000Z',
			scenario: { 'gdp.rate': 0.05 },
			notes: 'from the 2023 report'
		});
		expect(Object.keys(backend.contents())).toEqual([
			'target-scenarios:scenario:id1',
			INDEX_KEY,
			'target-scenarios:scenario:id2'
		]);
		expect(JSON.parse(backend.getItem(INDEX_KEY)!)).toEqual({ version: 1, ids: ['id1', 'id2'] });
		expect(store.list()).toEqual({ scenarios: [a, b], problems: [] });
		expect(store.get('id2')).toEqual({ ok: true, value: b });
	});

	it('refuses an empty name or numbers JSON cannot hold, naming the field', () => {
		const store = storeOver();
		const result = store.save(
			input(' ', { scenario: { 'gdp.rate': NaN }, actuals: { gdp: { '2022': Infinity } } })
		);
		expect(result).toEqual({
			ok: false,
			issues: [
				{ path: 'name', code: 'name-empty', params: {} },
				{ path: 'scenario["gdp.rate"]', code: 'not-finite', params: { got: NaN } },
				{ path: 'actuals.gdp["2022"]', code: 'not-finite', params: { got: Infinity } }
			]
		});
		expect(store.list().scenarios).toEqual([]);
	});

	it('says when an id is unknown', () => {
		const store = storeOver();
		expect(store.get('nope')).toEqual({
			ok: false,
			issues: [{ path: entryKey('nope'), code: 'storage-gone-elsewhere', params: { id: 'nope' } }]
		});
		expect(store.get('a:b').ok).toBe(false);
	});

	it('round-trips any scenario through save, list and get', () => {
		const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).filter((s) => s.trim() !== '');
		fc.assert(
			fc.property(
				fc.array(
					fc.record(
						{
							name,
							scenario: scenarioArb(shinanShape),
							actuals: actualsArb(shinanShape),
							uncertainty: uncertaintyArb(shinanShape),
							notes: fc.string({ unit: 'grapheme' })
						},
						{ requiredKeys: ['name', 'scenario'] }
					),
					{ maxLength: 5 }
				),
				(inputs) => {
					const store = storeOver();
					const entries = inputs.map((i) => saved(store.save(i)));
					expect(store.list()).toEqual({ scenarios: entries, problems: [] });
					inputs.forEach((i, n) => {
						const entry = saved(store.get(entries[n]!.id));
						expect(entry).toEqual({ ...entries[n], name: i.name.trim() });
						expect(entry.scenario).toEqual(i.scenario);
						expect(entry.actuals).toEqual(i.actuals);
						expect(entry.uncertainty).toEqual(i.uncertainty);
					});
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);
});

describe('rename, update, duplicate, remove', () => {
	it('renames, updates and duplicates with a numbered name', () => {
		const store = storeOver();
		const a = saved(store.save(input('Base case')));
		const renamed = saved(store.rename(a.id, 'Central case'));
		expect(renamed).toMatchObject({ name: 'Central case', createdAt: a.createdAt });
		expect(renamed.updatedAt > a.updatedAt).toBe(true);
		const updated = saved(store.update(a.id, { scenario: { 'gdp.rate': 0.06 }, notes: 'revised' }));
		expect(updated).toMatchObject({ name: 'Central case', scenario: { 'gdp.rate': 0.06 }, notes: 'revised' });
		const copy = saved(store.duplicate(a.id));
		const copy2 = saved(store.duplicate(a.id));
		expect([copy.name, copy2.name]).toEqual(['Central case (2)', 'Central case (3)']);
		expect(copy).toMatchObject({ scenario: { 'gdp.rate': 0.06 }, notes: 'revised' });
		expect(copy.id).not.toBe(a.id);
		expect(saved(store.update(a.id, { notes: undefined })).notes).toBeUndefined();
		expect(store.list().scenarios.map((s) => s.name)).toEqual([
			'Central case',
			'Central case (2)',
			'Central case (3)'
		]);
	});

	it('removes one and leaves the others', () => {
		const backend = memoryStorage();
		const store = storeOver(backend);
		const [a, b] = [saved(store.save(input('A'))), saved(store.save(input('B')))];
		expect(store.remove(a.id)).toEqual({ ok: true, value: { id: a.id } });
		expect(store.list()).toEqual({ scenarios: [b], problems: [] });
		expect(backend.getItem(entryKey(a.id))).toBeNull();
		expect(store.remove(a.id).ok).toBe(false);
	});

	it('numbers copies the same in any language', () => {
		expect(numberedName('增长放缓', [])).toBe('增长放缓 (2)');
		expect(numberedName('Slow (2)', ['Slow (2)', 'Slow (3)'])).toBe('Slow (4)');
	});
});

describe('a full storage', () => {
	it('reports the quota and keeps everything already stored', () => {
		const backend = memoryStorage({ quotaBytes: 1500 });
		const store = storeOver(backend);
		const a = saved(store.save(input('Fits')));
		const before = backend.contents();
		const big = input('Too big', { notes: 'x'.repeat(2000) });
		expect(store.save(big)).toEqual({
			ok: false,
			issues: [
				{
					path: entryKey('id2'),
					code: 'storage-full',
					params: { what: { code: 'storage-what-not-saved', params: {} } }
				}
			]
		});
		const full = store.save(big);
		expect(full.ok || issueText(full.issues[0]!)).toBe(
			'browser storage is full: the scenario was not saved; delete old scenarios or export this one to a file'
		);
		expect(full.ok || issueText(full.issues[0]!, 'zh')).toBe(
			'浏览器存储已满：情景未保存；请删除旧的情景，或将此情景导出为文件'
		);
		expect(backend.contents()).toEqual(before);
		expect(store.rename(a.id, 'y'.repeat(200)).ok).toBe(true);
		expect(store.update(a.id, { notes: 'z'.repeat(2000) })).toMatchObject({
			ok: false,
			issues: [{ code: 'storage-full', params: { what: { code: 'storage-what-changes', params: {} } } }]
		});
		expect(store.list()).toEqual({ scenarios: [saved(store.get(a.id))], problems: [] });
	});

	it('takes the entry back out when the index cannot be written', () => {
		const backend = memoryStorage();
		// Room for the entry but not for the longer index: the index is written second.
		let limit = Infinity;
		const tight: StorageBackend = {
			...backend,
			getItem: backend.getItem,
			removeItem: backend.removeItem,
			key: backend.key,
			get length() {
				return backend.length;
			},
			setItem(key, value) {
				if (key === INDEX_KEY && value.length > limit) {
					throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
				}
				backend.setItem(key, value);
			}
		};
		const store = storeOver(tight);
		const a = saved(store.save(input('A')));
		const before = backend.contents();
		limit = backend.getItem(INDEX_KEY)!.length;
		const failed = store.save(input('B'));
		expect(failed.ok).toBe(false);
		expect(failed.ok || failed.issues[0]!.path).toBe(INDEX_KEY);
		expect(backend.contents()).toEqual(before);
		expect(store.list().scenarios).toEqual([a]);
	});

	it('reports any other write failure with the browser’s reason', () => {
		const backend = memoryStorage();
		const store = storeOver({
			...backend,
			getItem: backend.getItem,
			removeItem: backend.removeItem,
			key: backend.key,
			length: 0,
			setItem() {
				throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
			}
		});
		expect(store.save(input('A'))).toEqual({
			ok: false,
			issues: [
				{
					path: entryKey('id1'),
					code: 'storage-write-refused',
					params: { error: 'SecurityError', what: { code: 'storage-what-not-saved', params: {} } }
				}
			]
		});
	});
});

describe('damaged and old entries', () => {
	/** A storage holding two good entries and whatever `damage` writes, under the index. */
	function damaged(damage: (backend: MemoryStorage) => void) {
		const backend = memoryStorage();
		const store = storeOver(backend);
		const a = saved(store.save(input('A')));
		const b = saved(store.save(input('B')));
		damage(backend);
		return { backend, store, a, b };
	}

	it('sets a corrupt entry aside with its text and keeps the others', () => {
		const { backend, store, a } = damaged((s) => s.setItem(entryKey('id2'), '{"schema":2,"id":"id2",'));
		const { scenarios, problems } = store.list();
		expect(scenarios).toEqual([a]);
		expect(problems).toEqual([
			{
				key: entryKey('id2'),
				code: 'storage-set-aside',
				params: {
					reason: { code: 'storage-entry-not-json', params: { id: 'id2' } },
					target: problems[0]!.quarantineKey
				},
				quarantineKey: expect.stringMatching(/^target-scenarios:quarantine:id2:\d+$/)
			}
		]);
		expect(said(problems[0]!)).toBe(
			`saved scenario id2 is not valid JSON; it was set aside as ${problems[0]!.quarantineKey}`
		);
		expect(said(problems[0]!, 'zh')).toBe(
			`已保存情景 id2 不是有效的 JSON；已将其移至一旁，保存为 ${problems[0]!.quarantineKey}`
		);
		expect(backend.getItem(problems[0]!.quarantineKey!)).toBe('{"schema":2,"id":"id2",');
		expect(backend.getItem(entryKey('id2'))).toBeNull();
		expect(JSON.parse(backend.getItem(INDEX_KEY)!).ids).toEqual(['id1']);
		expect(store.quarantined()).toEqual([
			{ key: problems[0]!.quarantineKey, id: 'id2', at: expect.any(String), raw: '{"schema":2,"id":"id2",' }
		]);
		// Reported once: the next list is clean.
		expect(store.list()).toEqual({ scenarios: [a], problems: [] });
		expect(store.discardQuarantined(problems[0]!.quarantineKey!).ok).toBe(true);
		expect(store.quarantined()).toEqual([]);
	});

	it.each([
		[
			'a wrong shape',
			'{"schema":2,"id":"id2","name":"B","modelId":"m","createdAt":"x"}',
			/cannot be read: \$\.createdAt: should be an ISO 8601 time, got the string "x" \(and \d+ more problems\)/
		],
		[
			'a future schema',
			'{"schema":7,"whatever":true}',
			/cannot be read: \$\.schema: is 7: saved by a newer version of this app, which reads up to 2/
		],
		[
			'not an object',
			'"hello"',
			/cannot be read: \$: should be a saved scenario \(an object\), got the string "hello"/
		]
	])('sets aside %s', (_, raw, message) => {
		const { store, a } = damaged((s) => s.setItem(entryKey('id2'), raw));
		const { scenarios, problems } = store.list();
		expect(scenarios).toEqual([a]);
		expect(problems).toHaveLength(1);
		expect(said(problems[0]!)).toMatch(message);
		expect(store.quarantined()[0]!.raw).toBe(raw);
	});

	it('sets aside a corrupt entry met by get, too', () => {
		const { store } = damaged((s) => s.setItem(entryKey('id1'), 'oops'));
		const got = store.get('id1');
		expect(got.ok).toBe(false);
		expect(got.ok || issueText(got.issues[0]!)).toMatch(/set aside as target-scenarios:quarantine:id1:/);
	});

	it('migrates v1 entries on read and rewrites them as v2', () => {
		const { backend, store, a, b } = damaged((s) =>
			s.setItem(
				entryKey('legacy1'),
				JSON.stringify({ name: 'From 2023', values: { 'gdp.rate': 0.07 }, savedAt: Date.UTC(2023, 5, 1) })
			)
		);
		const legacy = {
			schema: 2,
			id: 'legacy1',
			name: 'From 2023',
			modelId: MODEL,
			createdAt: '2023-06-01T00:00:00.000Z',
			updatedAt: '2023-06-01T00:00:00.000Z',
			scenario: { 'gdp.rate': 0.07 }
		};
		expect(store.list()).toEqual({ scenarios: [a, b, legacy], problems: [] });
		expect(JSON.parse(backend.getItem(entryKey('legacy1'))!)).toEqual(legacy);
		expect(JSON.parse(backend.getItem(INDEX_KEY)!).ids).toEqual(['id1', 'id2', 'legacy1']);
	});

	it('still reads a v1 entry when storage is too full to rewrite it, and says so', () => {
		const v1 = JSON.stringify({ name: 'Old', values: {} });
		// Room for the v1 entry as it is, not for its longer v2 form.
		const backend = memoryStorage({ quotaBytes: 2 * (entryKey('old').length + v1.length) + 20 });
		backend.setItem(entryKey('old'), v1);
		const store = storeOver(backend);
		const { scenarios, problems } = store.list();
		expect(scenarios.map((s) => s.name)).toEqual(['Old']);
		expect(said(problems[0]!)).toMatch(
			/read from schema 1 but could not be rewritten as schema 2: browser storage is full: it stays in the old format/
		);
		expect(JSON.parse(backend.getItem(entryKey('old'))!)).toEqual({ name: 'Old', values: {} });
	});

	it('rebuilds a corrupt index from the entries, and finds entries the index lost', () => {
		const { backend, store, a, b } = damaged((s) => s.setItem(INDEX_KEY, '[[['));
		expect(store.list()).toEqual({
			scenarios: [a, b],
			problems: [{ key: INDEX_KEY, code: 'storage-index-rebuilt', params: {} }]
		});
		expect(JSON.parse(backend.getItem(INDEX_KEY)!).ids).toEqual(['id1', 'id2']);
		// Another tab saved id3 and our tab overwrote the index without it.
		const c = saved(store.save(input('C')));
		backend.setItem(INDEX_KEY, JSON.stringify({ version: 1, ids: ['id1', 'id2'] }));
		expect(store.list()).toEqual({ scenarios: [a, b, c], problems: [] });
	});

	it('reports an indexed entry that is gone', () => {
		const { store, a } = damaged((s) => s.removeItem(entryKey('id2')));
		expect(store.list()).toEqual({
			scenarios: [a],
			problems: [{ key: entryKey('id2'), code: 'storage-entry-gone', params: { id: 'id2' } }]
		});
		expect(store.list().problems).toEqual([]);
	});

	it('leaves other apps’ keys alone', () => {
		const { backend, store } = damaged((s) => {
			s.setItem('PARAGLIDE_LOCALE', 'zh');
			s.setItem('target-scenarios:scenario:', 'no id');
		});
		expect(store.list().problems).toEqual([]);
		expect(backend.getItem('PARAGLIDE_LOCALE')).toBe('zh');
	});

	it('reports storage that cannot be read at all, without throwing', () => {
		const blocked: StorageBackend = {
			getItem() {
				throw new Error('SecurityError');
			},
			setItem() {
				throw new Error('SecurityError');
			},
			removeItem() {
				throw new Error('SecurityError');
			},
			key() {
				throw new Error('SecurityError');
			},
			get length(): number {
				throw new Error('SecurityError');
			}
		};
		const store = storeOver(blocked);
		expect(() => store.list()).not.toThrow();
		expect(said(store.list().problems[0]!)).toBe('browser storage cannot be read (Error)');
		expect(store.save(input('A')).ok).toBe(false);
		expect(store.get('id1').ok).toBe(false);
	});
});
