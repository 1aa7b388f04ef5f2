/**
 * Small validators that record what is wrong and where. Each takes the JSON path of the value it checks,
 * so every message names the key an economist has to fix.
 */
import { issue, type Issue, type IssueMessage } from './result';
import type { IssueCode } from './issue-codes';
import { gist } from './gist';
import { nearest } from './suggest';

export type Json = unknown;
export type JsonObject = Record<string, Json>;

/** Collects issues while a model is walked. */
export class Checker {
	readonly issues: Issue[] = [];

	/**
	 * Records an issue at `path` with `code` and its params (and the nearest valid name, if any). Returns
	 * false so callers can `return c.report(...)`.
	 */
	report(path: string, code: IssueCode, params: IssueMessage['params'] = {}, suggestion?: string): false {
		return this.add(issue(path, code, params, suggestion));
	}

	/** Records an issue made elsewhere (another check's, re-pathed). Returns false, like `report`. */
	add(found: Issue): false {
		// One issue per path: a missing key is "required", not also "should be a number, got nothing".
		if (!this.issues.some((i) => i.path === found.path)) this.issues.push(found);
		return false;
	}

	/** An object with only the listed keys; unknown keys are reported with the nearest known one. */
	object(
		value: Json,
		path: string,
		required: readonly string[],
		optional: readonly string[] = []
	): value is JsonObject {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			return this.report(path, 'not-object', { got: gist(value) });
		}
		const known = [...new Set([...required, ...optional])];
		for (const key of Object.keys(value)) {
			if (!known.includes(key)) {
				this.report(child(path, key), 'unknown-key', { allowed: known }, nearest(key, known));
			}
		}
		for (const key of required) {
			if (!(key in value)) this.report(`${path}.${key}`, 'required');
		}
		return true;
	}

	/** A non-empty string. */
	text(value: Json, path: string): value is string {
		if (typeof value !== 'string' || value.trim() === '') {
			return this.report(path, 'not-text', { got: gist(value) });
		}
		return true;
	}

	/** A snake_case identifier usable in expressions and URLs. */
	id(value: Json, path: string): value is string {
		if (!this.text(value, path)) return false;
		if (!/^[a-z][a-z0-9_]*$/.test(value)) {
			return this.report(path, 'not-id', { got: value });
		}
		return true;
	}

	/** A finite number, optionally bounded. `above` is exclusive. */
	number(
		value: Json,
		path: string,
		bounds: { above?: number; min?: number; hint?: IssueMessage } = {}
	): value is number {
		const hint: IssueMessage['params'] = bounds.hint ? { hint: bounds.hint } : {};
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			return this.report(path, 'not-finite', { got: gist(value), ...hint });
		}
		if (bounds.above !== undefined && !(value > bounds.above)) {
			return this.report(path, 'not-above', { min: bounds.above, got: value, ...hint });
		}
		if (bounds.min !== undefined && value < bounds.min) {
			return this.report(path, 'not-at-least', { min: bounds.min, got: value, ...hint });
		}
		return true;
	}

	/** A whole-number year. */
	year(value: Json, path: string): value is number {
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200) {
			return this.report(path, 'not-year', { got: gist(value) });
		}
		return true;
	}

	/** `{ zh, en }`, both non-empty. */
	localized(value: Json, path: string): boolean {
		if (!this.object(value, path, ['zh', 'en'])) return false;
		const zh = this.text(value.zh, `${path}.zh`);
		const en = this.text(value.en, `${path}.en`);
		return zh && en;
	}

	/**
	 * Prose a reader sees: `{ zh, en }`, both non-empty, or (for model files older than the two-language
	 * format) a non-empty string.
	 */
	modelText(value: Json, path: string): boolean {
		if (typeof value === 'string') return this.text(value, path);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			return this.report(path, 'not-model-text', { example: '{ "zh": "…", "en": "…" }', got: gist(value) });
		}
		return this.localized(value, path);
	}

	/** An array; each element is checked by `each`. */
	array(
		value: Json,
		path: string,
		each: (item: Json, itemPath: string, index: number) => void
	): value is Json[] {
		if (!Array.isArray(value)) return this.report(path, 'not-array', { got: gist(value) });
		value.forEach((item, i) => each(item, `${path}[${i}]`, i));
		return true;
	}

	/** One of a fixed set of strings. */
	oneOf<T extends string>(value: Json, path: string, allowed: readonly T[]): value is T {
		if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
			const near = typeof value === 'string' ? nearest(value, allowed) : undefined;
			const quoted = allowed.map((a) => `"${a}"`);
			return this.report(path, 'not-one-of', { allowed: quoted, got: gist(value) }, near);
		}
		return true;
	}
}

/** The JSON path of `key` inside `path`: `.key` for identifiers, `["2024"]` otherwise. */
export function child(path: string, key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
