import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { agencyColumnGroups } from '../src/lib/components/agency-columns.ts';
import { agencyMetrics } from '../src/lib/queries/agency-metrics.ts';
import { agencyTableQuery, shapeAgencies } from '../src/lib/queries/agencies.ts';
import { agencyTrendQuery } from '../src/lib/queries/agency-detail.ts';
import { ARTIFACTS, loaded } from './support/agency-page.ts';
import { afterRuns, aheadDone, focusLastChoice, lastRuns } from './support/ahead.ts';
import { downloadBytes } from './support/download.ts';
import { filtersOf, goInApp, openPage, useSite, type OpenedPage } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();
beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
});

async function nativeAgencies(search: string) {
	const f = filtersOf(search, site.lastDay);
	const q = agencyTableQuery(f, site.lastDay);
	return shapeAgencies(await site.native.query(q.sql, q.params));
}

/** The agency table's rows on the page, by code: each cell's `data-value` by column. */
function shownAgencies(page: Page) {
	return page.$$eval('[data-panel=agencies] tbody tr', (trs) =>
		trs.map((tr) => ({
			code: tr.getAttribute('data-row'),
			cells: Object.fromEntries(
				[...tr.querySelectorAll('td')].map((td) => [
					td.getAttribute('data-col'),
					td.getAttribute('data-value')
				])
			)
		}))
	);
}

/** Checks every agency's shown figures against native DuckDB for the page's URL. */
async function expectAsNative(page: Page) {
	const want = await nativeAgencies(new URL(page.url()).search);
	expect(want.length).toBeGreaterThan(5);
	const shown = await shownAgencies(page);
	expect(shown.map((r) => r.code).sort()).toEqual(want.map((r) => r.code).sort());
	for (const w of want) {
		const got = shown.find((r) => r.code === w.code)!.cells;
		for (const m of agencyMetrics) {
			const v = w.cur[m.id] as number | null;
			const g = got[m.id];
			if (v === null) expect(g, `${w.code} ${m.id}`).toBe('');
			else expect(Math.abs(Number(g) - v), `${w.code} ${m.id}`).toBeLessThan(1e-9 * Math.max(1, v));
		}
	}
	return { want, shown };
}

