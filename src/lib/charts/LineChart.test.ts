import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from './LineChart.svelte';
import Sparkline from './Sparkline.svelte';

/**
 * The server render, minus what changes without the picture changing: Svelte's hydration comments and
 * its hashed scoped-class names. Coordinates are already rounded to 0.01 px by the marks.
 */
function normalise(html: string): string {
	return html.replace(/<!--.*?-->/g, '').replace(/svelte-[a-z0-9]+/g, 'svelte-HASH');
}

/** The chart's SVG (role="img"), pretty enough to review in a snapshot diff: one element a line. */
function chartSvg(html: string): string {
	const svg = /<svg role="img"[\s\S]*?<\/svg>/.exec(normalise(html))?.[0] ?? '';
	return svg.replace(/></g, '>\n<');
}

const years = [2021, 2022, 2023, 2024, 2025, 2026];
const institutions = {
	years,
	lines: [
		{ id: 'plan', label: '规划', values: [700, 800, 900, 1000, 1100, 1200], kind: 'plan' as const },
		{ id: 'scenario', label: '情景', values: [700, 780, 860, 940, 1020, 1100], kind: 'scenario' as const }
	],
	threshold: { value: 1200, year: 2026, label: '目标' },
	unit: '家',
	locale: 'zh' as const,
	title: '金融机构数量'
};

describe('LineChart (server render)', () => {
	it('draws both lines, the threshold rule to the deadline and its diamond', () => {
		const html = normalise(render(LineChart, { props: institutions }).body);
		const paths = html.match(/<g class="line"><path d="M[^"]+"/g) ?? [];
		expect(paths).toHaveLength(2);
		expect(html).toMatch(/stroke-dasharray="6 4"[^>]*style="stroke: var\(--line-plan/);
		expect(html).toMatch(/style="stroke: var\(--line-scenario/);
		// The deadline is the last year, at the right edge of the plot.
		const rule = /<g class="threshold"[^>]*><line x1="0" x2="([\d.]+)" y1="([\d.]+)"/.exec(html);
		expect(rule).not.toBeNull();
		const tick2026 =
			/<g transform="translate\(([\d.]+),\d+\)"><line y2="5"[^>]*><\/line><text[^>]*>2026</.exec(html);
		expect(rule?.[1]).toBe(tick2026?.[1]);
		expect(html).toContain('目标 1,200 家');
		expect(html).toMatch(/<path d="M[\d.]+,-5L/);
	});

	it('summarises the chart in its accessible name and offers a year slider', () => {
		const html = render(LineChart, { props: institutions }).body;
		expect(html).toContain('role="img"');
		expect(html).toContain(
			'aria-label="金融机构数量。情景 2026年：1,100 家，低于目标（1,200 家，2026年）。"'
		);
		expect(html).toMatch(/role="slider" tabindex="0"[^>]*aria-valuemin="2021" aria-valuemax="2026"/);
		expect(html).toContain('aria-live="polite"');
		// The legend, and the read-out of the last year before anything is chosen.
		expect(html).toContain('2026年：规划 1,200 家，情景 1,100 家');
	});

	it('matches the snapshot', () => {
		expect(chartSvg(render(LineChart, { props: institutions }).body)).toMatchSnapshot();
	});

	it('speaks English with converted units on the axis', () => {
		const html = render(LineChart, {
			props: {
				years,
				lines: [
					{ id: 'plan', label: 'plan', values: [1377.9, 1474, 1577, 1688, 1806, 1932], kind: 'plan' },
					{ id: 's', label: 'scenario', values: [1377.9, 1450, 1530, 1610, 1700, 1790], kind: 'scenario' }
				],
				threshold: { value: 2000, year: 2026, label: 'target' },
				unit: '亿元',
				locale: 'en',
				title: 'GDP'
			}
		}).body;
		expect(html).toContain('↑ bn yuan');
		expect(html).toContain('target ¥200.0 bn');
		expect(html).toContain('aria-label="GDP. scenario, 2026: ¥179.0 bn, below target (¥200.0 bn, 2026)."');
		expect(html).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('draws bands and reported figures as further marks', () => {
		const html = render(LineChart, {
			props: {
				...institutions,
				lines: [
					...institutions.lines,
					{ id: 'actual', label: '实际', values: [700, 790, NaN, NaN, NaN, NaN], kind: 'actual' }
				],
				bands: [
					{
						id: 'p90',
						label: '90%区间',
						lower: [700, 760, 820, 880, 940, 1000],
						upper: [700, 800, 900, 1000, 1100, 1200]
					}
				]
			}
		}).body;
		expect(html).toMatch(/<path class="area[^"]*" d="M[^"]+Z"/);
		// One dot per reported year inside the chart (the legend's dot swatch is outside it).
		expect(chartSvg(html).match(/<circle/g)).toHaveLength(2);
		expect(html).toContain('90%区间');
	});

	it('survives no data without printing NaN', () => {
		const html = render(LineChart, {
			props: { years: [], lines: [], unit: '亿元', locale: 'en', title: 'Empty' }
		}).body;
		expect(html).toContain('aria-label="Empty. No data."');
		expect(html).not.toContain('role="slider"');
		expect(html).not.toMatch(/NaN|Infinity/);
	});
});

describe('Sparkline (server render)', () => {
	it('is hidden from assistive technology and coloured by status', () => {
		const html = normalise(
			render(Sparkline, {
				props: {
					values: [700, 780, 860, 940, 1020, 1100],
					plan: [700, 800, 900, 1000, 1100, 1200],
					threshold: 1200,
					status: 'miss'
				}
			}).body
		);
		expect(html).toContain('aria-hidden="true"');
		expect(html).toContain('focusable="false"');
		expect(html).toContain('var(--status-miss');
		expect(html.match(/<path d="M/g)).toHaveLength(2);
		expect(html).toMatch(/<line x1="0" x2="80" y1="2.5" y2="2.5"/);
		expect(html).toMatch(/<circle cx="77.5"/);
	});

	it('draws nothing broken for no values', () => {
		const html = render(Sparkline, { props: { values: [], status: 'met' } }).body;
		expect(html).not.toMatch(/NaN|undefined/);
		expect(html).not.toContain('<circle');
	});
});
