import type { Page } from 'playwright-core';
import { overviewQuery, splitOverview } from '../../src/lib/queries/overview.ts';
import { filtersOf, type Site } from './site.ts';

/** Waits until the overview's requests card shows native DuckDB's figure for the page's URL. */
export async function requestsAsNative(site: Site, page: Page): Promise<void> {
	const q = overviewQuery(filtersOf(page.url(), site.lastDay));
	const want = Number(splitOverview(await site.native.query(q.sql, q.params)).current.requests);
	await page.waitForFunction(
		(n) =>
			document.querySelector('.boundary')?.getAttribute('data-status') === 'ok' &&
			Number(document.querySelector('[data-kpi=requests]')?.getAttribute('data-value')) === n,
		want,
		{ timeout: 60_000 }
	);
}