describe('agencies page in Chromium', () => {
	it('shows every agency with figures equal to native DuckDB, and a CSV equal to the table', async () => {
		const { page, errors } = await openPage(
			site,
			`agencies/${KM2025}&cols=attendance,requests,timeliness`
		);
		await loaded(page, 'agencies');
		const { want, shown } = await expectAsNative(page);
		// Planted: Dispusip and BPBD skip events; Disperta and Disperindag leave questions unanswered.
		const absences = (c: string) => Number(shown.find((r) => r.code === c)!.cells.absences);
		expect(absences('PAS-DISPUSIP')).toBeGreaterThan(absences('PAS-DISDUKCAPIL'));
		expect(Number(shown.find((r) => r.code === 'PAS-DISPERTA')!.cells.unanswered)).toBeGreaterThan(
			0
		);

		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-panel=agencies] [data-action=download-csv]')
		]);
		const text = (await downloadBytes(csv)).toString('utf8').replace(/^\ufeff/, '');
		const lines = text.trim().split('\r\n');
		const headers = await page.$$eval('[data-panel=agencies] thead th', (ths) =>
			ths.map((th) => th.textContent!.replace(/ [▲▼]$/, '').trim())
		);
		expect(lines[0]!.split(',')).toEqual(headers);
		const rows = await page.$$eval('[data-panel=agencies] tbody tr', (trs) =>
			trs.map((tr) => tr.querySelector('td')!.textContent!.trim())
		);
		expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(rows);
		expect(lines.length - 1).toBe(want.length);
		// One regency shown: every name is the agency's short name, none says its regency (regression:
		// "· Kab. Pasuruan" after the agencies whose short name another regency's agency shares).
		// The names are final once the agency choices are loaded.
		await page.waitForSelector('[data-panel=agencies][data-names-final=true]');
		const names = await page.$$eval('[data-panel=agencies] tbody tr', (trs) =>
			trs.map((tr) => tr.querySelector('td')!.textContent!.trim())
		);
		expect(names.sort()).toEqual(want.map((w) => w.short_name).sort());

		await page.screenshot({ path: `${ARTIFACTS}/agencies.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('runs ahead while still: a period button and the last kecamatan of the focused dropdown answered at once, figures as native', async () => {
		const { page, errors } = await openPage(
			site,
			`agencies/${KM2025}&cols=attendance,requests,timeliness`
		);
		await loaded(page, 'agencies');
		await aheadDone(page, 'agencies');
		const labels = ['agencies', 'attendance-matrix'];
		await afterRuns(page, labels, () => page.click('[data-preset="all"]'));
		await loaded(page, 'agencies');
		expect(await lastRuns(page, labels)).toEqual([{ cached: true }, { cached: true }]);
		await expectAsNative(page);
		// The kecamatan dropdown focused: its choices run ahead, the last one among them.
		const district = await focusLastChoice(page, 'agencies', 'district', 2);
		await afterRuns(page, ['agencies'], () => page.selectOption('select[name=district]', district));
		await loaded(page, 'agencies');
		expect(new URL(page.url()).searchParams.get('district')).toBe(district);
		expect(await lastRuns(page, ['agencies'])).toEqual([{ cached: true }]);
		await expectAsNative(page);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('chooses column groups in the URL; the name column and header stay; every row links; the attendance matrix has a legend', async () => {
		const { page, errors } = await openPage(site, `agencies/${KM2025}&sort=absences.desc`);
		await loaded(page, 'agencies');
		const table = '[data-panel=agencies]';
		const cols = () =>
			page.$$eval(`${table} tbody tr:first-child td`, (tds) =>
				tds.map((td) => td.getAttribute('data-col'))
			);
		const group = (g: keyof typeof agencyColumnGroups) => [...agencyColumnGroups[g]];
		// By default: attendance and requests, no timeliness.
		const first = await cols();
		expect(first).toEqual(expect.arrayContaining([...group('attendance'), ...group('requests')]));
		expect(first.filter((c) => group('timeliness').includes(c as never))).toEqual([]);
		await page.check(`${table} input[name=cols][value=timeliness]`);
		await page.waitForURL((u) => u.searchParams.get('cols') === 'attendance,requests,timeliness');
		await page.uncheck(`${table} input[name=cols][value=attendance]`);
		await page.waitForURL((u) => u.searchParams.get('cols') === 'requests,timeliness');
		expect(new URL(page.url()).searchParams.get('sort')).toBe('absences.desc');
		const now = await cols();
		expect(now).toEqual(expect.arrayContaining(group('timeliness')));
		expect(now.filter((c) => group('attendance').includes(c as never))).toEqual([]);
		// The timeliness figures equal native DuckDB's.
		const want = await nativeAgencies(KM2025);
		const shown = await page.$$eval(`${table} tbody tr`, (trs) =>
			trs.map((tr) => [
				tr.getAttribute('data-row')!,
				tr.querySelector('td[data-col=median_days_to_resolve]')!.getAttribute('data-value'),
				tr.querySelector('td a')!.getAttribute('href')
			])
		);
		expect(shown.length).toBe(want.length);
		for (const [code, median, href] of shown) {
			const v = want.find((w) => w.code === code)!.cur.median_days_to_resolve;
			expect(median === '' ? null : Number(median), code!).toBe(v ?? null);
			// Every row links to its agency page, with the filters.
			expect(href).toMatch(new RegExp(`agencies/detail/\\?.*agency=${code}`));
		}
		// The name column and the header stay in view when the table scrolls.
		const sticky = await page.$eval(
			`${table} tbody td.first`,
			(td) => getComputedStyle(td).position
		);
		const head = await page.$eval(`${table} thead th`, (th) => getComputedStyle(th).position);
		expect([sticky, head]).toEqual(['sticky', 'sticky']);
		await page.screenshot({ path: `${ARTIFACTS}/agencies-columns.png` });
		// The attendance matrix on the same page: a legend, absences titled with their date.
		await loaded(page, 'matrix');
		expect(await page.locator('[data-panel=matrix] [data-agency]').count()).toBeGreaterThan(5);
		const absent = page.locator('[data-panel=matrix] [data-status=absent]');
		expect(await absent.count()).toBeGreaterThan(0);
		expect(await page.locator('[data-panel=matrix] .legend li').count()).toBe(5);
		expect(await absent.first().getAttribute('title')).toMatch(/2025/);
		// A tap names the cell below the grid (no hover on a phone); the arrow keys move on.
		await absent.first().click();
		const picked = page.locator('[data-panel=matrix] [data-picked]');
		expect(await picked.textContent()).toBe(await absent.first().getAttribute('title'));
		const at = (await absent.first().getAttribute('data-at'))!.split(',').map(Number);
		await page.keyboard.press('ArrowRight');
		const next = page.locator(`[data-panel=matrix] [data-at="${at[0]},${at[1]! + 1}"]`);
		expect(await picked.textContent()).toBe(await next.getAttribute('title'));
		expect(await next.evaluate((e) => e.classList.contains('cursor'))).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a row opens the agency page with its trend and its table, services, villages, backlog and the median', async () => {
		const { page, errors } = await openPage(
			site,
			`agencies/${KM2025}&cols=attendance,requests,timeliness`
		);
		await loaded(page, 'agencies');
		await page.click('[data-panel=agencies] tbody tr[data-row="PAS-DISPERTA"] td a');
		await page.waitForURL(/agencies\/detail\/\?.*agency=PAS-DISPERTA/);
		await page.waitForSelector('h1[data-agency="PAS-DISPERTA"]', { timeout: 90_000 });
		await page.waitForSelector('[data-panel=services] tbody tr', { timeout: 60_000 });
		await page.waitForSelector('[data-panel=villages] tbody tr', { timeout: 60_000 });
		expect(await page.locator('[data-panel=backlog] tr[data-bucket]').count()).toBe(5);
		const want = (await nativeAgencies(KM2025)).find((r) => r.code === 'PAS-DISPERTA')!;
		const shown = await page.getAttribute(
			'[data-panel=median] tr[data-metric=unanswered]',
			'data-value'
		);
		expect(Number(shown)).toBe(want.cur.unanswered);
		expect(new URL(page.url()).searchParams.get('from')).toBe('2025-01-01');
		// The trend chart has its table: every month's two rates as native DuckDB gives them.
		const trend = agencyTrendQuery(filtersOf(KM2025, site.lastDay), 'PAS-DISPERTA');
		const months = await site.native.query(trend.sql, trend.params);
		await page.click('[data-panel=trend] [data-trend-table] summary');
		const rows = await page.$$eval('[data-panel=trend] [data-trend-table] tbody tr', (trs) =>
			trs.map((tr) => [
				tr.getAttribute('data-month'),
				...[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value'))
			])
		);
		const num = (v: unknown) => (v === null || v === undefined ? '' : String(Number(v)));
		expect(rows.length).toBeGreaterThan(0);
		expect(rows).toEqual(
			months.map((m) => [String(m.month), num(m.attendance_rate), num(m.forwarded_resolved_pct)])
		);
		await page.waitForTimeout(500);
		await page.screenshot({ path: `${ARTIFACTS}/agency-detail.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('an unknown or invalid agency says "not found" and runs none of its queries', async () => {
		// The first opened, the others reached as by a link; then a known agency, whose statements
		// must show up (so the check can see them): none of them before it, once all have run.
		let opened: OpenedPage | undefined;
		for (const agency of ['NO-SUCH-AGENCY', '<b>x</b>', '']) {
			const path = `agencies/detail/${KM2025}&agency=${encodeURIComponent(agency)}`;
			if (opened) await goInApp(site, opened.page, path);
			else opened = await openPage(site, path);
			await opened.page.waitForSelector('[data-agency-missing]', { timeout: 90_000 });
			expect(await opened.page.locator('[data-query=agency]').count()).toBe(0);
		}
		const { page, errors } = opened!;
		await page.waitForFunction(() => performance.getEntriesByName('jb:engine-ready').length);
		const known = await page.evaluate(() => performance.now());
		await goInApp(site, page, `agencies/detail/${KM2025}&agency=PAS-DISPERTA`);
		const agencyRuns = () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('measure')
					.filter((e) => e.name.startsWith('jb:sql:agency-'))
					.map((e) => e.startTime)
			);
		await expect
			.poll(async () => (await agencyRuns()).length, { timeout: 60_000 })
			.toBeGreaterThan(0);
		expect((await agencyRuns()).filter((t) => t < known)).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
