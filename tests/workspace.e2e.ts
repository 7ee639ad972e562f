import { describe, expect, it } from 'vitest';
import { compareMetrics, compareQuery, shapeCompare } from '../src/lib/queries/compare.ts';
import { loaded } from './support/agency-page.ts';
import { afterRuns, aheadDone, lastRuns } from './support/ahead.ts';
import { comboOptions } from './support/combo.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();

describe("the planner's workspace in Chromium", () => {
	it('links between pages keep the filters and the language; the table sort is in the URL', async () => {
		const { page, errors } = await openPage(site, `agencies/${KM2025}&lang=en`);
		await loaded(page, 'agencies');
		expect(await page.getAttribute('html', 'lang')).toBe('en');

		// Sorting by name puts the sort in the URL; a reload keeps it.
		await page.click('[data-panel=agencies] thead th:first-child button');
		await page.waitForURL(/sort=name\.asc/);
		await page.reload();
		await loaded(page, 'agencies');
		expect(await page.getAttribute('[data-panel=agencies] thead th:first-child', 'aria-sort')).toBe(
			'ascending'
		);

		// The menu link to the map carries program, regency, period and language (not the sort).
		const href = await page.getAttribute('header nav a[href*="/map/"]', 'href');
		const url = new URL(href!, site.server.origin);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			program: 'kenduren_mas',
			regency: '35.14',
			from: '2025-01-01',
			to: '2025-12-31',
			lang: 'en'
		});
		await page.click('header nav a[href*="/map/"]');
		await page.waitForURL(/\/map\/\?/);
		await page.waitForSelector('.boundary[data-status="ok"]', { timeout: 90_000 });
		expect(await page.inputValue('select[name=program]')).toBe('kenduren_mas');
		expect(await page.inputValue('input[name=from]')).toBe('2025-01-01');
		expect(await page.textContent('header nav')).toContain('Agencies');

		// Every agency row links to its agency page with the same filters.
		await page.click('header nav a[href*="/agencies/"]');
		await loaded(page, 'agencies');
		const link = await page.getAttribute(
			'[data-panel=agencies] tbody tr[data-row="PAS-DISPERTA"] a',
			'href'
		);
		expect(link).toMatch(/agencies\/detail\/\?.*from=2025-01-01.*agency=PAS-DISPERTA/);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('compares two kecamatan in three interactions from the overview, with figures equal to native DuckDB', async () => {
		const { page, errors } = await openPage(site, KM2025);
		await page.waitForSelector('.boundary[data-status="ok"] [data-panel=areas] tbody tr', {
			timeout: 90_000
		});
		const picks = page.locator('[data-panel=areas] tbody [data-pick]');
		const codes = [
			await picks.nth(0).getAttribute('data-pick'),
			await picks.nth(1).getAttribute('data-pick')
		] as string[];
		await picks.nth(0).check();
		await picks.nth(1).check();
		await page.click('[data-panel=areas] [data-action=compare]');
		await page.waitForURL(/\/compare\/\?/);
		await loaded(page, 'compare');
		expect(new URL(page.url()).searchParams.get('areas')).toBe(codes.join(','));

		const q = compareQuery(filtersOf(page.url(), site.lastDay), codes);
		const want = shapeCompare(await site.native.query(q.sql, q.params), codes);
		for (const id of ['visitors_per_1000', 'forwarded_resolved_pct', 'unanswered_pct']) {
			for (const a of want) {
				const got = await page.getAttribute(
					`[data-panel=compare] tr[data-metric=${id}] td[data-area="${a.code}"]`,
					'data-value'
				);
				const v = a.total[id] as number;
				expect(Math.abs(Number(got) - v), `${a.code} ${id}`).toBeLessThan(1e-9 * Math.max(1, v));
			}
		}
		expect(await page.locator('[data-panel=compare] tbody tr[data-metric]').count()).toBe(
			compareMetrics.length + 1
		);
		// Two kecamatan of one regency: each named by its name alone, in the table and the chips
		// (regression: "· Kab. Pasuruan" after every name though no two shown areas shared one).
		const rows = await site.native.query(
			'SELECT name FROM regions WHERE code = ? OR code = ?',
			codes
		);
		const names = rows.map((r) => String(r.name)).sort();
		expect(new Set(names).size).toBe(2);
		for (const at of ['[data-panel=compare] thead th[data-area]', '[data-chosen] li span'])
			await expect
				.poll(async () =>
					(await page.$$eval(at, (els) => els.map((e) => e.textContent!.trim()))).sort()
				)
				.toEqual(names);
		// A ranked area joins the comparison from the ranking's table: the top one ran ahead (the
		// ends of the ranking do, once it is shown), so it is answered from a kept result.
		await loaded(page, 'rank');
		await aheadDone(page, 'compare-add');
		await page.click('[data-panel=rank] summary');
		const top = page.locator('[data-panel=rank] [data-rank-table] tbody button >> nth=0');
		const added = (await top.locator('xpath=ancestor::tr').getAttribute('data-code'))!;
		await afterRuns(page, ['compare'], () => top.click());
		expect(await lastRuns(page, ['compare'])).toEqual([{ cached: true }]);
		expect(new URL(page.url()).searchParams.get('areas')).toBe([...codes, added].join(','));
		await loaded(page, 'compare');
		expect(await page.locator('[data-chosen] li').count()).toBe(3);
		const q3 = compareQuery(filtersOf(page.url(), site.lastDay), [...codes, added]);
		const third = shapeCompare(await site.native.query(q3.sql, q3.params), [...codes, added])[2]!;
		const v = third.total.visitors_per_1000 as number;
		const cell = `[data-panel=compare] tr[data-metric=visitors_per_1000] td[data-area="${added}"]`;
		await expect
			.poll(async () => Math.abs(Number(await page.getAttribute(cell, 'data-value')) - v), {
				timeout: 10_000
			})
			.toBeLessThan(1e-9 * Math.max(1, v));
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('no two agencies or villages in a list look the same', async () => {
		const { page } = await openPage(site, 'map/?regency=35.14&level=village');
		await page.waitForSelector('[data-area-list] tbody tr', { timeout: 90_000 });
		await page.click('[data-combo=agency]');
		await page.waitForFunction(
			() => document.querySelectorAll('[data-combo=agency] ~ ul [data-value]').length > 10
		);
		const agencies = (await comboOptions(page, 'agency')).map(([, text]) => text);
		expect(new Set(agencies).size).toBe(agencies.length);
		const villages = await page.$$eval('[data-area-list] tbody td:first-child', (tds) =>
			tds.map((t) => t.textContent!.trim())
		);
		expect(villages.length).toBeGreaterThan(100);
		expect(new Set(villages).size).toBe(villages.length);
		await page.context().close();
	});

	it('with all data there is no previous period to compare with, and the page says so', async () => {
		const { page } = await openPage(site, '?lang=en');
		await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 90_000 });
		await page.click('[data-preset=all]');
		await page.waitForURL((u) => u.searchParams.has('from'));
		await page.waitForSelector('.period:has-text("no comparison")', { timeout: 60_000 });
		expect(await page.getAttribute('[data-kpi=requests]', 'data-previous')).toBe('');
		await page.context().close();
	});
});
