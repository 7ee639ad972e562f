import type { Browser, Page } from 'playwright-core';
import type { ThrottledHost } from './throttle-server';

/** One visit through the throttled host. */
export interface VisitResult {
	/** Bytes over the wire (bodies and headers) from navigation to interactive. */
	bytes: number;
	requests: number;
	/** First KPI card with a value painted, ms from navigation start. */
	firstKpiMs: number;
	/** The engine's overview result rendered (filters work), ms from navigation start. */
	interactiveMs: number;
	/** Start-up marks of the page (`jb:*`), ms from navigation start. */
	phases: Record<string, number>;
	/** Bytes over the wire once every analytics file is attached (the second comes after interactive). */
	allBytes: number;
	/** Every analytics file attached, ms from navigation start. */
	allMs: number;
}

/** Notes when the first KPI with a value is painted, as `window.__jbFirstKpi` (an init script). */
const firstKpiScript = `(() => {
	const seen = () => document.querySelector('[data-kpi][data-value]:not([data-value=""])');
	const obs = new MutationObserver(() => {
		if (window.__jbFirstKpi === undefined && seen()) {
			window.__jbFirstKpi = null;
			requestAnimationFrame(() => (window.__jbFirstKpi = performance.now()));
			obs.disconnect();
		}
	});
	obs.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function visit(page: Page, host: ThrottledHost, timeoutMs: number): Promise<VisitResult> {
	host.resetCounters();
	await page.goto(host.url, { waitUntil: 'commit', timeout: timeoutMs });
	await page.waitForFunction(
		() =>
			performance.getEntriesByName('jb:overview-rendered').length > 0 ||
			document.querySelector('[data-load=error], .boundary[data-status=error]') !== null,
		null,
		{ timeout: timeoutMs, polling: 100 }
	);
	const t = await page.evaluate(() => ({
		kpi: (window as unknown as { __jbFirstKpi?: number }).__jbFirstKpi ?? NaN,
		ready: performance.getEntriesByName('jb:overview-rendered')[0]?.startTime ?? NaN,
		phases: Object.fromEntries(
			performance
				.getEntriesByType('mark')
				.filter((m) => m.name.startsWith('jb:'))
				.map((m) => [m.name.slice(3), Math.round(m.startTime)])
		),
		error: document.querySelector('[data-load=error], .boundary[data-status=error]')?.textContent
	}));
	if (t.error) throw new Error(`page failed: ${t.error.trim()}`);
	const bytes = host.bytes();
	const requests = host.requests();
	// The second analytics file arrives after the page is interactive: wait for it too.
	await page.waitForFunction(
		() => performance.getEntriesByName('jb:more-attached').length > 0,
		null,
		{
			timeout: timeoutMs,
			polling: 100
		}
	);
	const allMs = await page.evaluate(
		() => performance.getEntriesByName('jb:more-attached')[0]?.startTime ?? NaN
	);
	return {
		bytes,
		requests,
		firstKpiMs: t.kpi,
		interactiveMs: t.ready,
		phases: t.phases,
		allBytes: host.bytes(),
		allMs
	};
}

/**
 * A cold visit in a fresh context (empty HTTP cache, no service worker), then a warm visit: a
 * new tab in the same context after the first one settled, as a user coming back.
 */
export async function coldAndWarm(
	browser: Browser,
	host: ThrottledHost,
	timeoutMs: number,
	warmToo = true
): Promise<{ cold: VisitResult; warm: VisitResult | null }> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	try {
		await context.addInitScript(firstKpiScript);
		const first = await context.newPage();
		const cold = await visit(first, host, timeoutMs);
		if (!warmToo) return { cold, warm: null };
		// Let a service worker finish caching what the first visit fetched.
		await first.waitForTimeout(2000);
		await first.close();
		const second = await context.newPage();
		const warm = await visit(second, host, timeoutMs);
		return { cold, warm };
	} finally {
		await context.close();
	}
}
