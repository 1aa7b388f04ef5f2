import { describe, expect, it } from 'vitest';
import { runMonteCarlo, runMonteCarloAsync } from '$lib/engine';
import { compiled } from '../../../tests/fixtures/load';
import { tinyModel } from '../../../tests/fixtures/tiny-model';
import { messageChannelGiveWay } from './give-way';

const model = compiled(tinyModel());
const uncertainty = { sd: { 'gdp.rate': 0.01 } };

describe('messageChannelGiveWay', () => {
	it('resolves each call in order', async () => {
		const giveWay = messageChannelGiveWay();
		const seen: number[] = [];
		await Promise.all([1, 2, 3].map((n) => giveWay().then(() => seen.push(n))));
		expect(seen).toEqual([1, 2, 3]);
	});

	it('lets a message that arrives during a run reach it: a cancel posted on another channel stops the run', async () => {
		const controller = new AbortController();
		const page = new MessageChannel();
		page.port1.onmessage = () => controller.abort();
		page.port2.postMessage('cancel');
		const result = await runMonteCarloAsync(
			{ model, uncertainty, samples: 1_000_000, signal: controller.signal },
			messageChannelGiveWay()
		);
		page.port1.close();
		expect(result).toEqual({
			ok: false,
			issues: [{ path: 'monteCarlo', code: 'monte-carlo-cancelled', params: {} }]
		});
	});

	it('changes nothing in the numbers: the async run with it equals the synchronous run', async () => {
		const options = { model, uncertainty, samples: 5000, seed: 7 };
		expect(await runMonteCarloAsync(options, messageChannelGiveWay())).toEqual(runMonteCarlo(options));
	});
});
