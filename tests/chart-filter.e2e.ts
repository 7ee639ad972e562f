import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { backlogByAgencyQuery, requestBreakdownQuery } from '../src/lib/queries/requests.ts';
import { loaded } from './support/agency-page.ts';
import { afterRuns, aheadDone, lastRuns } from './support/ahead.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();
const lifecycle = '[data-panel=lifecycle]';

/** Row key -> requests received, as the lifecycle table shows them. */
async function shown(page: Page): Promise<Map<string, number>> {
	const rows = await page.$$eval(`${lifecycle} tbody tr`, (trs) =>
		trs.map((tr) => [
			tr.getAttribute('data-row')!,
			Number(tr.querySelector('td[data-col=n]')!.getAttribute('data-value'))
		])
	);
	return new Map(rows as [string, number][]);
}

/** Row key -> requests received of a breakdown, by native DuckDB for the filters of `url`. */
async function native(url: string, by: 'agency' | 'service'): Promise<Map<string, number>> {
	const q = requestBreakdownQuery(filtersOf(url, site.lastDay), by);
	const rows = await site.native.query(q.sql, q.params as never);
	return new Map(rows.map((r) => [String(r.key ?? ''), Number(r.n)]));
}

/** Waits until both request panels show a finished query for the current URL. */
async function ready(page: Page): Promise<void> {
	await loaded(page, 'requests-breakdown');
	await page.waitForSelector(`${lifecycle} canvas`, { timeout: 90_000 });
}

describe('click to filter on a chart in Chromium', () => {
	it('a bar of the lifecycle chart narrows the requests page to its agency; the chart keeps its siblings', async () => {
		const { page, errors } = await openPage(site, `requests/${KM2025}`);
		await ready(page);
		const before = await shown(page);
		expect(before).toEqual(await native(page.url(), 'agency'));
		// One regency shown: each agency goes by its short name alone, in the table and the backlog
		// (regression: "· Kab. Pasuruan" after those whose short name another regency's agency
		// shares). Until the agency choices load, the full names show.
		const short = new Map(
			(await site.native.query('SELECT code, short_name FROM agencies')).map((r) => [
				String(r.code),
				String(r.short_name)
			])
		);
		// The fixture has listed agencies whose short name another regency's agency shares.
		const shared = new Set(
			[...short.entries()]
				.filter(([c, n]) => [...short].some(([o, m]) => o !== c && m === n))
				.map(([c]) => c)
		);
		expect([...before.keys()].filter((k) => shared.has(k)).length).toBeGreaterThan(0);
		const want = [...before.keys()]
			.filter((k) => k !== '')
			.map((k): [string, string] => [k, short.get(k)!]);
		for (const panel of [lifecycle, '[data-panel=backlog]'])
			await page.waitForFunction(
				({ sel, names }) => {
					const got = [...document.querySelectorAll(`${sel} tbody tr[data-row]`)]
						.filter((tr) => tr.getAttribute('data-row'))
						.map((tr) => [
							tr.getAttribute('data-row'),
							tr.querySelector('td[data-col=name]')!.textContent!.trim()
						]);
					const of = new Map(names);
					return got.length > 0 && got.every(([k, n]) => !of.has(k!) || of.get(k!) === n);
				},
				{ sel: panel, names: want },
				{ timeout: 30_000 }
			);
		// The chart's bars: the 20 busiest agencies, top to bottom; click the third one.
		const parts = [...before].filter(([k]) => k !== '').sort((a, b) => b[1] - a[1]);
		const n = Math.min(20, parts.length);
		const code = parts[2]![0];
		await page.locator(`${lifecycle} [role=img]`).scrollIntoViewIfNeeded();
		const box = (await page.locator(`${lifecycle} [role=img]`).boundingBox())!;
		const band = (box.height - 64) / n;
		await page.mouse.click(box.x + 176, box.y + 32 + 2.5 * band);
		await page.waitForURL((u) => u.searchParams.get('agency') === code);
		await ready(page);
		expect(await page.locator('[data-chip=agency]').count()).toBe(1);
		// The source chart and its table keep every agency; the chosen one is highlighted.
		expect(await shown(page)).toEqual(before);
		expect(await page.getAttribute(`${lifecycle} tr[data-selected=true]`, 'data-row')).toBe(code);
		// The backlog narrows to the agency, as native DuckDB counts it.
		await loaded(page, 'requests-backlog');
		const q = backlogByAgencyQuery(filtersOf(page.url(), site.lastDay), site.lastDay);
		const backlog = await site.native.query(q.sql, q.params as never);
		const mine = backlog.filter((r) => r.agency_code !== null);
		expect(mine.every((r) => r.agency_code === code)).toBe(true);
		const rows = await page.$$eval('[data-panel=backlog] tbody tr', (trs) =>
			trs.map((t) => [
				t.getAttribute('data-row'),
				Number(t.querySelector('td[data-col=total]')!.getAttribute('data-value'))
			])
		);
		expect(rows).toEqual(mine.length ? [[code, mine.reduce((s, r) => s + Number(r.n), 0)]] : []);

		// Keyboard: the table's name button chooses another agency.
		const other = parts[0]![0];
		await page.locator(`${lifecycle} tr[data-row="${other}"] [data-action=select]`).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.searchParams.get('agency') === other);
		// Its services, as native DuckDB counts them.
		await page.check('input[name=by][value=service]');
		await page.waitForURL((u) => u.searchParams.get('by') === 'service');
		await ready(page);
		const services = await shown(page);
		expect(services.size).toBeGreaterThan(1);
		expect(services).toEqual(await native(page.url(), 'service'));
		expect(services).not.toEqual(await native(page.url().replace(/&?agency=[^&]+/, ''), 'service'));
		// The chip clears the choice.
		await page.click('[data-chip=agency] button');
		await page.waitForURL((u) => !u.searchParams.has('agency'));
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('the requests page runs ahead while still: a period button answered from kept results, figures as native', async () => {
		const { page, errors } = await openPage(site, `requests/${KM2025}`);
		await ready(page);
		await aheadDone(page, 'requests');
		const labels = ['requests-breakdown', 'requests-backlog'];
		await afterRuns(page, labels, () => page.click('[data-preset="all"]'));
		await ready(page);
		expect(await lastRuns(page, labels)).toEqual([{ cached: true }, { cached: true }]);
		expect(new URL(page.url()).searchParams.get('from')).not.toBe('2025-01-01');
		expect(await shown(page)).toEqual(await native(page.url(), 'agency'));
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
