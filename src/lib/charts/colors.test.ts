import { describe, expect, it } from 'vitest';
import {
	CSS_CUSTOM_PROPERTIES,
	LINE_COLORS,
	STATUS_COLORS,
	STATUS_INK,
	STATUS_LABELS,
	STATUS_SYMBOLS,
	cssCustomProperties,
	cssVar,
	lineColor,
	statusColor,
	statusInk,
	type Status
} from './colors';

/** WCAG 2 contrast ratio of a #RRGGBB colour against white. */
function contrastOnWhite(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
	return 1.05 / (luminance + 0.05);
}

const statuses: Status[] = ['met', 'at-risk', 'miss'];

describe('colours', () => {
	it('uses the Okabe–Ito status colours', () => {
		expect(STATUS_COLORS).toEqual({ met: '#0072B2', 'at-risk': '#E69F00', miss: '#D55E00' });
	});

	it('pairs every status with a symbol and a word in both languages', () => {
		for (const s of statuses) {
			expect(STATUS_SYMBOLS[s]).not.toBe('');
			expect(STATUS_LABELS[s].zh).not.toBe('');
			expect(STATUS_LABELS[s].en).not.toBe('');
		}
		expect(new Set(Object.values(STATUS_SYMBOLS)).size).toBe(3);
	});

	it('has status text colours readable on white (4.5:1) and lines visible on white (3:1)', () => {
		for (const s of statuses) expect(contrastOnWhite(STATUS_INK[s])).toBeGreaterThanOrEqual(4.5);
		for (const c of Object.values(LINE_COLORS)) expect(contrastOnWhite(c)).toBeGreaterThanOrEqual(3);
	});

	it('keeps the scenario line out of the status colours', () => {
		expect(Object.values(STATUS_COLORS)).not.toContain(LINE_COLORS.scenario);
	});

	it('exposes every colour as a CSS custom property with its default', () => {
		expect(cssVar('--status-met')).toBe('var(--status-met, #0072B2)');
		expect(statusColor('miss')).toBe('var(--status-miss, #D55E00)');
		expect(statusInk('at-risk')).toBe('var(--status-at-risk-ink, #8F5F00)');
		expect(lineColor('plan')).toBe('var(--line-plan, #767676)');
		const css = cssCustomProperties();
		for (const [name, value] of Object.entries(CSS_CUSTOM_PROPERTIES))
			expect(css).toContain(`${name}: ${value};`);
	});
});
