import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useSite } from './support/site.ts';

const site = useSite();

/** Every figure a page shows: KPI cards and table cells with their raw values, in page order. */
function figures(page: Page): Promise<string[]> {
	return page.$$eval('[data-kpi], [data-col]', (els) =>
		els.map(
			(e) =>
				`${e.hasAttribute('data-kpi') ? `kpi:${e.getAttribute('data-kpi')}` : e.getAttribute('data-col')}=${e.getAttribute('data-value') ?? e.textContent?.trim()}`
		)
	);
}

/**
 * Opens `path` with the engine held back (the data manifest waits), reads the figures the build
 * computed, lets the engine load and reads them again.
 */
async function beforeAndAfterEngine(path: string, boundary: string) {
	let release = () => {};
	const held = new Promise<void>((ok) => (release = ok));
	const fetched: string[] = [];
	const { page, errors } = await openPage(site, path, async (p) => {
		p.context().on('request', (r) => fetched.push(r.url()));
		await p.route('**/data/manifest.json', async (route) => {
			await held;
			await route.continue();
		});
	});
	// Notes any loading state of the page's boundaries once the first view is shown (a flicker).
	await page.waitForSelector(`${boundary}[data-origin="prerendered"][data-status="ok"]`, {
		timeout: 30_000
	});
	expect(await page.getAttribute('main', 'data-ready')).toBe('false');
	await page.evaluate((sel) => {
		const first = document.querySelector(sel);
		const w = window as unknown as { __flicker: string[] };
		w.__flicker = [];
		new MutationObserver((ms) => {
			for (const m of ms) {
				const el = m.target as HTMLElement;
				if (el === first && el.dataset.status !== 'ok') w.__flicker.push(el.dataset.status ?? '');
			}
		}).observe(document.body, {
			attributes: true,
			subtree: true,
			attributeFilter: ['data-status']
		});
	}, boundary);
	const before = await figures(page);
	release();
	await page.waitForSelector(`${boundary}[data-origin="engine"][data-status="ok"]`, {
		timeout: 90_000
	});
	await page.waitForSelector('main[data-ready="true"]');
	const after = await figures(page);
	const flicker = await page.evaluate(
		() => (window as unknown as { __flicker: string[] }).__flicker
	);
	await page.context().close();
	return { before, after, flicker, errors, fetched };
}

describe('first view computed at build time', () => {
	it('overview: the prerendered KPIs and tables are what the engine computes, with no flicker', async () => {
		const r = await beforeAndAfterEngine('', '.boundary');
		expect(r.before.filter((f) => f.startsWith('kpi:')).length).toBe(12);
		expect(r.before).toContainEqual(expect.stringMatching(/^kpi:requests=\d+$/));
		expect(r.before.length).toBeGreaterThan(12);
		expect(r.after).toEqual(r.before);
		expect(r.flicker).toEqual([]);
		// The dashboard downloads the compact analytics files, never the full one with raw rows.
		expect(r.fetched.some((u) => /\/data\/analytics\.[0-9a-f]+\.duckdb\.zst$/.test(u))).toBe(true);
		expect(r.fetched.filter((u) => u.endsWith('/jemput-bola.duckdb'))).toEqual([]);
		// duckdb-wasm's worker script travels as its gzipped copy, on any host: one fetch per
		// engine (the second engine, once the page is idle, finds it in the browser's cache on a
		// host that marks `_app/immutable/` immutable, as the network bench's server does).
		const script = (u: string) => /\/duckdb-browser-[a-z]+\.worker\.[^/]+\.js(\.gz)?$/.test(u);
		const scripts = r.fetched.filter(script);
		expect(scripts.length).toBeGreaterThanOrEqual(1);
		expect(scripts.length).toBeLessThanOrEqual(2);
		expect(scripts.every((u) => u.endsWith('.gz'))).toBe(true);
		expect(r.errors).toEqual([]);
	});

	it('requests: the prerendered lifecycle and backlog are what the engine computes', async () => {
		const r = await beforeAndAfterEngine(
			'requests/',
			'[data-query="requests-breakdown"] .boundary'
		);
		expect(r.before.length).toBeGreaterThan(20);
		expect(r.after).toEqual(r.before);
		expect(r.flicker).toEqual([]);
		expect(r.errors).toEqual([]);
	});

	it('proposals and aid: the prerendered funnel and aid per village are what the engine computes', async () => {
		for (const [path, boundary] of [
			['proposals/', '[data-query="proposal-funnel"] .boundary'],
			['aid/', '[data-query="aid-villages"] .boundary']
		] as const) {
			const r = await beforeAndAfterEngine(path, boundary);
			expect(r.before.length, path).toBeGreaterThan(10);
			expect(r.after, path).toEqual(r.before);
			expect(r.flicker, path).toEqual([]);
			expect(r.errors, path).toEqual([]);
		}
	});

	it('agencies: the prerendered agency table is what the engine computes', async () => {
		const r = await beforeAndAfterEngine('agencies/', '[data-query="agencies"] .boundary');
		expect(r.before.length).toBeGreaterThan(20);
		expect(r.after).toEqual(r.before);
		expect(r.errors).toEqual([]);
	});
});
