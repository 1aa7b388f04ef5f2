import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartTable from './ChartTable.svelte';

const rows = createRawSnippet(() => ({ render: () => '<tbody><tr><td class="num">1.5</td></tr></tbody>' }));

describe('ChartTable', () => {
	it('puts the figures in a data table behind a disclosure named by the summary', () => {
		const { body } = render(ChartTable, {
			props: { summary: 'As a table', children: rows, class: 'percentiles', 'data-percentiles': 'gdp' }
		});
		const html = body.replace(/<!--.*?-->/g, '');
		expect(html).toMatch(/<details class="chart-table percentiles svelte-[a-z0-9]+" data-percentiles="gdp">/);
		expect(html).toMatch(/<summary class="svelte-[a-z0-9]+">As a table<\/summary>/);
		expect(html).toMatch(/<table class="data-table svelte-[a-z0-9]+"><tbody><tr><td class="num">1.5<\/td>/);
	});
});
