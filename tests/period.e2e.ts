import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDate } from '../src/lib/i18n/format.ts';
import { messages } from '../src/lib/i18n/messages.ts';
import { extentQuery } from '../src/lib/queries/options.ts';
import { lastMonth, partialMonths, thisQuarter } from '../src/lib/queries/period.ts';
import { requestsAsNative } from './support/overview-native.ts';
import { filtersOf, goInApp, openPage, useSite } from './support/site.ts';

const site = useSite();

/** The months the trend table marks partial. */
const partialRows = (page: Page) =>
	page.$$eval('[data-trend-table] tr[data-partial]', (rs) =>
		rs.map((r) => r.getAttribute('data-month'))
	);

describe('the period in the interface language in Chromium', () => {
	it('writes and reads dates as the UI does, marks partial months and offers last month', async () => {
		const { page, errors } = await openPage(site, '?lang=en');
		await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 90_000 });
		const f = filtersOf(page.url(), site.lastDay);
		expect(await page.inputValue('[data-date=from]')).toBe(formatDate('en', f.from));
		const [extent] = await site.native.query(extentQuery().sql);
		const want = partialMonths(f.from, f.to, String(extent!.first_day), site.lastDay);
		expect(await partialRows(page)).toEqual([...want.keys()]);
		if (want.size > 0) expect(await page.textContent('[data-partial-note]')).toContain('partial');

		// An impossible date is said, not applied.
		await page.fill('[data-date=from]', '31/02/2025');
		await page.press('[data-date=from]', 'Enter');
		await page.waitForSelector('[data-date=from][aria-invalid=true]');
		expect(new URL(page.url()).searchParams.has('from')).toBe(false);
		// Day first, as the UI writes it.
		await page.fill('[data-date=from]', '01/03/2025');
		await page.press('[data-date=from]', 'Enter');
		await page.waitForURL((u) => u.searchParams.get('from') === '2025-03-01');
		expect(await page.inputValue('[data-date=from]')).toBe(formatDate('en', '2025-03-01'));
		expect(await page.inputValue('input[name=from]')).toBe('2025-03-01');

		await page.click('[data-preset=last-month]');
		const last = lastMonth(site.lastDay);
		await page.waitForURL((u) => u.searchParams.get('from') === last.from);
		expect(new URL(page.url()).searchParams.get('to')).toBe(last.to);
		await requestsAsNative(site, page);
		expect(await partialRows(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('in Indonesian: this quarter, with dates written the Indonesian way; a period outside the data says so', async () => {
		const { page } = await openPage(site);
		await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 90_000 });
		expect(await page.textContent('[data-preset=last-month]')).toContain('Bulan lalu');
		await page.click('[data-preset=this-quarter]');
		const q = thisQuarter(site.lastDay);
		await page.waitForURL((u) => u.searchParams.get('from') === q.from);
		expect(await page.inputValue('[data-date=from]')).toBe(formatDate('id', q.from));
		expect(await page.inputValue('[data-date=to]')).toBe(formatDate('id', q.to));
		await requestsAsNative(site, page);

		// A period wholly after the data (a shared or typed URL): said once, in words, with a way
		// back; the cards say there is no data in it, not that the previous period lacks it.
		await goInApp(site, page, '?program=bunga_kampung&from=2030-01-01&to=2030-12-31');
		const notice = page.locator('[data-period-outside]');
		await notice.waitFor();
		const [extent] = await site.native.query(extentQuery().sql);
		expect(await notice.textContent()).toContain(
			`data mencakup ${formatDate('id', String(extent!.first_day))} – ${formatDate('id', site.lastDay)}`
		);
		await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]');
		expect(await page.textContent('[data-kpi=requests] .change')).toContain(
			messages.id.period_outside_short
		);
		expect(await page.locator('[data-panel=areas] tbody tr[data-empty]').count()).toBe(1);
		await page.click('[data-action=latest-period]');
		await page.waitForURL((u) => !u.searchParams.has('from') && !u.searchParams.has('to'));
		await notice.waitFor({ state: 'detached' });
		await requestsAsNative(site, page);
		await page.context().close();
	});
});
