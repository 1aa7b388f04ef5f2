/**
 * Small validators that record what is wrong and where. Each takes the JSON path of the value it checks,
 * so every message names the key an economist has to fix.
 */
import type { Issue } from './result';
import { didYouMean } from './suggest';

export type Json = unknown;
export type JsonObject = Record<string, Json>;

/** Collects issues while a model is walked. */
export class Checker {
	readonly issues: Issue[] = [];

	/** Records an issue at `path`. Returns false so callers can `return c.report(...)`. */
	report(path: string, message: string): false {
		// One issue per path: a missing key is "required", not also "should be a number, got nothing".
		if (!this.issues.some((i) => i.path === path)) this.issues.push({ path, message });
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
			return this.report(path, `should be an object, got ${describe(value)}`);
		}
		const known = new Set([...required, ...optional]);
		for (const key of Object.keys(value)) {
			if (!known.has(key)) {
				const hint = closest(key, [...known]);
				this.report(child(path, key), `is not a known key here${hint}; allowed: ${[...known].join(', ')}`);
			}
		}
		for (const key of required) {
			if (!(key in value)) this.report(`${path}.${key}`, 'is required');
		}
		return true;
	}

	/** A non-empty string. */
	text(value: Json, path: string): value is string {
		if (typeof value !== 'string' || value.trim() === '') {
			return this.report(path, `should be a non-empty string, got ${describe(value)}`);
		}
		return true;
	}

	/** A snake_case identifier usable in expressions and URLs. */
	id(value: Json, path: string): value is string {
		if (!this.text(value, path)) return false;
		if (!/^[a-z][a-z0-9_]*$/.test(value)) {
			return this.report(
				path,
				`should be a snake_case id (a-z, 0-9, _; starting with a letter), got "${value}"`
			);
		}
		return true;
	}

	/** A finite number, optionally bounded. `above` is exclusive. */
	number(
		value: Json,
		path: string,
		bounds: { above?: number; min?: number; hint?: string } = {}
	): value is number {
		const hint = bounds.hint ? `: ${bounds.hint}` : '';
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			return this.report(path, `should be a finite number, got ${describe(value)}${hint}`);
		}
		if (bounds.above !== undefined && !(value > bounds.above)) {
			return this.report(path, `should be greater than ${minus(bounds.above)}, got ${minus(value)}${hint}`);
		}
		if (bounds.min !== undefined && value < bounds.min) {
			return this.report(path, `should be at least ${minus(bounds.min)}, got ${minus(value)}${hint}`);
		}
		return true;
	}

	/** A whole-number year. */
	year(value: Json, path: string): value is number {
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200) {
			return this.report(path, `should be a year such as 2026, got ${describe(value)}`);
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
			return this.report(
				path,
				`should be text in both languages, { "zh": "…", "en": "…" } (a plain string is also accepted), got ${describe(value)}`
			);
		}
		return this.localized(value, path);
	}

	/** An array; each element is checked by `each`. */
	array(
		value: Json,
		path: string,
		each: (item: Json, itemPath: string, index: number) => void
	): value is Json[] {
		if (!Array.isArray(value)) return this.report(path, `should be an array, got ${describe(value)}`);
		value.forEach((item, i) => each(item, `${path}[${i}]`, i));
		return true;
	}

	/** One of a fixed set of strings. */
	oneOf<T extends string>(value: Json, path: string, allowed: readonly T[]): value is T {
		if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
			const hint = typeof value === 'string' ? closest(value, allowed) : '';
			return this.report(
				path,
				`should be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}${hint}`
			);
		}
		return true;
	}
}

/** A number with a true minus sign, as in the other messages. */
function minus(n: number): string {
	return String(n).replace(/^-/, '−');
}

/** The JSON path of `key` inside `path`: `.key` for identifiers, `["2024"]` otherwise. */
export function child(path: string, key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A short description of a JSON value for messages: its type and, when small, the value. */
export function describe(value: Json): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string')
		return `the string "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	return `${typeof value} ${String(value)}`;
}

function closest(name: string, candidates: readonly string[]): string {
	return didYouMean(name, candidates).replace(/^ Did you mean (.*)\?$/, ' (did you mean $1?)');
}
