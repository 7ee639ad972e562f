import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import {
	coverageAreasQuery,
	coverageSummaryQuery,
	coverageWeeksQuery
} from '../src/lib/queries/coverage.ts';
import type { Page } from 'playwright-core';
import { ARTIFACTS, loaded } from './support/agency-page.ts';
import { afterRuns, aheadDone, focusLastChoice, lastRuns } from './support/ahead.ts';
import { seriousViolations } from './support/axe.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const site = useSite();
beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
});

/** The calendar's cells (area|week -> events) as native DuckDB counts them for the page's URL. */
async function expectCalendarAsNative(page: Page): Promise<number> {
	await loaded(page, 'coverage-calendar');
	const w = coverageWeeksQuery(filtersOf(new URL(page.url()).search, site.lastDay));
	const weeks = await site.native.query(w.sql, w.params);
	expect(weeks.length).toBeGreaterThan(0);
	const cells = await page.$$eval('[data-panel=coverage-calendar] td[data-cell]', (tds) =>
		Object.fromEntries(tds.map((td) => [td.getAttribute('data-cell'), td.textContent]))
	);
	expect(cells).toEqual(
		Object.fromEntries(weeks.map((r) => [`${r.code}|${r.week}`, String(r.events)]))
	);
	return weeks.length;
}

describe('coverage page in Chromium', () => {
	it('Pasuruan: the rotation week by week and the villages not visited, one click from the overview', async () => {
		const { page, errors } = await openPage(site, '?program=kenduren_mas&regency=35.14');
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		await page.click('nav a[href*="coverage"]');
		await loaded(page, 'coverage-calendar');
		await loaded(page, 'coverage-villages');
		await loaded(page, 'coverage-summary');
		const f = filtersOf(new URL(page.url()).search, site.lastDay);
		expect(f).toMatchObject({ program: 'kenduren_mas', regency: '35.14' });

		expect(await expectCalendarAsNative(page)).toBeGreaterThan(10);
		// One row per kecamatan of the regency, visited or not.
		const rows = await page.locator('[data-panel=coverage-calendar] tbody tr').count();
		const a = coverageAreasQuery(f, 'district');
		expect(rows).toBe((await site.native.query(a.sql, a.params)).length);

		const v = coverageAreasQuery(f, 'village');
		const villages = await site.native.query(v.sql, v.params);
		const unvisited = villages.filter((r) => r.events === 0);
		expect(unvisited.length).toBeGreaterThan(0);
		const listed = await page.$$eval('[data-panel=not-visited-village] tbody tr', (trs) =>
			trs.map((tr) => tr.getAttribute('data-row'))
		);
		expect(new Set(listed)).toEqual(new Set(unvisited.map((r) => r.code)));
		const s = coverageSummaryQuery(f);
		const [sum] = await site.native.query(s.sql, s.params);
		const districts = await page.textContent('[data-figure=districts] dd');
		expect(districts?.replace(/\D+/g, ' ').trim()).toBe(
			`${sum!.districts_visited} ${sum!.districts_total}`
		);

		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: `${ARTIFACTS}/coverage.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('runs ahead while still: a period button and the last kecamatan of the focused dropdown answered from kept results, as native', async () => {
		const { page, errors } = await openPage(
			site,
			'coverage/?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31'
		);
		await loaded(page, 'coverage-summary');
		await loaded(page, 'coverage-villages');
		await aheadDone(page, 'coverage');
		const labels = ['coverage-summary', 'coverage-weeks', 'coverage-areas', 'coverage-villages'];
		await afterRuns(page, labels, () => page.click('[data-preset="all"]'));
		expect(await lastRuns(page, labels)).toEqual(labels.map(() => ({ cached: true })));
		expect(new URL(page.url()).searchParams.get('from')).not.toBe('2025-01-01');
		await expectCalendarAsNative(page);
		// The kecamatan dropdown focused: its choices run ahead, the last one among them; the
		// calendar then lists the kecamatan's villages.
		const district = await focusLastChoice(page, 'coverage', 'district', 2);
		const inKecamatan = labels.slice(0, 3);
		await afterRuns(page, inKecamatan, () => page.selectOption('select[name=district]', district));
		expect(await lastRuns(page, inKecamatan)).toEqual(inKecamatan.map(() => ({ cached: true })));
		expect(new URL(page.url()).searchParams.get('district')).toBe(district);
		await expectCalendarAsNative(page);
		const cells = await page.$$eval('[data-panel=coverage-calendar] td[data-cell]', (tds) =>
			tds.map((td) => td.getAttribute('data-cell')!)
		);
		expect(cells.every((c) => c.startsWith(`${district}.`))).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
