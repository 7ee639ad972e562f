import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overviewQuery, splitOverview } from '../src/lib/queries/overview.ts';
import { programsQuery } from '../src/lib/queries/options.ts';
import { latestProgram } from '../src/lib/state/first-program.ts';
import type { ProgramOption } from '../src/lib/state/options.svelte.ts';
import { ARTIFACTS } from './support/agency-page.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const site = useSite();

async function settled(page: Page): Promise<void> {
	await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 90_000 });
}

/** The programs as native DuckDB reads them, and the one with the latest activity. */
async function expected() {
	const q = programsQuery();
	const programs = (await site.native.query(q.sql, q.params)) as unknown as ProgramOption[];
	return { programs, latest: latestProgram(programs)! };
}

/** Requests of the overview as native DuckDB computes them for the filters of `url`. */
async function nativeRequests(url: string): Promise<number> {
	const q = overviewQuery(filtersOf(url, site.lastDay));
	return Number(splitOverview(await site.native.query(q.sql, q.params)).current.requests);
}

describe('a sensible first view in Chromium', () => {
	it('opens on the program with the latest activity, says so, and offers every program', async () => {
		const { latest } = await expected();
		const { page, errors } = await openPage(site);
		await settled(page);
		expect(await page.inputValue('select[name=program]')).toBe(latest.code);
		expect(await page.inputValue('select[name=regency]')).toBe(latest.regency_code);
		expect(await page.textContent('[data-first-view]')).toContain(latest.name);
		expect(Number(await page.getAttribute('[data-kpi=requests]', 'data-value'))).toBe(
			await nativeRequests(page.url())
		);
		// Figures that do not apply to the program say so instead of 0.
		for (const [id, has] of [
			['rice_t', latest.has_aid],
			['proposals', latest.has_proposals]
		] as const) {
			const card = page.locator(`[data-kpi=${id}]`);
			expect(await card.getAttribute('data-na')).toBe(has ? null : 'true');
			if (!has) {
				expect((await card.locator('.value').textContent())!.trim()).toBe('—');
				expect(await card.locator('.value').getAttribute('title')).toContain(latest.name);
			}
			// The area table too: "—", not 0 (regression: it showed 0,0 and 0).
			const cells = await page.$$eval(`[data-panel=areas] td[data-col=${id}]`, (tds) =>
				tds.map((td) => [td.getAttribute('data-value'), td.textContent!.trim()])
			);
			expect(cells.length).toBeGreaterThan(1);
			if (!has) for (const cell of cells) expect(cell).toEqual(['', '—']);
		}
		// So does the compare page, for two of those areas.
		const areas = await page.$$eval('[data-panel=areas] tbody tr[data-row]', (trs) =>
			trs.slice(0, 2).map((t) => t.getAttribute('data-row')!)
		);
		const search = new URL(page.url()).searchParams;
		const compare = await openPage(
			site,
			`compare/?program=${latest.code}&regency=${search.get('regency')}&areas=${areas.join(',')}`
		);
		await compare.page.waitForSelector(
			'[data-panel=compare] tr[data-metric=proposals_per_1000] td'
		);
		const perThousand = await compare.page.$$eval(
			'[data-panel=compare] tr[data-metric=proposals_per_1000] td[data-area]',
			(tds) => tds.map((td) => [td.getAttribute('data-value'), td.textContent!.trim()])
		);
		expect(perThousand).toHaveLength(2);
		if (!latest.has_proposals) for (const cell of perThousand) expect(cell).toEqual(['', '—']);
		await compare.page.context().close();
		// The map, opened from the menu, shows the same program; the aid page the latest with aid.
		await page.click('header nav a[href*="/map/"]');
		await page.waitForSelector(`[data-first-view="${latest.code}"]`);
		expect(await page.inputValue('select[name=program]')).toBe(latest.code);
		await page.goBack();
		await settled(page);

		// "All programs" is a choice of its own, kept in the URL.
		await page.click('[data-first-view] [data-action=all-programs]');
		await page.waitForURL((u) => u.searchParams.get('program') === 'all');
		await page.waitForSelector('[data-kpi=rice_t]:not([data-na=true])');
		await settled(page);
		expect(await page.inputValue('select[name=program]')).toBe('');
		expect(await page.locator('[data-first-view]').count()).toBe(0);
		await page.waitForFunction(
			async (want) =>
				Number(document.querySelector('[data-kpi=requests]')?.getAttribute('data-value')) === want,
			await nativeRequests(page.url())
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('the report of that program: no findings, figures or sections on what it records nothing of', async () => {
		const { latest } = await expected();
		const { page, errors } = await openPage(site, 'report/');
		await page.waitForSelector('[data-report-ready=true]', { timeout: 90_000 });
		expect(await page.textContent('[data-report-for]')).toContain(latest.name);
		expect(latest.has_proposals).toBe(false);
		expect(await page.locator('[data-finding=low_proposals]').count()).toBe(0);
		for (const [id, has] of [
			['rice_t', latest.has_aid],
			['milk_packages', latest.has_aid],
			['proposals', latest.has_proposals]
		] as const) {
			const row = page.locator(`[data-section=headline] tr[data-kpi=${id}]`);
			expect(await row.getAttribute('data-na')).toBe(has ? null : 'true');
			if (!has) expect((await row.locator('td').first().textContent())!.trim()).toBe('—');
		}
		const section = await page.textContent('[data-section=proposals]');
		expect(section).toContain(latest.name);
		expect(section).not.toMatch(/%/);
		await page.screenshot({ path: `${ARTIFACTS}/report-na.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('links from the first view to a page without one name the program shown (regression)', async () => {
		const { latest } = await expected();
		const { page, errors } = await openPage(site, 'agencies/?lang=en');
		await page.waitForSelector('[data-panel=agencies] tbody tr td a', { timeout: 90_000 });
		const compare = new URL(
			(await page.getAttribute('header nav a[href*="/compare/"]', 'href'))!,
			site.server.url
		);
		expect(compare.searchParams.get('program')).toBe(latest.code);
		await page.click('[data-panel=agencies] tbody tr td a');
		await page.waitForURL(/agencies\/detail\/\?/);
		const url = new URL(page.url()).searchParams;
		expect([url.get('program'), url.get('regency'), url.get('lang')]).toEqual([
			latest.code,
			latest.regency_code,
			'en'
		]);
		await page.waitForSelector('h1[data-agency]', { timeout: 90_000 });
		expect(await page.inputValue('select[name=program]')).toBe(latest.code);
		expect(await page.inputValue('select[name=regency]')).toBe(latest.regency_code);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('says it in English too, and a chosen area keeps the program shown', async () => {
		const { latest, programs } = await expected();
		const { page } = await openPage(site, '?lang=en');
		await settled(page);
		expect(await page.textContent('[data-first-view]')).toMatch(/latest activity/);
		const district = await page.$$eval(
			'select[name=district] option',
			(os) => (os[1] as HTMLOptionElement).value
		);
		await page.selectOption('select[name=district]', district);
		await page.waitForURL((u) => u.searchParams.get('district') === district);
		const url = new URL(page.url());
		expect(url.searchParams.get('program')).toBe(latest.code);
		expect(url.searchParams.get('regency')).toBe(latest.regency_code);
		// The aid page opens on the latest program that distributes aid, and says so.
		const withAid = latestProgram(programs, 'has_aid')!;
		await page.goto(`${site.server.url}aid/?lang=en`);
		await page.waitForSelector(`[data-first-view="${withAid.code}"]`, { timeout: 60_000 });
		expect(await page.textContent('[data-first-view]')).toMatch(/aid program with the latest/);
		await page.context().close();
	});
});
