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
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
	const trace = await dragWatchingProbability(page, { key: 'finance_value_added.rate', target: 'finance_value_added_growth', from: 7, to: 13, moves: Number(process.env.MOVES ?? 120), everyMs: 16 });
	const buf = await browser.stopTracing();
	console.log('last input at', Math.round(trace.inputs.at(-1)!), 'landings', trace.landings.length, 'changes', trace.changes.length);
	const events = JSON.parse(buf.toString()).traceEvents as any[];
	// main thread: the thread named CrRendererMain
	const names = events.filter((e) => e.name === 'thread_name');
	const threads = new Map(names.map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
	const sum = new Map<string, { ms: number; n: number }>();
	for (const e of events) {
		if (e.ph !== 'X' || !e.dur) continue;
		const th = threads.get(`${e.pid}:${e.tid}`) ?? '?';
		const key = `${th} | ${e.name}`;
		const s = sum.get(key) ?? { ms: 0, n: 0 };
		s.ms += e.dur / 1000; s.n++;
		sum.set(key, s);
	}
	const lay = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
	for (const e of lay.slice(0, 6)) console.log('Layout', (e.dur/1000).toFixed(1), JSON.stringify(e.args.beginData), JSON.stringify(e.args.endData?.layoutRoots?.length));
	const pt = events.filter((e) => e.name === 'Paint' && e.ph === 'X');
	const byNode = new Map<string, { ms: number; n: number }>();
	for (const e of pt) { const k = `${e.args.data?.nodeId} ${JSON.stringify(e.args.data?.clip?.slice(0,2))}`; const s = byNode.get(k) ?? { ms: 0, n: 0 }; s.ms += e.dur / 1000; s.n++; byNode.set(k, s); }
	for (const [k, v] of [...byNode].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) console.log('Paint', v.ms.toFixed(1), v.n, k);
	for (const [k, v] of [...sum].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) console.log(v.ms.toFixed(1).padStart(9), String(v.n).padStart(6), k);
} finally { await browser.close(); server.kill(); }
}
void main();
