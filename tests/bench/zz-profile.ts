import { launch, pageWithCores, serve } from './browser-setup';
import { dragWatchingProbability } from '../e2e/drag';
async function main() {
const server = await serve(4302, process.env.BUILD_DIR);
const browser = await launch();
try {
	const page = await pageWithCores(browser, 2);
	await page.goto('http://127.0.0.1:4302/');
	await page.waitForSelector('main[data-result-version]:not([data-result-version="0"])', { timeout: 30_000 });
	const panel = page.getByTestId('monte-carlo').first();
	await panel.getByTestId('mc-run').click();
	await page.waitForSelector('[data-testid="monte-carlo"][data-mc-status="done"]', { timeout: 60_000 });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const t0 = Date.now();
	const trace = await dragWatchingProbability(page, { key: 'finance_value_added.rate', target: 'finance_value_added_growth', from: 7, to: 13, moves: 120, everyMs: 16 });
	const wall = Date.now() - t0;
	const { profile } = await cdp.send('Profiler.stop');
	console.log('drag wall ms', wall, 'inputs', trace.inputs.length, 'last input at', Math.round(trace.inputs.at(-1)!), 'landings', trace.landings.length);
	const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
	const self = new Map<string, number>();
	const dt = profile.timeDeltas as number[];
	profile.samples.forEach((id: number, k: number) => {
		const n: any = byId.get(id)!;
		const cf = n.callFrame;
		const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
	});
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const idle = self.get('(idle) :-1') ?? 0;
	console.log('profile ms', total.toFixed(0), 'idle', idle.toFixed(0), 'busy', (total - idle).toFixed(0));
	for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k);
} finally { await browser.close(); server.kill(); }
}
void main();
