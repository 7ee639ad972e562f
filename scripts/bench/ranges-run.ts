import type { Browser } from 'playwright-core';
import type { RangesConfig, RangesTimes } from './ranges-harness';
import type { ThrottledHost } from './throttle-server';

/** What one step cost: its time, and the data files' bytes and requests it put on the wire. */
export interface StepCost {
	ms: number;
	dataBytes: number;
	dataRequests: number;
}

/** One cold visit of the harness page. */
export interface RangesVisit {
	/** Everything on the wire up to the first result (page, scripts, wasm, data). */
	bytes: number;
	requests: number;
	/** ms from navigation start. */
	engineReadyMs: number;
	attachedMs: number;
	/** `first`: ms from navigation start to the first view's last result; others: the step's own. */
	steps: Record<string, StepCost>;
}

const isData = (path: string) => /\/data\/analytics/.test(path);

/** Opens the harness in a fresh context (cold cache) through `host` and reads every step's cost. */
export async function visitRanges(
	browser: Browser,
	host: ThrottledHost,
	config: RangesConfig,
	timeoutMs: number
): Promise<RangesVisit> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(`window.__jbRanges = ${JSON.stringify(config)};`);
		const page = await context.newPage();
		const marks: Record<string, { bytes: number; requests: number; served: number }> = {};
		await page.exposeFunction('jbCheckpoint', (name: string) => {
			marks[name] = {
				bytes: host.bytes(),
				requests: host.requests(),
				served: host.served().length
			};
		});
		host.resetCounters();
		await page.goto(`${host.url}bench/`, { waitUntil: 'commit', timeout: timeoutMs });
		await page.waitForFunction(() => '__jbRangesDone' in window, null, {
			timeout: timeoutMs,
			polling: 100
		});
		const done = await page.evaluate(
			() =>
				(window as unknown as { __jbRangesDone: RangesTimes | { error: string } }).__jbRangesDone
		);
		if ('error' in done) throw new Error(`harness (${config.mode}): ${done.error}`);
		const served = host.served();
		const steps: Record<string, StepCost> = {};
		let from = 0;
		for (const step of config.steps) {
			const t = done.steps[step.name]!;
			const to = marks[step.name]!.served;
			const data = served.slice(from, to).filter((s) => isData(s.path));
			steps[step.name] = {
				ms: step.name === 'first' ? t.end : t.end - t.start,
				dataBytes: data.reduce((a, s) => a + s.bytes, 0),
				dataRequests: data.length
			};
			from = to;
		}
		const first = marks[config.steps[0]!.name]!;
		return {
			bytes: first.bytes,
			requests: first.requests,
			engineReadyMs: done.engineReady,
			attachedMs: done.attached,
			steps
		};
	} finally {
		await context.close();
	}
}
