import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

const site = useSite();

function kpis(page: Page): Promise<string[]> {
	return page.$$eval('[data-kpi]', (els) =>
		els.map((e) => `${e.getAttribute('data-kpi')}=${e.getAttribute('data-value')}`)
	);
}

describe('second visit', () => {
	it('opens from the cache with the network off: same figures, engine and data from the cache', async () => {
		const context = await site.browser.newContext({ serviceWorkers: 'allow' });
		const requested: string[] = [];
		context.on('request', (r) => requested.push(new URL(r.url()).pathname));
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(site.server.url);
		await page.waitForSelector('main[data-ready="true"]', { timeout: 90_000 });
		await page.waitForSelector('.boundary[data-origin="engine"][data-status="ok"]');
		const online = await kpis(page);
		// The service worker took control, and the page kept the engine and the data file.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
			timeout: 30_000
		});
		// It installed the app shell: the files the page had loaded from the HTTP cache, the others
		// from the gzipped copies the build writes, gunzipped, with each file's content type (a host
		// that compresses nothing still sends the shell small).
		const shell = await page.evaluate(async () => {
			const c = await caches.open((await caches.keys()).find((k) => k.startsWith('jb-shell-'))!);
			return Promise.all(
				(await c.keys()).map(async (k) => {
					const r = (await c.match(k))!;
					return { path: new URL(k.url).pathname, type: r.headers.get('content-type') };
				})
			);
		});
		const scripts = shell.filter((f) => f.path.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(5);
		const gzipped = scripts.filter((f) => requested.includes(`${f.path}.gz`));
		expect(gzipped.length).toBeGreaterThan(0);
		expect(gzipped.length).toBeLessThan(scripts.length);
		for (const f of scripts) {
			expect(f.type).toMatch(/javascript/);
			expect(requested).toContain(gzipped.includes(f) ? `${f.path}.gz` : f.path);
		}
		await page.waitForFunction(
			async () => {
				const keys = await (await caches.open('jb-assets')).keys();
				return (
					keys.some((k) => /analytics\.[0-9a-f]+\.duckdb\.zst$/.test(k.url)) &&
					keys.some((k) => /analytics-more\.[0-9a-f]+\.duckdb\.zst$/.test(k.url)) &&
					keys.some((k) => /\.wasm$/.test(k.url))
				);
			},
			null,
			{ timeout: 30_000, polling: 250 }
		);

		await context.setOffline(true);
		const fromNetwork: string[] = [];
		page.on('response', (r) => {
			if (!r.fromServiceWorker()) fromNetwork.push(r.url());
		});
		await page.reload();
		await page.waitForSelector('main[data-ready="true"]', { timeout: 90_000 });
		await page.waitForSelector('.boundary[data-origin="engine"][data-status="ok"]');
		expect(await kpis(page)).toEqual(online);
		expect(online.length).toBe(12);
		expect(fromNetwork.filter((u) => u.startsWith(site.server.origin))).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
